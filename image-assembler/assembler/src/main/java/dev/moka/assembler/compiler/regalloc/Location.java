package dev.moka.assembler.compiler.regalloc;

import dev.moka.assembler.x86.Reg;

/** Where a virtual register lives for its whole life: a machine register or a stack slot. */
public sealed interface Location {
    /** @param reg the machine register */
    record InReg(Reg reg) implements Location {
    }

    /** @param slot index of the 8-byte spill slot in the frame */
    record OnStack(int slot) implements Location {
    }
}
