package dev.moka.assembler.x86;

/**
 * A reference from the code to a symbol whose address is known only when the image is linked.
 *
 * <p>Let {@code S} be the symbol's final address and {@code P} the final address of the patched
 * field (the code's load address plus {@code offset}). The linker writes:
 * <ul>
 *   <li>{@link Kind#PC_REL32}: the 4-byte little-endian value {@code S + addend - P}, which must fit
 *       in a signed 32-bit integer. This is ELF {@code R_X86_64_PC32}: the encoder has already folded
 *       the distance from the field to the end of the instruction into {@code addend} (normally
 *       {@code -4}, more when an immediate follows the displacement), so the CPU, which adds the
 *       displacement to the address of the next instruction, reaches {@code S + addend'} where
 *       {@code addend'} is the addend the caller asked for.</li>
 *   <li>{@link Kind#ABS32}: the 4-byte value {@code S + addend}, which must fit in 32 unsigned bits.</li>
 *   <li>{@link Kind#ABS64}: the 8-byte value {@code S + addend}.</li>
 * </ul>
 * The bytes of the field in the encoded code are zero.
 *
 * @param offset byte offset of the field from the start of the assembler's code
 * @param kind   how to compute and store the value
 * @param symbol the referenced symbol name
 * @param addend constant added as described above
 */
public record Relocation(int offset, Kind kind, String symbol, long addend) {

    /** Relocation formulas; see {@link Relocation}. */
    public enum Kind {
        /** 32-bit PC-relative: {@code S + A - P}. */
        PC_REL32,
        /** 32-bit absolute: {@code S + A}. */
        ABS32,
        /** 64-bit absolute: {@code S + A}. */
        ABS64;

        /** Returns the size of the patched field in bytes. */
        public int width() {
            return this == ABS64 ? 8 : 4;
        }
    }

    /** Validates the record. */
    public Relocation {
        if (offset < 0 || kind == null || symbol == null || symbol.isEmpty()) {
            throw new IllegalArgumentException("bad relocation " + offset + " " + kind + " " + symbol);
        }
    }
}
