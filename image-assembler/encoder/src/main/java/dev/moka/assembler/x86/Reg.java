package dev.moka.assembler.x86;

/**
 * General-purpose registers in hardware encoding order.
 *
 * <p>The same constant names the register at every width: {@code RAX} is {@code rax}, {@code eax},
 * {@code ax} or {@code al} depending on the {@code bits} argument of the instruction that uses it.
 * The legacy high-byte registers ({@code ah}, {@code ch}, {@code dh}, {@code bh}) are not
 * expressible; at 8 bits, codes 4-7 mean {@code spl}, {@code bpl}, {@code sil}, {@code dil}.
 */
public enum Reg {
    RAX, RCX, RDX, RBX, RSP, RBP, RSI, RDI, R8, R9, R10, R11, R12, R13, R14, R15;

    /** Returns the 4-bit hardware register number (bit 3 goes into a REX prefix). */
    public int code() {
        return ordinal();
    }

    /** Returns true for R8-R15, which need a REX prefix and do not exist in 32-bit mode. */
    public boolean isExtended() {
        return ordinal() >= 8;
    }

    /** Returns the register with the given hardware number 0-15. */
    public static Reg of(int code) {
        return values()[code];
    }
}
