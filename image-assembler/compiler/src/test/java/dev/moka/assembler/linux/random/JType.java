package dev.moka.assembler.linux.random;

import java.util.List;

/** The primitive types a generated program computes with. */
enum JType {
    BOOLEAN("boolean"), BYTE("byte"), SHORT("short"), CHAR("char"), INT("int"), LONG("long"),
    FLOAT("float"), DOUBLE("double");

    private final String java;

    JType(String java) {
        this.java = java;
    }

    /** The type's name in Java source. */
    String java() {
        return java;
    }

    /** True for the types that only an explicit cast can produce from an {@code int} expression. */
    boolean narrow() {
        return this == BYTE || this == SHORT || this == CHAR;
    }

    boolean floating() {
        return this == FLOAT || this == DOUBLE;
    }

    boolean integral() {
        return this != BOOLEAN && !floating();
    }

    /** True when a value of type {@code from} may be used where this type is expected (identity or widening). */
    boolean accepts(JType from) {
        if (this == from) {
            return true;
        }
        return switch (this) {
            case BOOLEAN, BYTE, CHAR -> false;
            case SHORT -> from == BYTE;
            case INT -> from == BYTE || from == SHORT || from == CHAR;
            case LONG -> from.integral();
            case FLOAT, DOUBLE -> from != BOOLEAN && (this == DOUBLE || from != DOUBLE);
        };
    }

    /** The types in use: floating point only when the settings ask for it. */
    static List<JType> inUse(GeneratorSettings settings) {
        return settings.floatingPoint() ? List.of(values())
                : List.of(BOOLEAN, BYTE, SHORT, CHAR, INT, LONG);
    }
}
