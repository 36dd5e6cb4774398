package dev.moka.assembler.config;

import com.fasterxml.jackson.databind.JsonNode;
import dev.moka.userland.Programs;
import java.util.ArrayList;
import java.util.List;
import java.util.Map.Entry;

/**
 * Reads the {@code [userland]} table: the image boots to init, which runs {@code etc/init.rc} and
 * then a shell on the console.
 *
 * <pre>
 * [userland]
 * packages = ["coreutils", "usertests"]   # optional: all of Moka's packages by default; base always
 * init-rc = """
 * echo hello from init.rc
 * """                                      # optional: Moka's own greeting by default
 * </pre>
 */
final class UserlandReader {
    /** The table's name. */
    static final String TABLE = "userland";
    private static final List<String> KEYS = List.of("init-rc", "packages");
    /** The longest {@code init-rc}, in characters. */
    static final int MAX_INIT_RC = 64 << 10;

    private UserlandReader() {
    }

    static ImageConfig.UserlandSection read(JsonNode node, TomlKeyLines lines, String file) throws ConfigException {
        List<String> packages = Programs.packages();
        String initRc = Programs.DEFAULT_INIT_RC;
        for (Entry<String, JsonNode> entry : node.properties()) {
            String key = entry.getKey();
            JsonNode value = entry.getValue();
            int line = lines.lineOf(List.of(TABLE, key));
            switch (key) {
                case "packages" -> packages = packages(value, file, line);
                case "init-rc" -> {
                    if (!value.isTextual() || value.textValue().length() > MAX_INIT_RC) {
                        throw new ConfigException(file, line, "\"init-rc\" in [userland] must be a string of at most "
                                + MAX_INIT_RC + " characters");
                    }
                    initRc = value.textValue();
                }
                default -> throw new ConfigException(file, line, "unknown key \"" + key + "\" in [userland]; known keys: "
                        + String.join(", ", KEYS));
            }
        }
        return new ImageConfig.UserlandSection(packages, initRc);
    }

    private static List<String> packages(JsonNode value, String file, int line) throws ConfigException {
        if (!value.isArray()) {
            throw new ConfigException(file, line, "\"packages\" in [userland] must be an array of package names; "
                    + "available: " + String.join(", ", Programs.packages()));
        }
        List<String> chosen = new ArrayList<>(List.of(Programs.BASE));
        for (JsonNode element : value) {
            String name = element.isTextual() ? element.textValue() : null;
            if (name == null || Programs.programs(name) == null) {
                throw new ConfigException(file, line, "unknown package " + (name == null ? element.toString() : "\"" + name + "\"")
                        + " in [userland]; available: " + String.join(", ", Programs.packages()));
            }
            if (!chosen.contains(name)) {
                chosen.add(name);
            }
        }
        return chosen;
    }
}
