package dev.moka.assembler.config;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import com.fasterxml.jackson.dataformat.toml.TomlReadFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Map.Entry;
import java.util.Optional;

/**
 * Reads an image description (TOML) into a checked {@link ImageConfig}.
 *
 * <p>Which tables and keys exist, their defaults and how values are checked is {@link ConfigSchema}'s
 * business; this class only walks the document and reports the first problem with its line. Jackson
 * gives lines for syntax errors only, so the lines of keys come from {@link TomlKeyLines}.
 */
public final class ImageConfigLoader {
    /** Name of the built-in default description, on the class path beside this class. */
    public static final String DEFAULT_RESOURCE = "default.toml";

    private static final String DUPLICATE_KEY = "Duplicate key";
    private static final String DEFAULT_DISPLAY_NAME = "default.toml (built in)";

    // Dates and times become their own node type, so a date given for a name is a type error rather
    // than a string that happens to look like a date.
    private static final TomlMapper MAPPER = TomlMapper.builder().enable(TomlReadFeature.PARSE_JAVA_TIME).build();

    private ImageConfigLoader() {
    }

    /**
     * @param file a TOML image description
     * @return the checked config, its source set to {@code file}
     * @throws ConfigException when the file is missing, unreadable or wrong; the message names the line
     */
    public static ImageConfig load(Path file) throws ConfigException {
        String name = file.toString();
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException missing) {
            throw new ConfigException(name, ConfigException.NO_LINE, "no such file", missing);
        } catch (CharacterCodingException notUtf8) {
            throw new ConfigException(name, ConfigException.NO_LINE, "not UTF-8 text", notUtf8);
        } catch (IOException unreadable) {
            throw new ConfigException(name, ConfigException.NO_LINE, "cannot read: " + unreadable.getMessage(),
                    unreadable);
        }
        return parse(text, file);
    }

    /**
     * @return the project's default image: the built-in {@value #DEFAULT_RESOURCE}, source null
     * @throws ConfigException never for a correct build; kept so a broken resource is reported, not hidden
     */
    public static ImageConfig loadDefault() throws ConfigException {
        return parse(defaultText(), null);
    }

    /** @return the text of the built-in {@value #DEFAULT_RESOURCE} */
    public static String defaultText() {
        try (InputStream in = ImageConfigLoader.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(DEFAULT_RESOURCE + " is missing from the assembler");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /**
     * @param text   a TOML image description
     * @param source the file it came from (named in error messages), or null for a built-in one
     * @return the checked config, absent keys set to their defaults
     * @throws ConfigException on a syntax error, an unknown table or key, a value of the wrong type or an
     *                         unknown provider; the message is {@code FILE:LINE: what is wrong}
     */
    public static ImageConfig parse(String text, Path source) throws ConfigException {
        String name = source == null ? DEFAULT_DISPLAY_NAME : source.toString();
        TomlKeyLines lines = new TomlKeyLines(text);
        JsonNode root = readTree(text, name, lines);
        Map<String, Map<String, String>> values = new LinkedHashMap<>();
        for (TableSchema table : ConfigSchema.TABLES) {
            Map<String, String> defaults = new LinkedHashMap<>();
            table.keys().forEach(key -> defaults.put(key.name(), key.defaultValue()));
            values.put(table.name(), defaults);
        }
        ImageConfig.WorkloadSection workload = null;
        ImageConfig.UserlandSection userland = null;
        int workloadLine = 0;
        int userlandLine = 0;
        for (Entry<String, JsonNode> entry : root.properties()) {
            String tableName = entry.getKey();
            JsonNode tableNode = entry.getValue();
            int line = lines.lineOf(List.of(tableName));
            if (tableName.equals(WorkloadReader.TABLE) && tableNode.isObject()) {
                workload = WorkloadReader.read(tableNode, lines, name);
                workloadLine = line;
                continue;
            }
            if (tableName.equals(UserlandReader.TABLE) && tableNode.isObject()) {
                userland = UserlandReader.read(tableNode, lines, name);
                userlandLine = line;
                continue;
            }
            TableSchema table = ConfigSchema.table(tableName).orElseThrow(() -> new ConfigException(name, line,
                    unknownTopLevel(tableName, tableNode)));
            if (!tableNode.isObject()) {
                throw new ConfigException(name, line,
                        "\"" + tableName + "\" must be a table, found " + describe(tableNode));
            }
            readTable(table, tableNode, values.get(tableName), lines, name);
        }
        if (workload != null && userland != null) {
            throw new ConfigException(name, Math.max(workloadLine, userlandLine), "an image has either a [workload], "
                    + "which the kernel runs and reports on, or a [userland], which boots to init and a shell; not both");
        }
        if (userland != null && !root.path(ConfigSchema.KERNEL).has("heap")) {
            // A system that boots to a shell runs for as long as its user likes: its kernel heap must
            // give back what ended processes, pipes and calls used.
            values.get(ConfigSchema.KERNEL).put("heap", ImageConfig.KernelSection.LONG_RUNNING_HEAP);
        }
        ImageConfig config = ConfigSchema.toConfig(source, values);
        return new ImageConfig(source, config.kernel(), workload, userland);
    }

    private static JsonNode readTree(String text, String name, TomlKeyLines lines) throws ConfigException {
        try {
            JsonNode root = MAPPER.readTree(text);
            return root == null || root.isMissingNode() ? MAPPER.createObjectNode() : root;
        } catch (JacksonException syntax) {
            // Jackson notices a repeated key only after reading its value and line end, so it names the
            // line after; the scanner knows the right line and the key.
            if (DUPLICATE_KEY.equals(syntax.getOriginalMessage())) {
                Optional<TomlKeyLines.Repetition> repeated = lines.firstRepeatedKey();
                if (repeated.isPresent()) {
                    throw new ConfigException(name, repeated.get().line(),
                            "\"" + String.join(".", repeated.get().path()) + "\" is defined twice", syntax);
                }
            }
            JsonLocation where = syntax.getLocation();
            int line = where == null ? ConfigException.NO_LINE : Math.max(where.getLineNr(), ConfigException.NO_LINE);
            String column = where == null || where.getColumnNr() < 1 ? "" : " (column " + where.getColumnNr() + ")";
            throw new ConfigException(name, line, lowerFirst(syntax.getOriginalMessage()) + column, syntax);
        }
    }

    private static void readTable(TableSchema table, JsonNode node, Map<String, String> into, TomlKeyLines lines,
                                  String name) throws ConfigException {
        for (Entry<String, JsonNode> entry : node.properties()) {
            String keyName = entry.getKey();
            JsonNode value = entry.getValue();
            int line = lines.lineOf(List.of(table.name(), keyName));
            KeySchema key = table.key(keyName).orElseThrow(() -> new ConfigException(name, line,
                    "unknown key \"" + keyName + "\" in [" + table.name() + "]; known keys: "
                            + String.join(", ", table.keyNames())));
            boolean flag = key.defaultValue().equals("true") || key.defaultValue().equals("false");
            if (!value.isTextual() && !(flag && value.isBoolean())) {
                throw new ConfigException(name, line, "\"" + keyName + "\" in [" + table.name()
                        + "] must be " + (flag ? "true or false" : "a string") + ", found " + describe(value));
            }
            String text = value.isBoolean() ? Boolean.toString(value.booleanValue()) : value.textValue();
            var problem = key.check().problemWith(text);
            if (problem.isPresent()) {
                throw new ConfigException(name, line, problem.get());
            }
            into.put(keyName, text);
        }
    }

    private static String unknownTopLevel(String key, JsonNode value) {
        String known = "; known tables: " + String.join(", ", ConfigSchema.tableNames());
        return value.isObject()
                ? "unknown table [" + key + "]" + known
                : "unknown top-level key \"" + key + "\"" + known;
    }

    private static String describe(JsonNode value) {
        if (value.isTextual()) {
            return "a string";
        }
        if (value.isIntegralNumber()) {
            return "an integer";
        }
        if (value.isNumber()) {
            return "a float";
        }
        if (value.isBoolean()) {
            return "a boolean";
        }
        if (value.isArray()) {
            return "an array";
        }
        if (value.isObject()) {
            return "a table";
        }
        return value.isPojo() ? "a date or time" : "a " + value.getNodeType().name().toLowerCase(Locale.ROOT);
    }

    private static String lowerFirst(String message) {
        if (message == null || message.isEmpty()) {
            return "syntax error";
        }
        return Character.toLowerCase(message.charAt(0)) + message.substring(1);
    }
}
