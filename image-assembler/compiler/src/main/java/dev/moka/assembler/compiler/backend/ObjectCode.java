package dev.moka.assembler.compiler.backend;

import dev.moka.assembler.compiler.ir.Insn;
import dev.moka.assembler.compiler.ir.Intrinsics;
import dev.moka.assembler.compiler.ir.IrMethod;
import dev.moka.assembler.compiler.ir.VReg;
import dev.moka.assembler.compiler.model.FieldInfo;
import dev.moka.assembler.compiler.model.ObjectLayout;
import dev.moka.assembler.x86.AluOp;
import dev.moka.assembler.x86.Assembler;
import dev.moka.assembler.x86.Cond;
import dev.moka.assembler.x86.Label;
import dev.moka.assembler.x86.Mem;
import dev.moka.assembler.x86.Reg;
import dev.moka.assembler.x86.Xmm;

/**
 * Code for the object model: allocation, fields, arrays and type tests. See {@link ObjectLayout}
 * for the header and ClassInfo formats this code reads.
 */
final class ObjectCode {
    private final Assembler asm;
    private final CodeContext context;
    private final Frame frame;
    private final SlowPaths slow;
    private final IrMethod method;

    ObjectCode(Assembler asm, CodeContext context, Frame frame, SlowPaths slow, IrMethod method) {
        this.asm = asm;
        this.context = context;
        this.frame = frame;
        this.slow = slow;
        this.method = method;
    }

    /** Null check of an instruction's object or array operand, unless it is proven not null. */
    private void nullCheck(Insn insn, Reg obj) {
        if (!method.operandNotNull(insn)) {
            slow.nullCheck(obj);
        }
    }

    // ---- memory access of a given descriptor's width ----

    private void load(String descriptor, Reg dst, Mem from) {
        switch (descriptor.charAt(0)) {
            case 'Z' -> asm.movzx(32, dst, 8, from);
            case 'B' -> asm.movsx(32, dst, 8, from);
            case 'C' -> asm.movzx(32, dst, 16, from);
            case 'S' -> asm.movsx(32, dst, 16, from);
            case 'I', 'F' -> asm.mov(32, dst, from);
            default -> asm.mov(64, dst, from);
        }
    }

    private void store(String descriptor, Mem to, Reg value) {
        asm.mov(FieldInfo.sizeOf(descriptor) * 8, to, value);
    }

    private void loadX(String descriptor, Xmm dst, Mem from) {
        if (descriptor.charAt(0) == 'D') {
            asm.movsd(dst, from);
        } else {
            asm.movss(dst, from);
        }
    }

    private void storeX(String descriptor, Mem to, Xmm value) {
        if (descriptor.charAt(0) == 'D') {
            asm.movsd(to, value);
        } else {
            asm.movss(to, value);
        }
    }

    private static boolean isFloat(String descriptor) {
        return descriptor.charAt(0) == 'F' || descriptor.charAt(0) == 'D';
    }

    void getField(Insn.GetField g) {
        Reg obj = frame.use(g.obj(), Reg.R11);
        nullCheck(g, obj);
        if (isFloat(g.field().descriptor())) {
            Xmm t = frame.targetX(g.dst(), Xmm.XMM0);
            loadX(g.field().descriptor(), t, Mem.of(obj, g.field().offset()));
            frame.defineX(g.dst(), t);
            return;
        }
        Reg t = frame.target(g.dst(), Reg.RAX);
        load(g.field().descriptor(), t, Mem.of(obj, g.field().offset()));
        frame.define(g.dst(), t);
    }

    void putField(Insn.PutField p) {
        Reg obj = frame.use(p.obj(), Reg.R11);
        if (isFloat(p.field().descriptor())) {
            Xmm value = frame.useX(p.value(), Xmm.XMM0);
            nullCheck(p, obj);
            storeX(p.field().descriptor(), Mem.of(obj, p.field().offset()), value);
            return;
        }
        Reg value = frame.use(p.value(), Reg.RAX);
        nullCheck(p, obj);
        store(p.field().descriptor(), Mem.of(obj, p.field().offset()), value);
    }

