package dev.moka.assembler.x86;

/**
 * A memory operand {@code [base + index*scale + disp]}.
 *
 * @param base  base register, never null
 * @param index index register or null; never {@link Reg#RSP} (its encoding means "no index")
 * @param scale 1, 2, 4 or 8 (must be 1 without an index)
 * @param disp  signed 32-bit displacement
 */
public record Mem(Reg base, Reg index, int scale, int disp) {

    /** Validates the operand; the hardware cannot encode the rejected shapes. */
    public Mem {
        if (base == null) {
            throw new IllegalArgumentException("memory operand needs a base register");
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
        return new Mem(base, null, 1, disp);
    }

    /** Returns {@code [base + index*scale + disp]}. */
    public static Mem of(Reg base, Reg index, int scale, int disp) {
        return new Mem(base, index, scale, disp);
    }

    @Override
    public String toString() {
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
