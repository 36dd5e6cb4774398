package dev.moka.assembler.x86;

/**
 * Shift and rotate operations of the 0xC0/0xC1/0xD0-0xD3 group. {@link #SAL} is the same operation
 * as {@link #SHL} and is encoded with {@code /4} as GNU as does, not with the undocumented {@code /6}.
 */
public enum ShiftOp {
    ROL(0), ROR(1), RCL(2), RCR(3), SHL(4), SHR(5), SAL(4), SAR(7);

    private final int digit;

    ShiftOp(int digit) {
        this.digit = digit;
    }

    /** Returns the ModRM {@code /digit} used to encode this operation. */
    public int code() {
        return digit;
    }
}
