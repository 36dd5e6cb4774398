package dev.moka.assembler.compiler.backend;

import dev.moka.assembler.compiler.ir.Insn;
import dev.moka.assembler.compiler.ir.VReg;
import dev.moka.assembler.compiler.model.ObjectLayout;
import dev.moka.assembler.x86.AluOp;
import dev.moka.assembler.x86.Assembler;
import dev.moka.assembler.x86.Cond;
import dev.moka.assembler.x86.Label;
import dev.moka.assembler.x86.Mem;
import dev.moka.assembler.x86.Reg;
import dev.moka.assembler.x86.ShiftOp;

/**
 * Inline code for intrinsics: the kernel API's magic layer (memory, ports, CPU control) and the
 * runtime library's seam to the target (console byte, exit, identity hash, class name).
 */
final class IntrinsicCode {
    /** QEMU's isa-debug-exit port and the values that mean success and failure. */
    static final int EXIT_PORT = 0xf4;
    static final int EXIT_SUCCESS = 0x10;
    static final int EXIT_FAILURE = 0x11;
    private static final int COM1 = 0x3f8;
    private static final int COM1_LINE_STATUS = COM1 + 5;

    private IntrinsicCode() {
    }

    static void emit(Assembler asm, Frame frame, CodeContext context, ObjectCode objects, Insn.Intrinsic in) {
        VReg dst = in.dst();
        switch (in.name()) {
            case "magic.load8", "magic.load16", "magic.load32", "magic.load64" -> {
                Reg address = frame.use(in.args().get(0), Reg.R11);
                Mem m = Mem.of(address, 0);
                // A fault here (the null page) becomes a NullPointerException in this frame.
                frame.recordFaultStackMap();
                switch (in.name()) {
                    case "magic.load8" -> asm.movzx(32, Reg.RAX, 8, m);
                    case "magic.load16" -> asm.movzx(32, Reg.RAX, 16, m);
                    case "magic.load32" -> asm.mov(32, Reg.RAX, m);
                    default -> asm.mov(64, Reg.RAX, m);
                }
                frame.define(dst, Reg.RAX);
            }
            case "magic.store8", "magic.store16", "magic.store32", "magic.store64" -> {
                Reg address = frame.use(in.args().get(0), Reg.R11);
                Reg value = frame.use(in.args().get(1), Reg.RAX);
                int bits = Integer.parseInt(in.name().substring("magic.store".length()));
                frame.recordFaultStackMap();
                asm.mov(bits, Mem.of(address, 0), value);
            }
            case "magic.compareAndSet64" -> {
                frame.loadInto(Reg.R11, in.args().get(0));
                frame.loadInto(Reg.RAX, in.args().get(1));
                frame.loadInto(Reg.RCX, in.args().get(2));
                frame.recordFaultStackMap();
                asm.lockCmpxchg(64, Mem.of(Reg.R11, 0), Reg.RCX);
                asm.setcc(Cond.E, Reg.RAX);
                asm.movzx(32, Reg.RAX, 8, Reg.RAX);
                frame.define(dst, Reg.RAX);
            }
            case "magic.inb", "magic.inl" -> {
                frame.loadInto(Reg.RDX, in.args().get(0));
                asm.inDx(in.name().equals("magic.inb") ? 8 : 32);
                if (in.name().equals("magic.inb")) {
                    asm.movzx(32, Reg.RAX, 8, Reg.RAX);
                }
                frame.define(dst, Reg.RAX);
            }
            case "magic.outb", "magic.outl" -> {
                frame.loadInto(Reg.RDX, in.args().get(0));
                frame.loadInto(Reg.RAX, in.args().get(1));
                asm.outDx(in.name().equals("magic.outb") ? 8 : 32);
            }
            case "magic.hlt" -> asm.hlt();
            case "magic.cli" -> asm.cli();
            case "magic.sti" -> asm.sti();
            case "magic.rdtsc" -> {
                asm.rdtsc();
                asm.shiftImm(ShiftOp.SHL, 64, Reg.RDX, 32);
                asm.alu(AluOp.OR, 64, Reg.RAX, Reg.RDX);
                frame.define(dst, Reg.RAX);
            }
            case "rt.identityHashCode" -> {
                // Objects do not move yet, so the address is a stable identity; mix it so that
                // neighbouring objects do not get neighbouring hashes.
                frame.loadInto(Reg.RAX, in.args().get(0));
                asm.shiftImm(ShiftOp.SHR, 64, Reg.RAX, 3);
                asm.imulImm(32, Reg.RAX, Reg.RAX, 0x9E3779B1);
                asm.shiftImm(ShiftOp.SHR, 32, Reg.RAX, 1);
                frame.define(dst, Reg.RAX);
            }
            case "rt.className" -> {
                frame.loadInto(Reg.RAX, in.args().get(0));
                asm.mov(64, Reg.RAX, Mem.of(Reg.RAX, ObjectLayout.CLASS_OFFSET));
                asm.mov(64, Reg.RAX, Mem.of(Reg.RAX, ObjectLayout.CI_NAME));
                frame.define(dst, Reg.RAX);
            }
            case "rt.writeError" -> writeError(asm, frame, context.target(), in.args().get(0));
            case "rt.addressOf", "rt.objectAt" -> {
                frame.loadInto(Reg.RAX, in.args().get(0));
                frame.define(dst, Reg.RAX);
            }
            case "rt.load8", "rt.load32", "rt.load64" -> {
                Reg address = frame.use(in.args().get(0), Reg.R11);
                switch (in.name()) {
                    case "rt.load8" -> asm.movzx(32, Reg.RAX, 8, Mem.of(address, 0));
                    case "rt.load32" -> asm.mov(32, Reg.RAX, Mem.of(address, 0));
                    default -> asm.mov(64, Reg.RAX, Mem.of(address, 0));
                }
                frame.define(dst, Reg.RAX);
            }
            case "rt.memmove", "magic.copy" -> {
                frame.push(in.args().get(0));
                frame.push(in.args().get(1));
                frame.push(in.args().get(2));
                asm.pop(Reg.RCX);
                asm.pop(Reg.R11);
                asm.pop(Reg.RAX);
                smallCopyOrMemmove(asm);
            }
            case "magic.copyToArray" -> {
                // (from, array, offset, length): destination = array + base + offset
                for (int i = 0; i < 4; i++) {
                    frame.push(in.args().get(i));
                }
                asm.pop(Reg.RCX);
                asm.pop(Reg.RDX);
                asm.movsx(64, Reg.RCX, 32, Reg.RCX);
                asm.movsx(64, Reg.RDX, 32, Reg.RDX);
                asm.pop(Reg.RAX);
                asm.lea(Reg.RAX, Mem.of(Reg.RAX, Reg.RDX, 1, ObjectLayout.ARRAY_BASE));
                asm.pop(Reg.R11);
                frame.recordFaultStackMap();
                memmove(asm);
            }
            case "magic.copyFromArray" -> {
                // (array, offset, to, length): source = array + base + offset
                for (int i = 0; i < 4; i++) {
                    frame.push(in.args().get(i));
                }
                asm.pop(Reg.RCX);
                asm.movsx(64, Reg.RCX, 32, Reg.RCX);
                asm.pop(Reg.RAX);
                asm.pop(Reg.RDX);
                asm.movsx(64, Reg.RDX, 32, Reg.RDX);
                asm.pop(Reg.R11);
                asm.lea(Reg.R11, Mem.of(Reg.R11, Reg.RDX, 1, ObjectLayout.ARRAY_BASE));
                frame.recordFaultStackMap();
                memmove(asm);
            }
            case "magic.leadingZeroWords" -> {
                frame.push(in.args().get(0));
                frame.push(in.args().get(1));
                asm.pop(Reg.RCX);
                asm.pop(Reg.R11);
                asm.push(Reg.RDI);
                asm.mov(64, Reg.RDI, Reg.R11);
                asm.mov(64, Reg.RDX, Reg.RCX);
                asm.alu(AluOp.XOR, 32, Reg.RAX, Reg.RAX);
                Label allZero = asm.newLabel();
                Label counted = asm.newLabel();
                asm.test(64, Reg.RCX, Reg.RCX);
                asm.jcc(Cond.E, allZero);
                frame.recordFaultStackMap();
                asm.repeScas(64);
                asm.jcc(Cond.E, allZero);
                // Stopped at a word that is not zero: it was number total - RCX - 1.
                asm.mov(64, Reg.RAX, Reg.RDX);
                asm.alu(AluOp.SUB, 64, Reg.RAX, Reg.RCX);
                asm.aluImm(AluOp.SUB, 64, Reg.RAX, 1);
                asm.jmp(counted);
                asm.bind(allZero);
                asm.mov(64, Reg.RAX, Reg.RDX);
                asm.bind(counted);
                asm.pop(Reg.RDI);
                frame.define(dst, Reg.RAX);
            }
            case "magic.zero" -> {
                frame.push(in.args().get(0));
                frame.push(in.args().get(1));
                asm.pop(Reg.RCX);
                asm.pop(Reg.R11);
                asm.push(Reg.RDI);
                asm.mov(64, Reg.RDI, Reg.R11);
                asm.mov(64, Reg.RDX, Reg.RCX);
                asm.shiftImm(ShiftOp.SHR, 64, Reg.RCX, 3);
                asm.alu(AluOp.XOR, 32, Reg.RAX, Reg.RAX);
                asm.repStos(64);
                asm.mov(64, Reg.RCX, Reg.RDX);
                asm.aluImm(AluOp.AND, 64, Reg.RCX, 7);
                asm.repStos(8);
                asm.pop(Reg.RDI);
            }
            case "fp.doubleToRawLongBits", "fp.floatToRawIntBits" -> {
                dev.moka.assembler.x86.Xmm x = frame.useX(in.args().get(0), dev.moka.assembler.x86.Xmm.XMM0);
                if (in.name().equals("fp.doubleToRawLongBits")) {
                    asm.movqFromXmm(Reg.RAX, x);
                } else {
                    asm.movdFromXmm(Reg.RAX, x);
                }
                frame.define(dst, Reg.RAX);
            }
            case "fp.longBitsToDouble", "fp.intBitsToFloat" -> {
                frame.loadInto(Reg.RAX, in.args().get(0));
                if (in.name().equals("fp.longBitsToDouble")) {
                    asm.movqToXmm(dev.moka.assembler.x86.Xmm.XMM0, Reg.RAX);
                } else {
                    asm.movdToXmm(dev.moka.assembler.x86.Xmm.XMM0, Reg.RAX);
                }
                frame.defineX(dst, dev.moka.assembler.x86.Xmm.XMM0);
            }
            case "fp.sqrt" -> {
                asm.sqrtsd(dev.moka.assembler.x86.Xmm.XMM0, frame.useX(in.args().get(0), dev.moka.assembler.x86.Xmm.XMM1));
                frame.defineX(dst, dev.moka.assembler.x86.Xmm.XMM0);
            }
            case "rt.allocateArray" -> objects.allocateArray(in.args().get(0), in.args().get(1), dst);
            case "heap.words" -> {
                asm.leaRip(Reg.RAX, Symbols.HEAP_POINTER, 0);
                frame.define(dst, Reg.RAX);
            }
            case "heap.stackMaps" -> {
                asm.leaRip(Reg.RAX, Symbols.STACK_MAPS, 0);
                frame.define(dst, Reg.RAX);
            }
            case "heap.staticReferences" -> {
                asm.leaRip(Reg.RAX, Symbols.STATIC_REFERENCES, 0);
                frame.define(dst, Reg.RAX);
            }
            case "heap.verifyRequested" -> {
                asm.movImm(32, Reg.RAX, context.verifyHeap() ? 1 : 0);
                frame.define(dst, Reg.RAX);
            }
            case "heap.outOfMemory" -> frame.callSymbol(context.runtimeMethod("throwOutOfMemory", "()V"));
            case "rt.methodTable" -> {
                asm.leaRip(Reg.RAX, Symbols.METHOD_TABLE, 0);
                frame.define(dst, Reg.RAX);
            }
            case "rt.framePointer" -> frame.define(dst, Reg.RBP);
            case "rt.classOf" -> {
                frame.loadInto(Reg.RAX, in.args().get(0));
                asm.mov(64, Reg.RAX, Mem.of(Reg.RAX, ObjectLayout.CLASS_OFFSET));
                asm.mov(64, Reg.RAX, Mem.of(Reg.RAX, ObjectLayout.CI_CLASS_OBJECT));
                frame.define(dst, Reg.RAX);
            }
            case "rt.invokeValues" -> {
                frame.loadInto(Reg.RAX, in.args().get(0));
                frame.call(Reg.RAX);
                frame.define(dst, Reg.RAX);
            }
            case "rt.exceptionTable" -> {
                asm.leaRip(Reg.RAX, Symbols.EXCEPTION_TABLE, 0);
                frame.define(dst, Reg.RAX);
            }
            case "rt.nanoTime", "rt.currentTimeMillis" -> clock(asm, frame, context.target(), in);
            case "io.write" -> write(asm, frame, context.target(), in);
            case "io.read" -> read(asm, frame, context.target(), in);
            case "rt.exit" -> exit(asm, frame, context.target(), in.args().get(0));
            case "sys.call" -> systemCall(asm, frame, in);
            case "sys.address" -> {
                // The address of an array's first element; the heap plans do not move objects.
                Reg array = frame.use(in.args().get(0), Reg.R11);
                asm.lea(Reg.RAX, Mem.of(array, dev.moka.assembler.compiler.model.ObjectLayout.ARRAY_BASE));
                frame.define(dst, Reg.RAX);
            }
            default -> {
                if (!in.name().startsWith(dev.moka.assembler.compiler.ir.Intrinsics.ARCH_ROUTINE)) {
                    throw new IllegalStateException("unknown intrinsic " + in.name());
                }
                archRoutine(asm, frame, in);
            }
        }
    }

