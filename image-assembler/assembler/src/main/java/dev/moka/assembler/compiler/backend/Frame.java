package dev.moka.assembler.compiler.backend;

import dev.moka.assembler.compiler.ir.VReg;
import dev.moka.assembler.compiler.regalloc.Allocation;
import dev.moka.assembler.compiler.regalloc.Location;
import dev.moka.assembler.x86.Assembler;
import dev.moka.assembler.x86.Mem;
import dev.moka.assembler.x86.Reg;
import java.util.ArrayList;
import java.util.List;

/**
 * One method's stack frame and the moves in and out of virtual registers.
 *
 * <pre>
 *   [rbp + 16 ...]   stack arguments 7 and up
 *   [rbp + 8]        return address
 *   [rbp]            caller's rbp
 *   [rbp - 8 ...]    saved callee-saved registers
 *   below them       spill slots, then padding to keep rsp 16-byte aligned at calls
 * </pre>
 */
final class Frame {
    /** Registers that carry the first six arguments, as in the System V ABI. */
    static final Reg[] ARG_REGS = {Reg.RDI, Reg.RSI, Reg.RDX, Reg.RCX, Reg.R8, Reg.R9};

    private final Assembler asm;
    private final Allocation allocation;
    private final List<Reg> saved;

    Frame(Assembler asm, Allocation allocation) {
        this.asm = asm;
        this.allocation = allocation;
        this.saved = new ArrayList<>(allocation.calleeSaved());
    }

    /** @return bytes between rbp and rsp once the prologue has run: saved registers, spills, padding */
    int frameBytes() {
        int extra = allocation.spillSlots() * 8;
        if ((saved.size() * 8 + extra) % 16 != 0) {
            extra += 8;
        }
        return saved.size() * 8 + extra;
    }

    void prologue() {
        asm.push(Reg.RBP);
        asm.mov(64, Reg.RBP, Reg.RSP);
        for (Reg r : saved) {
            asm.push(r);
        }
        int extra = allocation.spillSlots() * 8;
        if ((saved.size() * 8 + extra) % 16 != 0) {
            extra += 8;
        }
        if (extra > 0) {
            asm.aluImm(dev.moka.assembler.x86.AluOp.SUB, 64, Reg.RSP, extra);
        }
    }

    void epilogue() {
        asm.lea(Reg.RSP, Mem.of(Reg.RBP, -8 * saved.size()));
        for (int i = saved.size() - 1; i >= 0; i--) {
            asm.pop(saved.get(i));
        }
        asm.pop(Reg.RBP);
        asm.ret();
    }

    Location where(VReg v) {
        return allocation.of(v);
    }

    Mem slot(int index) {
        return Mem.of(Reg.RBP, -8 * (saved.size() + index + 1));
    }

    /** @return the register holding v, loading it into scratch first when it is spilled */
    Reg use(VReg v, Reg scratch) {
        Location l = where(v);
        if (l instanceof Location.InReg r) {
            return r.reg();
        }
        asm.mov(64, scratch, slot(((Location.OnStack) l).slot()));
        return scratch;
    }

    /** Loads v into exactly the given register. */
    void loadInto(Reg dst, VReg v) {
        Location l = where(v);
        if (l instanceof Location.InReg r) {
            if (r.reg() != dst) {
                asm.mov(64, dst, r.reg());
            }
        } else {
            asm.mov(64, dst, slot(((Location.OnStack) l).slot()));
        }
    }

    /** @return the register to compute v's new value in: its own, or scratch when it is spilled */
    Reg target(VReg v, Reg scratch) {
        Location l = where(v);
        return l instanceof Location.InReg r ? r.reg() : scratch;
    }

    /** Stores a value computed in {@code from} into v, if v does not already live there. */
    void define(VReg v, Reg from) {
        Location l = where(v);
        if (l == null) {
            return;
        }
        if (l instanceof Location.InReg r) {
            if (r.reg() != from) {
                asm.mov(64, r.reg(), from);
            }
        } else {
            asm.mov(64, slot(((Location.OnStack) l).slot()), from);
        }
    }

    /** Pushes v's value on the machine stack. */
    void push(VReg v) {
        asm.push(use(v, Reg.RAX));
    }

    /** Pops the machine stack into v. */
    void pop(VReg v) {
        Location l = where(v);
        if (l == null) {
            asm.pop(Reg.RAX);
        } else if (l instanceof Location.InReg r) {
            asm.pop(r.reg());
        } else {
            asm.pop(Reg.RAX);
            asm.mov(64, slot(((Location.OnStack) l).slot()), Reg.RAX);
        }
    }

    /** Moves incoming arguments into the parameters' locations; they may overlap, so go through the stack. */
    void receiveParams(List<VReg> params) {
        int inRegs = Math.min(params.size(), ARG_REGS.length);
        for (int i = 0; i < inRegs; i++) {
            asm.push(ARG_REGS[i]);
        }
        for (int i = params.size() - 1; i >= ARG_REGS.length; i--) {
            if (where(params.get(i)) != null) {
                asm.mov(64, Reg.RAX, Mem.of(Reg.RBP, 16 + 8 * (i - ARG_REGS.length)));
                define(params.get(i), Reg.RAX);
            }
        }
        for (int i = inRegs - 1; i >= 0; i--) {
            pop(params.get(i));
        }
    }
}
