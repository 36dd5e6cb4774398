package dev.moka.assembler.compiler.backend;

import dev.moka.assembler.compiler.ir.Block;
import dev.moka.assembler.compiler.ir.Insn;
import dev.moka.assembler.compiler.ir.IrMethod;
import dev.moka.assembler.compiler.ir.VReg;
import dev.moka.assembler.compiler.model.MethodRef;
import dev.moka.assembler.compiler.model.ObjectLayout;
import dev.moka.assembler.compiler.model.TypeKind;
import dev.moka.assembler.compiler.regalloc.Allocation;
import dev.moka.assembler.compiler.regalloc.LinearScan;
import dev.moka.assembler.x86.AluOp;
import dev.moka.assembler.x86.Assembler;
import dev.moka.assembler.x86.Cond;
import dev.moka.assembler.x86.Label;
import dev.moka.assembler.x86.Mem;
import dev.moka.assembler.x86.Reg;
import dev.moka.assembler.x86.ShiftOp;
import dev.moka.assembler.x86.Xmm;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Emits x86_64 for one method from its IR and register allocation.
 *
 * <p>Scratch registers: RAX, RCX, RDX and R11 are free at every instruction boundary (the
 * allocator never hands them out), so each IR instruction may use them without saving. Exception
 * paths are emitted out of line after the method body ({@link SlowPaths}) and never return.
 */
public final class MethodCompiler {
    private final Assembler asm;
    private final CodeContext context;
    private final IrMethod ir;
    private final Frame frame;
    private final SlowPaths slow;
    private final ObjectCode objects;
    private final Map<Block, Label> labels = new HashMap<>();
    private final HandlerRanges ranges;
    private final Allocation allocation;
    private final Label exit;
    private final LineTable lineTable = new LineTable();

    private MethodCompiler(Assembler asm, CodeContext context, IrMethod ir, Allocation allocation) {
        this.asm = asm;
        this.context = context;
        this.ir = ir;
        this.frame = new Frame(asm, allocation);
        this.allocation = allocation;
        frame.recordStackMapsIn(context);
        frame.recordTracePointsIn(lineTable);
        for (Block b : ir.blocks()) {
            labels.put(b, asm.newLabel());
        }
        this.ranges = new HandlerRanges(asm, context, labels, frame.frameBytes());
        this.slow = new SlowPaths(asm, context, ranges);
        slow.useFrame(frame);
        frame.guardStack(slow);
        this.objects = new ObjectCode(asm, context, frame, slow, ir);
        this.exit = asm.newLabel();
    }

    /**
     * Compiles a method into the assembler at its current position, under the method's symbol.
     *
     * @param asm     where the code goes
     * @param context facts about the rest of the image
     * @param ir      the method's IR
     */
    public static void compile(Assembler asm, CodeContext context, IrMethod ir) {
        compile(asm, context, ir, LinearScan.allocate(ir));
    }

    /**
     * Compiles a method with registers already allocated.
     *
     * @param asm        where the code goes
     * @param context    facts about the rest of the image
     * @param ir         the method's IR
     * @param allocation where its virtual registers live
     */
    public static void compile(Assembler asm, CodeContext context, IrMethod ir, Allocation allocation) {
        new MethodCompiler(asm, context, ir, allocation).emit();
    }

    private int methodStart;
    private int lastLine = -1;
    private int lastScope;
    private int lastOwnLine = -1;