    /** A call to an assembly routine of the arch pack, with the Java calling convention. */
    private static void archRoutine(Assembler asm, Frame frame, Insn.Intrinsic in) {
        if (in.args().size() > Frame.ARG_REGS.length) {
            throw new IllegalStateException(in.name() + " takes more arguments than fit in registers");
        }
        for (VReg arg : in.args()) {
            frame.push(arg);
        }
        for (int i = in.args().size() - 1; i >= 0; i--) {
            asm.pop(Frame.ARG_REGS[i]);
        }
        frame.callSymbol(in.name());
        if (in.dst() != null) {
            frame.define(in.dst(), Reg.RAX);
        }
    }

    /**
     * Copies RCX bytes from R11 to RAX as {@link #memmove} does, but up to 16 bytes without string
     * moves: their start-up costs tens of cycles, which dominated copies of a few chars (a
     * one-character {@code substring}, a short {@code StringBuilder} append). Each size range loads
     * the first and the last bytes it needs, overlapping in the middle, and stores them only after
     * both loads, so overlapping ranges move correctly too.
     */
    private static void smallCopyOrMemmove(Assembler asm) {
        Label large = asm.newLabel();
        Label below8 = asm.newLabel();
        Label below4 = asm.newLabel();
        Label below2 = asm.newLabel();
        Label done = asm.newLabel();
        asm.aluImm(AluOp.CMP, 64, Reg.RCX, 16);
        asm.jcc(Cond.A, large);
        asm.push(Reg.RSI);
        asm.aluImm(AluOp.CMP, 64, Reg.RCX, 8);
        asm.jcc(Cond.B, below8);
        smallPair(asm, 64);
        asm.jmp(done);
        asm.bind(below8);
        asm.aluImm(AluOp.CMP, 64, Reg.RCX, 4);
        asm.jcc(Cond.B, below4);
        smallPair(asm, 32);
        asm.jmp(done);
        asm.bind(below4);
        asm.aluImm(AluOp.CMP, 64, Reg.RCX, 2);
        asm.jcc(Cond.B, below2);
        smallPair(asm, 16);
        asm.jmp(done);
        asm.bind(below2);
        asm.test(64, Reg.RCX, Reg.RCX);
        asm.jcc(Cond.E, done);
        asm.movzx(32, Reg.RDX, 8, Mem.of(Reg.R11, 0));
        asm.mov(8, Mem.of(Reg.RAX, 0), Reg.RDX);
        asm.bind(done);
        asm.pop(Reg.RSI);
        Label end = asm.newLabel();
        asm.jmp(end);
        asm.bind(large);
        memmove(asm);
        asm.bind(end);
    }

