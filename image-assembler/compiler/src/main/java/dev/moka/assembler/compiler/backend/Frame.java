package dev.moka.assembler.compiler.backend;

import dev.moka.assembler.compiler.ir.VReg;
import dev.moka.assembler.compiler.regalloc.Allocation;
import dev.moka.assembler.compiler.regalloc.Location;
import dev.moka.assembler.x86.Assembler;
import dev.moka.assembler.x86.Mem;
import dev.moka.assembler.x86.Reg;
import dev.moka.assembler.x86.Xmm;
import dev.moka.assembler.compiler.model.TypeKind;
import java.util.ArrayList;
import java.util.List;

/**
 * One method's stack frame and the moves in and out of virtual registers.
 *
 * <pre>
 *   [rbp + 16 ...]   stack arguments 7 and up
 *   [rbp + 8]        return address
 *   [rbp]            caller's rbp
 *   [rbp - 8 ...]    saved callee-saved registers, pushed
 *   below them       saved callee-saved SSE registers (their low 64 bits: they hold only scalars)
 *   below them       spill slots, then padding to keep rsp 16-byte aligned at calls
 * </pre>
 */
final class Frame {
    /** Registers that carry the first six integer arguments, as in the System V ABI. */
    static final Reg[] ARG_REGS = {Reg.RDI, Reg.RSI, Reg.RDX, Reg.RCX, Reg.R8, Reg.R9};
    /** Registers that carry the first eight float and double arguments. */
    static final Xmm[] FLOAT_ARG_REGS = {Xmm.XMM0, Xmm.XMM1, Xmm.XMM2, Xmm.XMM3, Xmm.XMM4, Xmm.XMM5, Xmm.XMM6, Xmm.XMM7};

    private final Assembler asm;
    private final Allocation allocation;
    private final List<Reg> saved;
    private final List<Xmm> savedFloat;
    private CodeContext context;
    private int[] refSlots = new int[0];
    private static int stackMapCounter;

    Frame(Assembler asm, Allocation allocation) {
        this.asm = asm;
        this.allocation = allocation;
        this.saved = new ArrayList<>(allocation.calleeSaved());
        this.savedFloat = new ArrayList<>(allocation.calleeSavedFloat());
    }

    private SlowPaths stackGuard;

    /** @param slowPaths where the stack-overflow check of the prologue sends its rare case */
    void guardStack(SlowPaths slowPaths) {
        this.stackGuard = slowPaths;
    }

    /** @param context where stack maps are recorded */
    void recordStackMapsIn(CodeContext context) {
        this.context = context;
    }

    private LineTable lineTable;

    /** @param table the method's line table, told of every call and faulting instruction (trace points) */
    void recordTracePointsIn(LineTable table) {
        this.lineTable = table;
    }

    private void markTracePoint() {
        if (lineTable != null) {
            lineTable.markTracePoint();
        }
    }

    /** @return how many 8-byte words the saved registers (integer and SSE) take below rbp */
    int savedCount() {
        return saved.size() + savedFloat.size();
    }

    /** @param slots frame offsets of the references live across the calls of the next instruction */
    void setReferenceSlots(int[] slots) {
        refSlots = slots;
    }

    /** @return the reference slots in force, for slow paths that are emitted later */
    int[] referenceSlots() {
        return refSlots;
    }

    /** Calls a symbol and records the stack map of its return address. */
    void callSymbol(String symbol) {
        markTracePoint();
        asm.callSymbol(symbol);
        recordStackMap();
    }

    /** Calls through memory (a vtable or itable slot) and records the stack map. */
    void call(Mem target) {
        markTracePoint();
        asm.call(target);
        recordStackMap();
    }

    /** Calls the code address in a register and records the stack map. */
    void call(Reg target) {
        markTracePoint();
        asm.call(target);
        recordStackMap();
    }

    private void recordStackMap() {
        if (context != null) {
            String name = nextStackMapSymbol();
            asm.defineSymbol(name);
            context.addStackMap(name, refSlots);
        }
    }

