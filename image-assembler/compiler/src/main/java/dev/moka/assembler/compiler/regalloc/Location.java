package dev.moka.assembler.compiler.regalloc;

import dev.moka.assembler.x86.Reg;
import dev.moka.assembler.x86.Xmm;

/** Where a virtual register lives for its whole life: a machine register or a stack slot. */
public sealed interface Location {
    /** @param reg the machine register */
    record InReg(Reg reg) implements Location {
    }

    /** @param reg the SSE register holding a float or double */
    record InXmm(Xmm reg) implements Location {
    }

    /** @param slot index of the 8-byte spill slot in the frame */
    record OnStack(int slot) implements Location {
    }
}