    /** The first and the last {@code bits / 8} bytes of R11's RCX bytes, loaded into RDX and RSI, then stored at RAX. */
    private static void smallPair(Assembler asm, int bits) {
        int bytes = bits / 8;
        if (bits >= 32) {
            asm.mov(bits, Reg.RDX, Mem.of(Reg.R11, 0));
            asm.mov(bits, Reg.RSI, Mem.of(Reg.R11, Reg.RCX, 1, -bytes));
        } else {
            asm.movzx(32, Reg.RDX, bits, Mem.of(Reg.R11, 0));
            asm.movzx(32, Reg.RSI, bits, Mem.of(Reg.R11, Reg.RCX, 1, -bytes));
        }
        asm.mov(bits, Mem.of(Reg.RAX, 0), Reg.RDX);
        asm.mov(bits, Mem.of(Reg.RAX, Reg.RCX, 1, -bytes), Reg.RSI);
    }

    /**
     * Copies RCX bytes from R11 to RAX, forwards or backwards so that overlapping ranges move
     * correctly: eight bytes per string-move step, then the rest one by one. RSI and RDI, which
     * string moves use, are kept.
     */
    private static void memmove(Assembler asm) {
        asm.push(Reg.RSI);
        asm.push(Reg.RDI);
        asm.mov(64, Reg.RDI, Reg.RAX);
        asm.mov(64, Reg.RSI, Reg.R11);
        asm.mov(64, Reg.RDX, Reg.RCX);
        Label forwards = asm.newLabel();
        Label backwards = asm.newLabel();
        Label done = asm.newLabel();
        // Downwards only when the destination starts inside the source.
        asm.alu(AluOp.CMP, 64, Reg.RDI, Reg.RSI);
        asm.jcc(Cond.BE, forwards);
        asm.lea(Reg.RAX, Mem.of(Reg.RSI, Reg.RCX, 1, 0));
        asm.alu(AluOp.CMP, 64, Reg.RDI, Reg.RAX);
        asm.jcc(Cond.B, backwards);
        asm.bind(forwards);
        asm.shiftImm(ShiftOp.SHR, 64, Reg.RCX, 3);
        asm.repMovs(64);
        asm.mov(64, Reg.RCX, Reg.RDX);
        asm.aluImm(AluOp.AND, 64, Reg.RCX, 7);
        asm.repMovs(8);
        asm.jmp(done);
        asm.bind(backwards);
        // Downwards: the words from the top, then the bytes below them, with the direction flag set.
        asm.std();
        asm.lea(Reg.RSI, Mem.of(Reg.RSI, Reg.RCX, 1, -8));
        asm.lea(Reg.RDI, Mem.of(Reg.RDI, Reg.RCX, 1, -8));
        asm.shiftImm(ShiftOp.SHR, 64, Reg.RCX, 3);
        asm.repMovs(64);
        asm.aluImm(AluOp.ADD, 64, Reg.RSI, 7);
        asm.aluImm(AluOp.ADD, 64, Reg.RDI, 7);
        asm.mov(64, Reg.RCX, Reg.RDX);
        asm.aluImm(AluOp.AND, 64, Reg.RCX, 7);
        asm.repMovs(8);
        asm.cld();
        asm.bind(done);
        asm.pop(Reg.RDI);
        asm.pop(Reg.RSI);
    }

