package dev.moka.assembler.x86;

/** SSE registers in hardware encoding order. XMM8-XMM15 need a REX prefix (64-bit mode only). */
public enum Xmm {
    XMM0, XMM1, XMM2, XMM3, XMM4, XMM5, XMM6, XMM7,
    XMM8, XMM9, XMM10, XMM11, XMM12, XMM13, XMM14, XMM15;

    /** Returns the 4-bit hardware register number. */
    public int code() {
        return ordinal();
    }
}