    private void emit() {
        asm.defineSymbol(ir.source().symbol());
        methodStart = asm.position();
        slow.recordLinesIn(lineTable, methodStart);
        // A stack overflow in the prologue is reported at the method's first line, as at bytecode 0:
        // both when the stack-limit check throws it (a slow path) and when a push of the prologue
        // runs into a guard page and the machine reports the fault at that push.
        int firstLine = firstLine();
        slow.setPosition(firstLine, 0);
        if (firstLine > 0) {
            lineTable.add(0, firstLine, 0);
            // The prologue's pushes may run into the stack's guard page: a trace may start here.
            lineTable.markTracePoint();
            lastLine = firstLine;
            lastOwnLine = firstLine;
        }
        frame.prologue();
        frame.receiveParams(ir.params());
        List<Block> blocks = ir.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            Block next = i + 1 < blocks.size() ? blocks.get(i + 1) : null;
            asm.bind(labels.get(b));
            for (Insn insn : b.insns()) {
                recordPosition(insn);
                slow.setPosition(lastLine, lastScope);
                frame.setReferenceSlots(allocation.referenceSlots(insn, ir.regs(), frame.savedCount()));
                slow.setNullPointerMessage(ir.nullPointerMessage(insn));
                ranges.around(ir.handlers(insn), () -> emit(insn, next));
            }
        }
        asm.bind(exit);
        frame.epilogue();
        slow.emitAll();
        ranges.finish();
        String end = "end:" + ir.source().symbol();
        asm.defineSymbol(end);
        context.addMethodInfo(lineTable.toMethodInfo(context, ir.source(), ir.source().symbol(), end));
    }

    /**
     * Starts a row of the line table where the source position changes. An instruction of the
     * method itself without a line keeps the line before it; one of an inlined activation without a
     * line has an unknown line in that activation (-1), as a method without line numbers has.
     */
    private void recordPosition(Insn insn) {
        int line = ir.line(insn);
        int scope = lineTable.scopeNumber(ir.scope(insn));
        if (line <= 0) {
            if (scope == lastScope) {
                return;
            }
            line = scope == 0 ? lastOwnLine : -1;
        }
        if (line != lastLine || scope != lastScope) {
            lineTable.add(asm.position() - methodStart, line, scope);
            lastLine = line;
            lastScope = scope;
        }
        if (scope == 0 && line > 0) {
            lastOwnLine = line;
        }
    }

    /** @return the first line of the method's own code (inlined callees' lines are theirs), or -1 */
    private int firstLine() {
        for (Block b : ir.blocks()) {
            for (Insn insn : b.insns()) {
                if (ir.line(insn) > 0 && ir.scope(insn) == null) {
                    return ir.line(insn);
                }
            }
        }
        return -1;
    }

    private void emit(Insn insn, Block next) {
        switch (insn) {
            case Insn.Const c when Frame.isFloat(c.dst()) -> {
                Xmm t = frame.targetX(c.dst(), Xmm.XMM0);
                if (c.value() == 0) {
                    asm.xorps(t, t); // +0.0, with no dependency on what t held
                } else {
                    asm.movImm(64, Reg.RAX, c.value());
                    if (c.dst().kind() == TypeKind.DOUBLE) {
                        asm.movqToXmm(t, Reg.RAX);
                    } else {
                        asm.movdToXmm(t, Reg.RAX);
                    }
                }
                frame.defineX(c.dst(), t);
            }
            case Insn.Const c -> {
                Reg t = frame.target(c.dst(), Reg.RAX);
                asm.movImm(c.dst().kind() == TypeKind.INT ? 32 : 64, t, c.dst().kind() == TypeKind.INT
                        ? (int) c.value() & 0xffffffffL : c.value());
                frame.define(c.dst(), t);
            }
            case Insn.ConstString s -> {
                Reg t = frame.target(s.dst(), Reg.RAX);
                asm.leaRip(t, context.stringSymbol(s.value()), 0);
                frame.define(s.dst(), t);
            }
            case Insn.Move m when Frame.isFloat(m.dst()) -> {
                if (frame.where(m.dst()) != null) {
                    frame.defineX(m.dst(), frame.useX(m.src(), dev.moka.assembler.x86.Xmm.XMM0));
                }
            }
            case Insn.Move m -> {
                if (frame.where(m.dst()) != null) {
                    Reg src = frame.use(m.src(), Reg.RAX);
                    frame.define(m.dst(), src);
                }
            }
            case Insn.Binary bin when Frame.isFloat(bin.dst()) -> FloatArithmetic.binary(asm, frame, bin);
            case Insn.Binary bin -> Arithmetic.binary(asm, frame, slow, bin);
            case Insn.BinaryConst bin -> Arithmetic.binaryConst(asm, frame, bin);
            case Insn.Negate n when Frame.isFloat(n.dst()) -> FloatArithmetic.negate(asm, frame, n);
            case Insn.CompareFloat c -> FloatArithmetic.compare(asm, frame, c);
            case Insn.Negate n -> {
                Reg t = frame.target(n.dst(), Reg.RAX);
                frame.loadInto(t, n.a());
                asm.neg(bits(n.dst()), t);
                frame.define(n.dst(), t);
            }
            case Insn.Convert c -> {
                if (FloatArithmetic.handles(c.conv())) {
                    FloatArithmetic.convert(asm, frame, c);
                } else {
                    Arithmetic.convert(asm, frame, c);
                }
            }
            case Insn.CompareLong c -> Arithmetic.compareLong(asm, frame, c);
            case Insn.If f -> branch(f, next);
            case Insn.Goto g -> {
                if (g.target() != next) {
                    asm.jmp(labels.get(g.target()));
                }
            }
            case Insn.Switch s -> {
                Reg key = frame.use(s.key(), Reg.RAX);
                for (int i = 0; i < s.keys().length; i++) {
                    asm.aluImm(AluOp.CMP, 32, key, s.keys()[i]);
                    asm.jcc(Cond.E, labels.get(s.cases().get(i)));
                }
                if (s.otherwise() != next) {
                    asm.jmp(labels.get(s.otherwise()));
                }
            }
            case Insn.Return r -> {
                if (r.value() != null && Frame.isFloat(r.value())) {
                    frame.loadIntoX(dev.moka.assembler.x86.Xmm.XMM0, r.value());
                } else if (r.value() != null) {
                    frame.loadInto(Reg.RAX, r.value());
                }
                asm.jmp(exit);
            }
            case Insn.Throw t -> {
                frame.loadInto(Reg.RDI, t.exception());
                slow.nullCheck(Reg.RDI);
                frame.callSymbol(Symbols.THROW);
                asm.ud2();
            }
            case Insn.CatchEntry c -> frame.define(c.dst(), Reg.RAX);
            case Insn.NullCheck n -> {
                if (!ir.operandNotNull(n)) {
                    slow.nullCheck(frame.use(n.obj(), Reg.RAX));
                }
            }
            case Insn.InitClass init -> {
                String initializer = context.lazyInitializer(init.className());
                if (initializer != null) {
                    Label done = asm.newLabel();
                    asm.movRipLoad(64, Reg.RAX, Symbols.initState(init.className()), 0);
                    asm.aluImm(AluOp.CMP, 64, Reg.RAX, 2);
                    asm.jcc(Cond.E, done);
                    frame.callSymbol(initializer);
                    asm.bind(done);
                }
            }
            case Insn.ConstClass c -> {
                Reg t = frame.target(c.dst(), Reg.RAX);
                context.classInfoSymbol(c.type());
                asm.leaRip(t, "classobj:" + c.type(), 0);
                frame.define(c.dst(), t);
            }
            case Insn.ClassRef c -> {
                Reg t = frame.target(c.dst(), Reg.RAX);
                asm.leaRip(t, context.classInfoSymbol(c.type()), 0);
                frame.define(c.dst(), t);
            }
            case Insn.Invoke inv -> invoke(inv);
            case Insn.Intrinsic in when IntegerIntrinsics.handles(in) -> IntegerIntrinsics.emit(asm, frame, slow, in);
            case Insn.Intrinsic in -> IntrinsicCode.emit(asm, frame, context, objects, in);
            case Insn.GetField g -> objects.getField(g);
            case Insn.PutField p -> objects.putField(p);
            case Insn.GetStatic g -> objects.getStatic(g);
            case Insn.PutStatic p -> objects.putStatic(p);
            case Insn.New n -> objects.newObject(n);
            case Insn.NewArray n -> objects.newArray(n);
            case Insn.ArrayLength a -> objects.arrayLength(a);
            case Insn.ArrayLoad a -> objects.arrayLoad(a);
            case Insn.ArrayStore a -> objects.arrayStore(a);
            case Insn.InstanceOf i -> objects.instanceOf(i);
            case Insn.CheckCast c -> objects.checkCast(c);
        }
    }

    static int bits(VReg v) {
        return v.kind() == TypeKind.INT ? 32 : 64;
    }

    private void branch(Insn.If f, Block next) {
        TypeKind kind = f.a().kind();
        Cond cond = kind == TypeKind.FLOAT || kind == TypeKind.DOUBLE ? floatingCompare(f) : integerCompare(f);
        if (f.ifTrue() == next) {
            asm.jcc(cond.negate(), labels.get(f.ifFalse()));
        } else {
            asm.jcc(cond, labels.get(f.ifTrue()));
            if (f.ifFalse() != next) {
                asm.jmp(labels.get(f.ifFalse()));
            }
        }
    }

    private Cond integerCompare(Insn.If f) {
        int width = bits(f.a());
        Reg a = frame.use(f.a(), Reg.RAX);
        if (f.b() == null) {
            asm.test(width, a, a);
        } else {
            Reg b = frame.use(f.b(), Reg.RCX);
            asm.alu(AluOp.CMP, width, a, b);
        }
        return switch (f.cond()) {
            case EQ -> Cond.E;
            case NE -> Cond.NE;
            case LT -> Cond.L;
            case GE -> Cond.GE;
            case GT -> Cond.G;
            case LE -> Cond.LE;
        };
    }

    /**
     * ucomis leaves CF and ZF clear for a greater operand and sets both when either is NaN, so the
     * unsigned conditions give exactly the If's floating-point meaning: above and above-or-equal
     * are false for NaN, below and below-or-equal true.
     */
    private Cond floatingCompare(Insn.If f) {
        Xmm a = frame.useX(f.a(), Xmm.XMM0);
        Xmm b = frame.useX(f.b(), Xmm.XMM1);
        if (f.a().kind() == TypeKind.DOUBLE) {
            asm.ucomisd(a, b);
        } else {
            asm.ucomiss(a, b);
        }
        return switch (f.cond()) {
            case GT -> Cond.A;
            case GE -> Cond.AE;
            case LT -> Cond.B;
            case LE -> Cond.BE;
            case EQ, NE -> throw new IllegalStateException("no single branch for floating-point " + f.cond());
        };
    }

    private void invoke(Insn.Invoke inv) {
        Label afterCall = MonitorCode.fastPath(asm, frame, inv);
        List<VReg> args = inv.args();
        int[] where = Frame.classify(args);
        int stackArgs = 0;
        for (int w : where) {
            stackArgs += w < 0 ? 1 : 0;
        }
        boolean pad = (stackArgs & 1) != 0;
        if (pad) {
            asm.aluImm(AluOp.SUB, 64, Reg.RSP, 8);
        }
        for (int i = args.size() - 1; i >= 0; i--) {
            if (where[i] < 0) {
                frame.push(args.get(i));
            }
        }
        ParallelMoves moves = new ParallelMoves(asm);
        for (int i = 0; i < args.size(); i++) {
            if (where[i] >= 0) {
                VReg arg = args.get(i);
                moves.add(Frame.isFloat(arg) ? Frame.FLOAT_ARG_REGS[where[i]] : Frame.ARG_REGS[where[i]], frame.place(arg));
            }
        }
        moves.emit();
        MethodRef target = inv.target();
        Insn.Dispatch dispatch = inv.dispatch();
        if (dispatch != Insn.Dispatch.DIRECT) {
            MethodRef unique = context.uniqueImplementation(target);
            if (unique != null) {
                target = unique;
                dispatch = Insn.Dispatch.DIRECT;
            }
        }
        if (!target.isStatic() && !ir.operandNotNull(inv)) {
            slow.nullCheck(Reg.RDI);
        }
        switch (dispatch) {
            case DIRECT -> frame.callSymbol(target.symbol());
            case VIRTUAL -> {
                asm.mov(64, Reg.RAX, Mem.of(Reg.RDI, ObjectLayout.CLASS_OFFSET));
                frame.call(Mem.of(Reg.RAX, ObjectLayout.CI_VTABLE + 8 * context.vtableSlot(target)));
            }
            case INTERFACE -> {
                asm.mov(64, Reg.RAX, Mem.of(Reg.RDI, ObjectLayout.CLASS_OFFSET));
                asm.mov(64, Reg.RAX, Mem.of(Reg.RAX, ObjectLayout.CI_ITABLE));
                frame.call(Mem.of(Reg.RAX, 8 * context.interfaceSelector(target)));
            }
        }
        if (stackArgs > 0 || pad) {
            asm.aluImm(AluOp.ADD, 64, Reg.RSP, 8 * stackArgs + (pad ? 8 : 0));
        }
        if (inv.dst() != null) {
            if (Frame.isFloat(inv.dst())) {
                frame.defineX(inv.dst(), dev.moka.assembler.x86.Xmm.XMM0);
            } else {
                frame.define(inv.dst(), Reg.RAX);
            }
        }
        if (afterCall != null) {
            asm.bind(afterCall);
        }
    }
}