    void getStatic(Insn.GetStatic g) {
        if (isFloat(g.field().descriptor())) {
            Xmm t = frame.targetX(g.dst(), Xmm.XMM0);
            asm.leaRip(Reg.R11, g.field().staticSymbol(), 0);
            loadX(g.field().descriptor(), t, Mem.of(Reg.R11, 0));
            frame.defineX(g.dst(), t);
            return;
        }
        Reg t = frame.target(g.dst(), Reg.RAX);
        asm.leaRip(Reg.R11, g.field().staticSymbol(), 0);
        load(g.field().descriptor(), t, Mem.of(Reg.R11, 0));
        frame.define(g.dst(), t);
    }

    void putStatic(Insn.PutStatic p) {
        if (isFloat(p.field().descriptor())) {
            Xmm value = frame.useX(p.value(), Xmm.XMM0);
            asm.leaRip(Reg.R11, p.field().staticSymbol(), 0);
            storeX(p.field().descriptor(), Mem.of(Reg.R11, 0), value);
            return;
        }
        Reg value = frame.use(p.value(), Reg.RAX);
        asm.leaRip(Reg.R11, p.field().staticSymbol(), 0);
        store(p.field().descriptor(), Mem.of(Reg.R11, 0), value);
    }

    // ---- allocation: inline from the heap plan's bump region, else a call into the plan ----

    /**
     * A kernel's threads are preempted, and an inline bump interrupted between reading the cursor
     * and writing the header would hand the same memory out twice, or let a collection started by
     * another thread walk over an object without its class. So a kernel bumps with interrupts
     * masked ({@code pushfq; cli} ... {@code popfq}: a dozen instructions, on one processor), and
     * only an object the region cannot hold calls {@code Heap}, which holds preemption off for
     * the plan. Single-threaded user and Linux executables bump with no mask.
     */
    private boolean masksInterrupts() {
        return context.target() == Target.KERNEL;
    }

    /** Starts an inline allocation: masks interrupts in a kernel. */
    private void beginBump() {
        if (masksInterrupts()) {
            asm.pushfq();
            asm.cli();
        }
    }

    /**
     * Ends an inline allocation that succeeded and jumps to {@code done}; returns the label the
     * bump's failed limit check jumps to, which restores the interrupt flag before falling into
     * {@code slow}.
     */
    private void endBump(Label done, Label failed, Label slow) {
        if (masksInterrupts()) {
            asm.popfq();
            asm.jmp(done);
            asm.bind(failed);
            asm.popfq();
        } else {
            asm.jmp(done);
            asm.bind(failed);
        }
        asm.bind(slow);
    }

    /**
     * Allocates {@code size} bytes (in R11) from the bump region and stores the class pointer;
     * when the region cannot hold them, jumps to {@code slow}. Leaves the object address in RAX.
     */
    private void bump(String classSymbol, Label slow) {
        asm.movRipLoad(64, Reg.RAX, Symbols.HEAP_POINTER, 0);
        asm.alu(AluOp.ADD, 64, Reg.R11, Reg.RAX);
        asm.movRipLoad(64, Reg.RDX, Symbols.HEAP_LIMIT, 0);
        asm.alu(AluOp.CMP, 64, Reg.R11, Reg.RDX);
        asm.jcc(Cond.A, slow);
        asm.movRipStore(64, Symbols.HEAP_POINTER, 0, Reg.R11);
        asm.leaRip(Reg.RDX, classSymbol, 0);
        asm.mov(64, Mem.of(Reg.RAX, ObjectLayout.CLASS_OFFSET), Reg.RDX);
    }

    void newObject(Insn.New n) {
        Label slow = asm.newLabel();
        Label done = asm.newLabel();
        Label failed = asm.newLabel();
        String classSymbol = context.classInfoSymbol(n.className());
        beginBump();
        asm.movImm(32, Reg.R11, context.instanceSize(n.className()));
        bump(classSymbol, failed);
        endBump(done, failed, slow);
        asm.leaRip(Reg.RDI, classSymbol, 0);
        frame.callSymbol(Intrinsics.HEAP + ".allocateObject(J)Ljava/lang/Object;");
        asm.bind(done);
        frame.define(n.dst(), Reg.RAX);
    }