    /** nanoTime and currentTimeMillis: clock_gettime on Linux, the time-stamp counter in a kernel. */
    private static void clock(Assembler asm, Frame frame, Target target, Insn.Intrinsic in) {
        boolean nanos = in.name().equals("rt.nanoTime");
        if (target == Target.KERNEL) {
            asm.rdtsc();
            asm.shiftImm(ShiftOp.SHL, 64, Reg.RDX, 32);
            asm.alu(AluOp.OR, 64, Reg.RAX, Reg.RDX);
            frame.define(in.dst(), Reg.RAX);
            return;
        }
        asm.push(Reg.RDI);
        asm.push(Reg.RSI);
        asm.aluImm(AluOp.SUB, 64, Reg.RSP, 16);
        asm.movImm(32, Reg.RAX, target.abi().clockGettime());
        asm.movImm(32, Reg.RDI, nanos ? target.abi().monotonicClock() : target.abi().realtimeClock());
        asm.mov(64, Reg.RSI, Reg.RSP);
        asm.syscall();
        asm.mov(64, Reg.RAX, Mem.of(Reg.RSP, 0));
        asm.mov(64, Reg.RCX, Mem.of(Reg.RSP, 8));
        if (nanos) {
            asm.imulImm(64, Reg.RAX, Reg.RAX, 1_000_000_000);
            asm.alu(AluOp.ADD, 64, Reg.RAX, Reg.RCX);
        } else {
            asm.imulImm(64, Reg.RAX, Reg.RAX, 1000);
            asm.mov(64, Reg.R11, Reg.RAX);
            asm.mov(64, Reg.RAX, Reg.RCX);
            asm.movImm(32, Reg.RCX, 1_000_000);
            asm.cqo();
            asm.idiv(64, Reg.RCX);
            asm.alu(AluOp.ADD, 64, Reg.RAX, Reg.R11);
        }
        asm.aluImm(AluOp.ADD, 64, Reg.RSP, 16);
        asm.pop(Reg.RSI);
        asm.pop(Reg.RDI);
        frame.define(in.dst(), Reg.RAX);
    }

