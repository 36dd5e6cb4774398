package dev.moka.assembler.config;

import java.util.List;
import java.util.Optional;

/**
 * One table of the image description, such as {@code [kernel]}, and the keys it may hold.
 *
 * @param name the table name as written in TOML
 * @param keys every key the table may hold, each with its default
 */
public record TableSchema(String name, List<KeySchema> keys) {
    /** Copies the key list so the schema cannot change after it is built. */
    public TableSchema {
        keys = List.copyOf(keys);
    }

    /**
     * @param keyName a key as written in TOML
     * @return its schema, or empty when the table has no such key
     */
    public Optional<KeySchema> key(String keyName) {
        return keys.stream().filter(k -> k.name().equals(keyName)).findFirst();
    }

    /** @return the key names in alphabetical order, for error messages */
    public List<String> keyNames() {
        return keys.stream().map(KeySchema::name).sorted().toList();
    }
}