    void newArray(Insn.NewArray n) {
        String element = n.arrayDescriptor().substring(1);
        int scale = FieldInfo.sizeOf(element);
        frame.loadInto(Reg.RCX, n.length());
        asm.movsx(64, Reg.RCX, 32, Reg.RCX);
        asm.test(64, Reg.RCX, Reg.RCX);
        slow.add(Cond.S, () -> {
            asm.mov(32, Reg.RDI, Reg.RCX);
            slow.callRuntime("throwNegativeArraySize", "(I)V");
        });
        asm.lea(Reg.R11, Mem.of(Reg.RCX, Reg.RCX, scale, ObjectLayout.ARRAY_BASE + 7));
        asm.alu(AluOp.SUB, 64, Reg.R11, Reg.RCX);
        asm.aluImm(AluOp.AND, 64, Reg.R11, -8);
        String classSymbol = context.classInfoSymbol(n.arrayDescriptor());
        Label slowPath = asm.newLabel();
        Label failed = asm.newLabel();
        Label done = asm.newLabel();
        beginBump();
        bump(classSymbol, failed);
        asm.mov(32, Mem.of(Reg.RAX, ObjectLayout.ARRAY_LENGTH_OFFSET), Reg.RCX);
        endBump(done, failed, slowPath);
        asm.leaRip(Reg.RDI, classSymbol, 0);
        asm.mov(32, Reg.RSI, Reg.RCX);
        frame.callSymbol(Intrinsics.HEAP + ".allocateArray(JI)Ljava/lang/Object;");
        asm.bind(done);
        frame.define(n.dst(), Reg.RAX);
    }

    /** An array of a class known only at run time: rt.allocateArray(classInfo, length). */
    void allocateArray(VReg classInfo, VReg length, VReg dst) {
        frame.loadInto(Reg.RCX, length);
        frame.loadInto(Reg.RDX, classInfo);
        asm.movsx(64, Reg.RCX, 32, Reg.RCX);
        asm.test(64, Reg.RCX, Reg.RCX);
        slow.add(Cond.S, () -> {
            asm.mov(32, Reg.RDI, Reg.RCX);
            slow.callRuntime("throwNegativeArraySize", "(I)V");
        });
        Label slowPath = asm.newLabel();
        Label failed = asm.newLabel();
        Label done = asm.newLabel();
        asm.mov(64, Reg.RDI, Reg.RDX);
        asm.mov(32, Reg.R11, Mem.of(Reg.RDX, ObjectLayout.CI_ELEMENT_SIZE));
        asm.imul(64, Reg.R11, Reg.RCX);
        asm.aluImm(AluOp.ADD, 64, Reg.R11, ObjectLayout.ARRAY_BASE + 7);
        asm.aluImm(AluOp.AND, 64, Reg.R11, -8);
        beginBump();
        asm.movRipLoad(64, Reg.RAX, Symbols.HEAP_POINTER, 0);
        asm.alu(AluOp.ADD, 64, Reg.R11, Reg.RAX);
        asm.movRipLoad(64, Reg.RDX, Symbols.HEAP_LIMIT, 0);
        asm.alu(AluOp.CMP, 64, Reg.R11, Reg.RDX);
        asm.jcc(Cond.A, failed);
        asm.movRipStore(64, Symbols.HEAP_POINTER, 0, Reg.R11);
        asm.mov(64, Mem.of(Reg.RAX, ObjectLayout.CLASS_OFFSET), Reg.RDI);
        asm.mov(32, Mem.of(Reg.RAX, ObjectLayout.ARRAY_LENGTH_OFFSET), Reg.RCX);
        endBump(done, failed, slowPath);
        asm.mov(32, Reg.RSI, Reg.RCX);
        frame.callSymbol(Intrinsics.HEAP + ".allocateArray(JI)Ljava/lang/Object;");
        asm.bind(done);
        frame.define(dst, Reg.RAX);
    }

    // ---- arrays ----

    void arrayLength(Insn.ArrayLength a) {
        Reg array = frame.use(a.array(), Reg.R11);
        nullCheck(a, array);
        Reg t = frame.target(a.dst(), Reg.RAX);
        asm.mov(32, t, Mem.of(array, ObjectLayout.ARRAY_LENGTH_OFFSET));
        frame.define(a.dst(), t);
    }

