package dev.moka.assembler.x86;

/**
 * A memory operand {@code [base + index*scale + disp]}, or a fixed address {@code [disp]}
 * ({@link #absolute}, 16-bit code only: 32- and 64-bit code reaches fixed data through symbols).
 *
 * @param base  base register; null only for an absolute address, which has no index
 * @param index index register or null; never {@link Reg#RSP} (its encoding means "no index")
 * @param scale 1, 2, 4 or 8 (must be 1 without an index)
 * @param disp  signed 32-bit displacement
 */
public record Mem(Reg base, Reg index, int scale, int disp) {

    /** Validates the operand; the hardware cannot encode the rejected shapes. */
    public Mem {
        if (base == null && index != null) {
            throw new IllegalArgumentException("memory operand needs a base register besides index " + index);
        }
        if (index == Reg.RSP) {
            throw new IllegalArgumentException("RSP cannot be an index register: [" + base + " + RSP*" + scale + "]");
        }
        if (scale != 1 && scale != 2 && scale != 4 && scale != 8) {
            throw new IllegalArgumentException("scale must be 1, 2, 4 or 8, not " + scale);
        }
        if (index == null && scale != 1) {
            throw new IllegalArgumentException("scale " + scale + " without an index register");
        }
    }

    /** Returns {@code [base + disp]}. */
    public static Mem of(Reg base, int disp) {
        if (base == null) {
            throw new IllegalArgumentException("memory operand needs a base register; Mem.absolute names a fixed address");
        }
        return new Mem(base, null, 1, disp);
    }

    /**
     * Returns {@code [address]}: a fixed address in the data segment, for 16-bit code, which runs at
     * known addresses (a boot sector's variables and tables).
     *
     * @param address 0..0xFFFF
     */
    public static Mem absolute(int address) {
        return new Mem(null, null, 1, address);
    }

    /** @return whether this is a fixed address without registers */
    public boolean isAbsolute() {
        return base == null;
    }

    /** Returns {@code [base + index*scale + disp]}. */
    public static Mem of(Reg base, Reg index, int scale, int disp) {
        return new Mem(base, index, scale, disp);
    }

    @Override
    public String toString() {
        if (base == null) {
            return "[0x" + Integer.toHexString(disp) + "]";
        }
        StringBuilder text = new StringBuilder("[").append(base);
        if (index != null) {
            text.append(" + ").append(index).append('*').append(scale);
        }
        if (disp != 0) {
            text.append(disp < 0 ? " - " : " + ").append(Math.abs((long) disp));
        }
        return text.append(']').toString();
    }
}