    /** MokaIo.write(fd, byte[] bytes, count): one write system call (retried until done), or the console. */
    private static void write(Assembler asm, Frame frame, Target target, Insn.Intrinsic in) {
        frame.push(in.args().get(0));
        frame.push(in.args().get(1));
        frame.push(in.args().get(2));
        asm.pop(Reg.RCX);
        asm.pop(Reg.R11);
        asm.pop(Reg.RAX);
        asm.push(Reg.RDI);
        asm.push(Reg.RSI);
        asm.push(Reg.R8);
        asm.push(Reg.R9);
        // R8 = fd, R9 = next byte's address, RCX = bytes left
        asm.mov(64, Reg.R8, Reg.RAX);
        asm.lea(Reg.R9, Mem.of(Reg.R11, dev.moka.assembler.compiler.model.ObjectLayout.ARRAY_BASE));
        asm.mov(32, Reg.RCX, Reg.RCX);
        Label loop = asm.newLabel();
        Label done = asm.newLabel();
        asm.bind(loop);
        asm.test(64, Reg.RCX, Reg.RCX);
        asm.jcc(Cond.E, done);
        if (target == Target.KERNEL) {
            Label wait = asm.newLabel();
            asm.movImm(32, Reg.RDX, COM1_LINE_STATUS);
            asm.bind(wait);
            asm.inDx(8);
            asm.testImm(32, Reg.RAX, 0x20);
            asm.jcc(Cond.E, wait);
            asm.movImm(32, Reg.RDX, COM1);
            asm.movzx(32, Reg.RAX, 8, Mem.of(Reg.R9, 0));
            asm.outDx(8);
            asm.aluImm(AluOp.ADD, 64, Reg.R9, 1);
            asm.aluImm(AluOp.SUB, 64, Reg.RCX, 1);
        } else {
            asm.push(Reg.RCX);
            asm.movImm(32, Reg.RAX, target.abi().write());
            asm.mov(64, Reg.RDI, Reg.R8);
            asm.mov(64, Reg.RSI, Reg.R9);
            asm.mov(64, Reg.RDX, Reg.RCX);
            asm.syscall();
            asm.pop(Reg.RCX);
            asm.test(64, Reg.RAX, Reg.RAX);
            asm.jcc(Cond.LE, done);
            asm.alu(AluOp.ADD, 64, Reg.R9, Reg.RAX);
            asm.alu(AluOp.SUB, 64, Reg.RCX, Reg.RAX);
        }
        asm.jmp(loop);
        asm.bind(done);
        asm.pop(Reg.R9);
        asm.pop(Reg.R8);
        asm.pop(Reg.RSI);
        asm.pop(Reg.RDI);
    }

