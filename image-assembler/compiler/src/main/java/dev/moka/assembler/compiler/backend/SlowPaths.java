package dev.moka.assembler.compiler.backend;

import dev.moka.assembler.x86.Assembler;
import dev.moka.assembler.x86.Cond;
import dev.moka.assembler.x86.Label;
import dev.moka.assembler.x86.Reg;
import java.util.ArrayList;
import java.util.List;

/**
 * Out-of-line code for the rare cases (null receivers, bad indexes, division by zero, exhausted
 * heap) placed after a method's body so the common path falls straight through. Each slow path
 * calls into the runtime library, which throws and does not return.
 */
final class SlowPaths {
    private final Assembler asm;
    private final CodeContext context;
    private final List<Runnable> pending = new ArrayList<>();
    private final java.util.Map<java.util.List<Object>, Label> nullPaths = new java.util.HashMap<>();
    private final java.util.Map<Label, int[]> slotsOf = new java.util.HashMap<>();
    private final HandlerRanges ranges;

    private Frame frame;
    private LineTable lineTable;
    private int methodStart;
    private int line = -1;
    private int scope;

    /**
     * @param table       the method's line table, in code order; each slow path adds a row so that a
     *                    trace through it names the source position of the instruction that branched
     *                    to it, not the last one of the body
     * @param startOffset the method's first code position
     */
    void recordLinesIn(LineTable table, int startOffset) {
        this.lineTable = table;
        this.methodStart = startOffset;
    }

    /**
     * @param sourceLine the source line of the instruction being emitted, or -1 when unknown
     * @param scopeNumber its inlined activation's number in the line table, 0 for the method itself
     */
    void setPosition(int sourceLine, int scopeNumber) {
        line = sourceLine;
        scope = scopeNumber;
    }

    /** Binds a slow path's label and gives its code the source position of the instruction that enters it. */
    private void enter(Label label, int sourceLine, int scopeNumber) {
        asm.bind(label);
        if (lineTable != null && (sourceLine > 0 || scopeNumber != 0)) {
            lineTable.add(asm.position() - methodStart, sourceLine, scopeNumber);
        }
    }

    SlowPaths(Assembler asm, CodeContext context, HandlerRanges ranges) {
        this.asm = asm;
        this.context = context;
        this.ranges = ranges;
    }

    /** @param frame the frame whose stack maps slow-path calls record */
    void useFrame(Frame frame) {
        this.frame = frame;
    }

    private String nullMessage;

    /** @param message the helpful NullPointerException message of the instruction being emitted, or null */
    void setNullPointerMessage(String message) {
        nullMessage = message;
    }

    /**
     * @return whether the target turns CPU exceptions in compiled code into Java exceptions (a
     *         kernel image, through the arch pack), so that a faulting instruction can be its own check
     */
    boolean faultsBecomeExceptions() {
        return context.target() == Target.KERNEL;
    }

    /** Jumps to a NullPointerException when {@code r} is zero. */
    void nullCheck(Reg r) {
        if (nullMessage != null) {
            String message = nullMessage;
            asm.test(64, r, r);
            add(Cond.E, () -> {
                asm.leaRip(Reg.RDI, context.stringSymbol(message), 0);
                callRuntime("throwNullPointerMessage", "(Ljava/lang/String;)V");
            });
            return;
        }
        Object handlers = ranges.current();
        int[] slots = frame.referenceSlots();
        int sourceLine = line;
        int scopeNumber = scope;
        // Calls sharing a path share its handlers and its source position.
        java.util.List<Object> key = java.util.Arrays.asList(handlers, sourceLine, scopeNumber);
        Label path = nullPaths.get(key);
        if (path == null || !java.util.Arrays.equals(slotsOf.get(path), slots)) {
            Label l = asm.newLabel();
            path = l;
            nullPaths.put(key, l);
            slotsOf.put(l, slots);
            pending.add(() -> {
                enter(l, sourceLine, scopeNumber);
                frame.setReferenceSlots(slots);
                ranges.around(handlers, () -> callRuntime("throwNullPointer", "()V"));
            });
        }
        asm.test(64, r, r);
        asm.jcc(Cond.E, path);
    }

    /**
     * Adds a slow path entered by a conditional jump.
     *
     * @param when the condition that leads to it, after the caller's compare
     * @param body code that moves the runtime call's arguments into place and calls it
     */
    void add(Cond when, Runnable body) {
        Label l = asm.newLabel();
        Object handlers = ranges.current();
        int[] slots = frame.referenceSlots();
        int sourceLine = line;
        int scopeNumber = scope;
        asm.jcc(when, l);
        pending.add(() -> {
            enter(l, sourceLine, scopeNumber);
            frame.setReferenceSlots(slots);
            ranges.around(handlers, body);
        });
    }

    /** Calls a runtime method that throws; marks the return address unreachable (never reached). */
    void callRuntime(String name, String descriptor) {
        frame.callSymbol(context.runtimeMethod(name, descriptor));
        asm.ud2();
    }

    void emitAll() {
        for (Runnable r : pending) {
            r.run();
        }
    }
}
