package dev.moka.assembler.config;

import java.util.Map;

/**
 * Writes an {@link ImageConfig} as TOML that {@link ImageConfigLoader} reads back to an equal config:
 * every table of the schema, every key spelled out, defaults included.
 */
public final class ImageConfigWriter {
    private ImageConfigWriter() {
    }

    /**
     * @param config a config
     * @return its TOML text
     */
    public static String toToml(ImageConfig config) {
        StringBuilder toml = new StringBuilder();
        for (Map.Entry<String, Map<String, String>> table : ConfigSchema.valuesOf(config).entrySet()) {
            if (!toml.isEmpty()) {
                toml.append('\n');
            }
            toml.append('[').append(table.getKey()).append("]\n");
            table.getValue().forEach((key, value) -> toml.append(key).append(" = ").append(quote(value)).append('\n'));
        }
        return toml.toString();
    }

    /**
     * @param value any string
     * @return it as a TOML basic string, quotes included
     */
    public static String quote(String value) {
        StringBuilder quoted = new StringBuilder("\"");
        value.codePoints().forEach(c -> {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\t' -> quoted.append("\\t");
                case '\r' -> quoted.append("\\r");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        quoted.append(String.format("\\u%04X", c));
                    } else {
                        quoted.appendCodePoint(c);
                    }
                }
            }
        });
        return quoted.append('"').toString();
    }
}
