package dev.moka.assembler.compiler.model;

/**
 * How a value is held in a machine register: 32-bit integers (boolean, byte, char, short, int),
 * 64-bit integers, references, and the two floating-point widths.
 */
public enum TypeKind {
    INT, LONG, REF, FLOAT, DOUBLE;

    /**
     * @param descriptor a field or return type descriptor
     * @return its kind, or null for {@code V}
     */
    public static TypeKind ofDescriptor(String descriptor) {
        return switch (descriptor.charAt(0)) {
            case 'Z', 'B', 'C', 'S', 'I' -> INT;
            case 'J' -> LONG;
            case 'F' -> FLOAT;
            case 'D' -> DOUBLE;
            case 'L', '[' -> REF;
            case 'V' -> null;
            default -> throw new IllegalArgumentException("bad descriptor " + descriptor);
        };
    }

    /** @return whether values of this kind live in general-purpose registers */
    public boolean isInteger() {
        return this == INT || this == LONG || this == REF;
    }
}