    /**
     * Marks the next instruction as one that may fault into a Java exception (see
     * {@link CodeContext#addFaultStackMap}): records its stack map. Call just before emitting it.
     */
    void recordFaultStackMap() {
        markTracePoint();
        if (context != null) {
            String name = nextStackMapSymbol();
            asm.defineSymbol(name);
            context.addFaultStackMap(name, refSlots);
        }
    }

    private static synchronized String nextStackMapSymbol() {
        return "sm." + (stackMapCounter++);
    }

    /** @return bytes between rbp and rsp once the prologue has run: saved registers, spills, padding */
    int frameBytes() {
        return saved.size() * 8 + belowPushes();
    }

    /** @return bytes the prologue reserves below its pushes: saved SSE registers, spills, padding */
    private int belowPushes() {
        int extra = (savedFloat.size() + allocation.spillSlots()) * 8;
        if ((saved.size() * 8 + extra) % 16 != 0) {
            extra += 8;
        }
        return extra;
    }

    /** @return the frame slot in which the prologue saves the i-th callee-saved SSE register */
    private Mem savedFloatSlot(int i) {
        return Mem.of(Reg.RBP, -8 * (saved.size() + i + 1));
    }

    void prologue() {
        asm.push(Reg.RBP);
        asm.mov(64, Reg.RBP, Reg.RSP);
        if (stackGuard != null) {
            // Below the limit the runtime throws StackOverflowError while enough stack is left to do so.
            asm.movRipLoad(64, Reg.R11, Symbols.STACK_LIMIT, 0);
            asm.alu(dev.moka.assembler.x86.AluOp.CMP, 64, Reg.RSP, Reg.R11);
            stackGuard.add(dev.moka.assembler.x86.Cond.B, () -> {
                // Open the reserve below the limit so that building the error has stack to run on;
                // the unwinder closes it again when a handler takes over.
                asm.movRipLoad(64, Reg.R11, Symbols.STACK_LIMIT_NORMAL, 0);
                asm.aluImm(dev.moka.assembler.x86.AluOp.SUB, 64, Reg.R11, Symbols.STACK_RESERVE);
                asm.movRipStore(64, Symbols.STACK_LIMIT, 0, Reg.R11);
                stackGuard.callRuntime("throwStackOverflow", "()V");
            });
        }
        for (Reg r : saved) {
            asm.push(r);
        }
        int extra = belowPushes();
        if (extra > 0) {
            asm.aluImm(dev.moka.assembler.x86.AluOp.SUB, 64, Reg.RSP, extra);
        }
        for (int i = 0; i < savedFloat.size(); i++) {
            asm.movsd(savedFloatSlot(i), savedFloat.get(i));
        }
    }