    /**
     * MokaIo.read(fd, byte[] bytes, offset, length): one read system call into the array, giving the
     * number of bytes read, or -1 at the end of the input or on an error. A kernel has no standard
     * input: there it is always at its end.
     */
    private static void read(Assembler asm, Frame frame, Target target, Insn.Intrinsic in) {
        if (target == Target.KERNEL) {
            asm.movImm(64, Reg.RAX, -1);
            frame.define(in.dst(), Reg.RAX);
            return;
        }
        for (VReg arg : in.args()) {
            frame.push(arg);
        }
        asm.pop(Reg.RDX);
        asm.pop(Reg.RCX);
        asm.pop(Reg.R11);
        asm.pop(Reg.RAX);
        asm.push(Reg.RDI);
        asm.push(Reg.RSI);
        asm.mov(64, Reg.RDI, Reg.RAX);
        asm.movsx(64, Reg.RCX, 32, Reg.RCX);
        asm.lea(Reg.RSI, Mem.of(Reg.R11, dev.moka.assembler.compiler.model.ObjectLayout.ARRAY_BASE));
        asm.alu(AluOp.ADD, 64, Reg.RSI, Reg.RCX);
        asm.mov(32, Reg.RDX, Reg.RDX);
        asm.movImm(32, Reg.RAX, target.abi().read());
        asm.syscall();
        Label done = asm.newLabel();
        asm.test(64, Reg.RAX, Reg.RAX);
        asm.jcc(Cond.G, done);
        asm.movImm(64, Reg.RAX, -1);
        asm.bind(done);
        asm.pop(Reg.RSI);
        asm.pop(Reg.RDI);
        frame.define(in.dst(), Reg.RAX);
    }

