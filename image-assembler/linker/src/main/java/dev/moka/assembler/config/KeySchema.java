package dev.moka.assembler.config;

import java.util.Objects;
import java.util.Optional;

/**
 * One key of a table in the image description.
 *
 * <p>Every key Moka knows today holds a string; a key of another type would add its own kind here
 * rather than loosening the check for everyone.
 *
 * @param name         the key as written in TOML, such as {@code frame-allocator}
 * @param defaultValue the value used when the key is absent
 * @param check        decides whether a given value is acceptable
 */
public record KeySchema(String name, String defaultValue, ValueCheck check) {
    /** Decides whether a value is acceptable for a key. */
    @FunctionalInterface
    public interface ValueCheck {
        /**
         * @param value the string the file gave
         * @return what is wrong with it, or empty when it is acceptable
         */
        Optional<String> problemWith(String value);
    }

    /** A check that accepts every value. */
    public static final ValueCheck ANY = value -> Optional.empty();

    /** Checks that the fields are present. */
    public KeySchema {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(defaultValue, "defaultValue");
        Objects.requireNonNull(check, "check");
    }
}