    void epilogue() {
        for (int i = 0; i < savedFloat.size(); i++) {
            asm.movsd(savedFloat.get(i), savedFloatSlot(i));
        }
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
        return Mem.of(Reg.RBP, -8 * (savedCount() + index + 1));
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
            mirror(v);
        } else {
            asm.mov(64, slot(((Location.OnStack) l).slot()), from);
        }
    }

    /** Copies a reference held in a register to the frame slot that stack maps list for it. */
    private void mirror(VReg v) {
        int shadow = allocation.shadowSlot(v);
        if (shadow >= 0 && where(v) instanceof Location.InReg r) {
            asm.mov(64, slot(shadow), r.reg());
        }
    }

    /** Pushes v's value (its 64 bits, floats and doubles included) on the machine stack. */
    void push(VReg v) {
        Location l = where(v);
        if (l instanceof Location.InXmm x) {
            asm.movqFromXmm(Reg.RAX, x.reg());
            asm.push(Reg.RAX);
        } else {
            asm.push(use(v, Reg.RAX));
        }
    }

    /** Pops the machine stack into v. */
    void pop(VReg v) {
        Location l = where(v);
        if (l == null) {
            asm.pop(Reg.RAX);
        } else if (l instanceof Location.InReg r) {
            asm.pop(r.reg());
        } else if (l instanceof Location.InXmm x) {
            asm.pop(Reg.RAX);
            asm.movqToXmm(x.reg(), Reg.RAX);
        } else {
            asm.pop(Reg.RAX);
            asm.mov(64, slot(((Location.OnStack) l).slot()), Reg.RAX);
        }
    }

    // ---- float and double values: kept in SSE registers or stack slots ----

    static boolean isFloat(VReg v) {
        return v.kind() == TypeKind.FLOAT || v.kind() == TypeKind.DOUBLE;
    }

    /** Copies the whole register: movsd and movss would wait for the destination's last writer. */
    private void moveX(VReg v, Xmm dst, Xmm src) {
        if (dst != src) {
            asm.movaps(dst, src);
        }
    }

    /** @return the SSE register holding v, loading it into scratch first when it is spilled */
    Xmm useX(VReg v, Xmm scratch) {
        Location l = where(v);
        if (l instanceof Location.InXmm x) {
            return x.reg();
        }
        Mem m = slot(((Location.OnStack) l).slot());
        if (v.kind() == TypeKind.DOUBLE) {
            asm.movsd(scratch, m);
        } else {
            asm.movss(scratch, m);
        }
        return scratch;
    }

    /** Loads v into exactly the given SSE register. */
    void loadIntoX(Xmm dst, VReg v) {
        Location l = where(v);
        if (l instanceof Location.InXmm x) {
            moveX(v, dst, x.reg());
        } else {
            useX(v, dst);
        }
    }

    /** @return the SSE register to compute v's new value in */
    Xmm targetX(VReg v, Xmm scratch) {
        return where(v) instanceof Location.InXmm x ? x.reg() : scratch;
    }

    /** Stores a value computed in {@code from} into v. */
    void defineX(VReg v, Xmm from) {
        Location l = where(v);
        if (l == null) {
            return;
        }
        if (l instanceof Location.InXmm x) {
            moveX(v, x.reg(), from);
        } else {
            Mem m = slot(((Location.OnStack) l).slot());
            if (v.kind() == TypeKind.DOUBLE) {
                asm.movsd(m, from);
            } else {
                asm.movss(m, from);
            }
        }
    }

    /**
     * The System V classification of a call's arguments: integer and reference arguments take the
     * integer registers in order, float and double arguments the SSE registers, the rest the stack.
     *
     * @param args the argument registers in order
     * @return for each argument its register index (integer or SSE) or -1 for the stack
     */
    static int[] classify(List<VReg> args) {
        int[] where = new int[args.size()];
        int ints = 0;
        int floats = 0;
        for (int i = 0; i < args.size(); i++) {
            if (isFloat(args.get(i))) {
                where[i] = floats < FLOAT_ARG_REGS.length ? floats++ : -1;
            } else {
                where[i] = ints < ARG_REGS.length ? ints++ : -1;
            }
        }
        return where;
    }

    /** @return where v lives as a place for {@link ParallelMoves}: its register or its frame slot */
    Object place(VReg v) {
        return switch (where(v)) {
            case Location.InReg r -> r.reg();
            case Location.InXmm x -> x.reg();
            case Location.OnStack s -> slot(s.slot());
        };
    }

    /** Moves incoming arguments into the parameters' locations, which may overlap the argument registers. */
    void receiveParams(List<VReg> params) {
        int[] where = classify(params);
        ParallelMoves moves = new ParallelMoves(asm);
        for (int i = 0; i < params.size(); i++) {
            VReg p = params.get(i);
            if (where[i] >= 0 && where(p) != null) {
                moves.add(place(p), isFloat(p) ? FLOAT_ARG_REGS[where[i]] : ARG_REGS[where[i]]);
            }
        }
        moves.emit();
        for (VReg p : params) {
            mirror(p);
        }
        int stackIndex = 0;
        for (int i = 0; i < params.size(); i++) {
            if (where[i] < 0) {
                VReg p = params.get(i);
                if (where(p) != null) {
                    asm.mov(64, Reg.RAX, Mem.of(Reg.RBP, 16 + 8 * stackIndex));
                    if (isFloat(p)) {
                        asm.movqToXmm(Xmm.XMM0, Reg.RAX);
                        defineX(p, Xmm.XMM0);
                    } else {
                        define(p, Reg.RAX);
                    }
                }
                stackIndex++;
            }
        }
    }
}
