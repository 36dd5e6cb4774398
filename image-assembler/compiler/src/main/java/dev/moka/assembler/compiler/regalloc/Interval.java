package dev.moka.assembler.compiler.regalloc;

import dev.moka.assembler.compiler.ir.VReg;

/**
 * The range of instruction positions over which a virtual register is live, without holes.
 * {@code crossesCall} says whether a call lies strictly inside, in which case only callee-saved
 * registers (or a stack slot) can hold it.
 */
final class Interval {
    final VReg reg;
    int start = Integer.MAX_VALUE;
    int end = Integer.MIN_VALUE;
    boolean crossesCall;
    /** Live into an exception handler: the unwinder restores only the stack, so it must live there. */
    boolean mustSpill;
    Location location;
    /** For a reference in a register across calls: the frame slot mirroring it, else -1. */
    int shadowSlot = -1;

    Interval(VReg reg) {
        this.reg = reg;
    }

    void cover(int position) {
        start = Math.min(start, position);
        end = Math.max(end, position);
    }

    boolean isLive() {
        return start <= end;
    }

    @Override
    public String toString() {
        return reg + "[" + start + "," + end + "]" + (crossesCall ? "*" : "") + "->" + location;
    }
}
