package dev.moka.assembler.compiler.model;

/**
 * A field of a class in the closed world, with its place in memory.
 *
 * @param owner      internal name of the declaring class
 * @param name       field name
 * @param descriptor type descriptor
 * @param isStatic   whether it is a static field
 * @param offset     byte offset in the object (instance fields); unused for statics
 * @param constant   the ConstantValue attribute of a static field, or null
 */
public record FieldInfo(String owner, String name, String descriptor, boolean isStatic, int offset, Object constant) {
    /** @return the size in bytes of the field's value */
    public int size() {
        return sizeOf(descriptor);
    }

    /** @return the linker symbol of a static field's storage */
    public String staticSymbol() {
        return "static:" + owner + "." + name;
    }

    /** @param descriptor a type descriptor @return its size in bytes in objects and arrays */
    public static int sizeOf(String descriptor) {
        return switch (descriptor.charAt(0)) {
            case 'Z', 'B' -> 1;
            case 'C', 'S' -> 2;
            case 'I', 'F' -> 4;
            default -> 8;
        };
    }
}
