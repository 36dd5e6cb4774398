package dev.moka.assembler.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import dev.moka.assembler.providers.ProviderCatalog;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ImageConfigRoundTripPropertyTest {
    private static final Path SOURCE = Path.of("random.toml");

    /** The ways TOML lets the same table be written. */
    enum Layout { TABLE, DOTTED, INLINE }

    /** One way of writing a config by hand. */
    record Style(Layout layout, boolean omitDefaults, boolean literalStrings, boolean reversed, boolean comments) {
    }

    @Provide
    Arbitrary<ImageConfig> configs() {
        return Combinators.combine(Arbitraries.of(ProviderCatalog.schedulerNames()),
                        Arbitraries.of(ProviderCatalog.frameAllocatorNames()))
                .as((scheduler, frames) -> new ImageConfig(SOURCE, new ImageConfig.KernelSection(scheduler, frames)));
    }

    @Provide
    Arbitrary<Style> styles() {
        Arbitrary<Boolean> flag = Arbitraries.of(true, false);
        return Combinators.combine(Arbitraries.of(Layout.class), flag, flag, flag, flag).as(Style::new);
    }

    @Property
    void whatTheWriterWritesReadsBackEqual(@ForAll("configs") ImageConfig config) throws ConfigException {
        assertEquals(config, ImageConfigLoader.parse(ImageConfigWriter.toToml(config), SOURCE));
    }

    @Property
    void everyWayOfWritingAConfigReadsBackEqual(@ForAll("configs") ImageConfig config, @ForAll("styles") Style style)
            throws ConfigException {
        assertEquals(config, ImageConfigLoader.parse(write(config, style), SOURCE));
    }

    @Property
    void quotedStringsReadBackUnchanged(@ForAll("texts") String value) throws Exception {
        JsonNode parsed = new TomlMapper().readTree("value = " + ImageConfigWriter.quote(value) + "\n");
        assertEquals(value, parsed.get("value").textValue());
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().withCharRange('\u0000', '\u02ff').ofMaxLength(40);
    }

    private static String write(ImageConfig config, Style style) {
        List<String> entries = new ArrayList<>();
        for (Map.Entry<String, String> key : ConfigSchema.valuesOf(config).get(ConfigSchema.KERNEL).entrySet()) {
            String defaultValue = ConfigSchema.table(ConfigSchema.KERNEL).orElseThrow()
                    .key(key.getKey()).orElseThrow().defaultValue();
            if (style.omitDefaults() && key.getValue().equals(defaultValue)) {
                continue;
            }
            String value = style.literalStrings() ? "'" + key.getValue() + "'" : "\"" + key.getValue() + "\"";
            entries.add(key.getKey() + " = " + value);
        }
        if (style.reversed()) {
            entries = entries.reversed();
        }
        String comment = style.comments() ? "# written by hand\n\n" : "";
        return comment + switch (style.layout()) {
            case TABLE -> "[kernel]\n" + join(entries, "", "\n");
            case DOTTED -> join(entries, "kernel.", "\n");
            case INLINE -> "kernel = { " + String.join(", ", entries) + " }\n";
        };
    }

    private static String join(List<String> entries, String prefix, String suffix) {
        StringBuilder text = new StringBuilder();
        entries.forEach(entry -> text.append(prefix).append(entry).append(suffix));
        return text.toString();
    }
}