    /**
     * {@code RawSyscall.call(number, a, b, c, d, e, f)}: the {@code syscall} instruction with the
     * number in rax and the arguments in rdi, rsi, rdx, r10, r8, r9, giving rax. The instruction
     * clobbers rcx and r11; the argument registers the code around it may hold are saved and
     * restored here.
     */
    private static void systemCall(Assembler asm, Frame frame, Insn.Intrinsic in) {
        for (VReg arg : in.args()) {
            frame.push(arg);
        }
        Reg[] saved = {Reg.RDI, Reg.RSI, Reg.R8, Reg.R9, Reg.R10};
        for (Reg r : saved) {
            asm.push(r);
        }
        // Above the saved registers: f, e, d, c, b, a, number (the last argument was pushed last).
        int base = 8 * saved.length;
        Reg[] order = {Reg.R9, Reg.R8, Reg.R10, Reg.RDX, Reg.RSI, Reg.RDI, Reg.RAX};
        for (int i = 0; i < order.length; i++) {
            asm.mov(64, order[i], Mem.of(Reg.RSP, base + 8 * i));
        }
        asm.syscall();
        for (int i = saved.length - 1; i >= 0; i--) {
            asm.pop(saved[i]);
        }
        asm.aluImm(AluOp.ADD, 64, Reg.RSP, 8 * order.length);
        frame.define(in.dst(), Reg.RAX);
    }

    private static void writeError(Assembler asm, Frame frame, Target target, VReg value) {
        if (target == Target.KERNEL) {
            frame.loadInto(Reg.R11, value);
            Label wait = asm.newLabel();
            asm.movImm(32, Reg.RDX, COM1_LINE_STATUS);
            asm.bind(wait);
            asm.inDx(8);
            asm.testImm(32, Reg.RAX, 0x20);
            asm.jcc(Cond.E, wait);
            asm.movImm(32, Reg.RDX, COM1);
            asm.mov(32, Reg.RAX, Reg.R11);
            asm.outDx(8);
        } else {
            // write(2, &byte, 1) with the byte in a stack slot; the syscall clobbers RCX and R11.
            frame.loadInto(Reg.RAX, value);
            asm.push(Reg.RDI);
            asm.push(Reg.RSI);
            asm.push(Reg.RAX);
            asm.movImm(32, Reg.RAX, target.abi().write());
            asm.movImm(32, Reg.RDI, 2);
            asm.mov(64, Reg.RSI, Reg.RSP);
            asm.movImm(32, Reg.RDX, 1);
            asm.syscall();
            asm.pop(Reg.RAX);
            asm.pop(Reg.RSI);
            asm.pop(Reg.RDI);
        }
    }

    private static void exit(Assembler asm, Frame frame, Target target, VReg status) {
        frame.loadInto(Reg.RAX, status);
        if (target == Target.KERNEL) {
            Label failure = asm.newLabel();
            Label out = asm.newLabel();
            asm.test(32, Reg.RAX, Reg.RAX);
            asm.jcc(Cond.NE, failure);
            asm.movImm(32, Reg.RAX, EXIT_SUCCESS);
            asm.jmp(out);
            asm.bind(failure);
            asm.movImm(32, Reg.RAX, EXIT_FAILURE);
            asm.bind(out);
            asm.movImm(32, Reg.RDX, EXIT_PORT);
            asm.outDx(8);
            Label halt = asm.newLabel();
            asm.bind(halt);
            asm.cli();
            asm.hlt();
            asm.jmp(halt);
        } else {
            asm.mov(32, Reg.RDI, Reg.RAX);
            asm.movImm(32, Reg.RAX, target.abi().exit());
            asm.syscall();
            asm.ud2();
        }
    }
}
