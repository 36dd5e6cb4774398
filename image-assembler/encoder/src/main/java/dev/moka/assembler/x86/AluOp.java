package dev.moka.assembler.x86;

/**
 * The eight classic two-operand ALU operations. The ordinal is both the ModRM {@code /digit} of the
 * immediate forms (0x80/0x81/0x83) and the row of the register forms (opcode {@code ordinal * 8}).
 */
public enum AluOp {
    ADD, OR, ADC, SBB, AND, SUB, XOR, CMP;

    /** Returns the ModRM {@code /digit}. */
    public int code() {
        return ordinal();
    }
}