    /**
     * Null and bounds checks, each unless proven unnecessary; leaves the array in the returned
     * register and the index, zero-extended, in RCX.
     */
    private Reg checkedElement(Insn access, VReg arrayReg, VReg indexReg) {
        Reg array = frame.use(arrayReg, Reg.R11);
        nullCheck(access, array);
        asm.mov(32, Reg.RCX, frame.use(indexReg, Reg.RCX));
        if (method.indexInBounds(access)) {
            return array;
        }
        asm.alu(AluOp.CMP, 32, Reg.RCX, Mem.of(array, ObjectLayout.ARRAY_LENGTH_OFFSET));
        Reg arrayForSlowPath = array;
        slow.add(Cond.AE, () -> {
            asm.mov(32, Reg.RSI, Mem.of(arrayForSlowPath, ObjectLayout.ARRAY_LENGTH_OFFSET));
            asm.mov(32, Reg.RDI, Reg.RCX);
            slow.callRuntime("throwArrayIndex", "(II)V");
        });
        return array;
    }

    void arrayLoad(Insn.ArrayLoad a) {
        Reg array = checkedElement(a, a.array(), a.index());
        if (isFloat(a.elementDescriptor())) {
            Xmm t = frame.targetX(a.dst(), Xmm.XMM0);
            loadX(a.elementDescriptor(), t, Mem.of(array, Reg.RCX, FieldInfo.sizeOf(a.elementDescriptor()),
                    ObjectLayout.ARRAY_BASE));
            frame.defineX(a.dst(), t);
            return;
        }
        Reg t = frame.target(a.dst(), Reg.RAX);
        int scale = FieldInfo.sizeOf(a.elementDescriptor());
        load(a.elementDescriptor(), t, Mem.of(array, Reg.RCX, scale, ObjectLayout.ARRAY_BASE));
        frame.define(a.dst(), t);
    }

    void arrayStore(Insn.ArrayStore a) {
        Reg array = checkedElement(a, a.array(), a.index());
        if (isFloat(a.elementDescriptor())) {
            Xmm value = frame.useX(a.value(), Xmm.XMM0);
            storeX(a.elementDescriptor(), Mem.of(array, Reg.RCX, FieldInfo.sizeOf(a.elementDescriptor()),
                    ObjectLayout.ARRAY_BASE), value);
            return;
        }
        Reg value = frame.use(a.value(), Reg.RAX);
        int scale = FieldInfo.sizeOf(a.elementDescriptor());
        char kind = a.elementDescriptor().charAt(0);
        if (kind == 'L' || kind == '[') {
            // The JVM's store check: a non-null value must be an instance of the array's element type.
            // The exact element class passes inline, and so does any value stored into an array
            // whose element class is Object (what generic containers hold: every object is one,
            // read from Object[]'s own class record); anything else asks the runtime. The array and
            // the value are operands of this instruction, so they may sit in any allocatable
            // register, the runtime's argument registers RDI and RSI included: only scratch
            // registers are written before the call, and the arguments are read back from the
            // copies pushed on the stack, whatever registers the two came from.
            Label ok = asm.newLabel();
            asm.test(64, value, value);
            asm.jcc(Cond.E, ok);
            asm.mov(64, Reg.RDX, Mem.of(array, ObjectLayout.CLASS_OFFSET));
            asm.mov(64, Reg.RDX, Mem.of(Reg.RDX, ObjectLayout.CI_ELEMENT));
            asm.alu(AluOp.CMP, 64, Reg.RDX, Mem.of(value, ObjectLayout.CLASS_OFFSET));
            asm.jcc(Cond.E, ok);
            asm.aluRip(AluOp.CMP, 64, Reg.RDX, context.classInfoSymbol("[Ljava/lang/Object;"), ObjectLayout.CI_ELEMENT);
            asm.jcc(Cond.E, ok);
            asm.push(array);
            asm.push(value);
            asm.push(Reg.RCX);
            asm.push(Reg.RCX);
            asm.mov(64, Reg.RDI, Mem.of(Reg.RSP, 24));
            asm.mov(64, Reg.RSI, Mem.of(Reg.RSP, 16));
            frame.callSymbol(context.runtimeMethod("checkStore", "([Ljava/lang/Object;Ljava/lang/Object;)V"));
            asm.pop(Reg.RCX);
            asm.pop(Reg.RCX);
            asm.pop(value);
            asm.pop(array);
            asm.bind(ok);
        }
        store(a.elementDescriptor(), Mem.of(array, Reg.RCX, scale, ObjectLayout.ARRAY_BASE), value);
    }

