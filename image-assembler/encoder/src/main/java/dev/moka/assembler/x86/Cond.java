package dev.moka.assembler.x86;

/**
 * Condition codes in hardware order (the low nibble of {@code Jcc}, {@code SETcc}, {@code CMOVcc}).
 * Unsigned comparisons use {@link #B}/{@link #AE}/{@link #BE}/{@link #A}; signed ones
 * {@link #L}/{@link #GE}/{@link #LE}/{@link #G}.
 */
public enum Cond {
    O, NO, B, AE, E, NE, BE, A, S, NS, P, NP, L, GE, LE, G;

    /** Returns the 4-bit condition number. */
    public int code() {
        return ordinal();
    }

    /** Returns the opposite condition; the hardware pairs them so only bit 0 differs. */
    public Cond negate() {
        return values()[ordinal() ^ 1];
    }
}