    // ---- type tests ----

    /**
     * Tests whether the non-null object in R11 is an instance of {@code type}; jumps to
     * {@code no} when it is not. Uses RAX and RDX.
     */
    private void typeTest(String type, Label no) {
        asm.mov(64, Reg.RAX, Mem.of(Reg.R11, ObjectLayout.CLASS_OFFSET));
        if (type.startsWith("[")) {
            Label exact = asm.newLabel();
            asm.leaRip(Reg.RDX, context.classInfoSymbol(type), 0);
            asm.alu(AluOp.CMP, 64, Reg.RAX, Reg.RDX);
            asm.jcc(Cond.E, exact);
            // Not the same array class: covariance is decided by the runtime (the instruction counts
            // as a call, so no live value sits in a caller-saved register here).
            asm.push(Reg.R11);
            asm.push(Reg.R11);
            asm.mov(64, Reg.RDI, Reg.R11);
            asm.mov(64, Reg.RSI, Reg.RDX);
            frame.callSymbol(context.runtimeMethod("isInstanceOfArray", "(Ljava/lang/Object;J)Z"));
            asm.pop(Reg.R11);
            asm.pop(Reg.R11);
            asm.test(32, Reg.RAX, Reg.RAX);
            asm.jcc(Cond.E, no);
            asm.bind(exact);
        } else if (context.isInterface(type)) {
            int id = context.interfaceId(type);
            asm.mov(64, Reg.RAX, Mem.of(Reg.RAX, ObjectLayout.CI_INTERFACES));
            asm.test(64, Reg.RAX, Reg.RAX);
            asm.jcc(Cond.E, no);
            asm.movzx(32, Reg.RAX, 8, Mem.of(Reg.RAX, id / 8));
            asm.testImm(32, Reg.RAX, 1 << (id % 8));
            asm.jcc(Cond.E, no);
        } else {
            int depth = context.classDepth(type);
            asm.aluImm(AluOp.CMP, 32, Mem.of(Reg.RAX, ObjectLayout.CI_DEPTH), depth);
            asm.jcc(Cond.B, no);
            asm.mov(64, Reg.RAX, Mem.of(Reg.RAX, ObjectLayout.CI_DISPLAY));
            asm.leaRip(Reg.RDX, context.classInfoSymbol(type), 0);
            asm.alu(AluOp.CMP, 64, Reg.RDX, Mem.of(Reg.RAX, 8 * depth));
            asm.jcc(Cond.NE, no);
        }
    }

    void instanceOf(Insn.InstanceOf i) {
        frame.loadInto(Reg.R11, i.obj());
        Label no = asm.newLabel();
        Label done = asm.newLabel();
        asm.test(64, Reg.R11, Reg.R11);
        asm.jcc(Cond.E, no);
        typeTest(i.type(), no);
        asm.movImm(32, Reg.RCX, 1);
        asm.jmp(done);
        asm.bind(no);
        asm.movImm(32, Reg.RCX, 0);
        asm.bind(done);
        frame.define(i.dst(), Reg.RCX);
    }

    void checkCast(Insn.CheckCast c) {
        frame.loadInto(Reg.R11, c.obj());
        Label done = asm.newLabel();
        Label fail = asm.newLabel();
        asm.test(64, Reg.R11, Reg.R11);
        asm.jcc(Cond.E, done);
        typeTest(c.type(), fail);
        asm.jmp(done);
        asm.bind(fail);
        asm.mov(64, Reg.RDI, Reg.R11);
        asm.leaRip(Reg.RSI, context.stringSymbol(c.type().replace('/', '.')), 0);
        slow.callRuntime("throwClassCast", "(Ljava/lang/Object;Ljava/lang/String;)V");
        asm.bind(done);
    }
}
