package dev.moka.kernel.core.heap;

import dev.moka.kernel.api.heap.InterruptFrames;
import dev.moka.kernel.api.heap.SlotVisitor;
import dev.moka.kernel.api.magic.Magic;

/**
 * The roots of a compiled image: the static reference fields (a table the compiler emits) and the
 * frame slots that the compiler's stack maps name for each return address on the current stack.
 * References live across a call are always kept in frame slots, so walking the frame-pointer chain
 * finds every live one; a faulting instruction that may throw has a map at its address plus one,
 * the return address the CPU-exception path gives it. Frames stopped by an interrupt have no map;
 * their words are reported as ambiguous (see {@link InterruptFrames}).
 */
public final class Roots {
    /** Bytes per stack-map row: return address, slot-offset table, slot count. */
    private static final long MAP_ROW = 24;

    private Roots() {
    }

    /** @param visitor receives the address of every static reference field */
    public static void visitStatics(SlotVisitor visitor) {
        long table = staticReferences();
        long count = Magic.load64(table);
        for (long i = 0; i < count; i++) {
            visitor.visit(Magic.load64(table + 8 + 8 * i));
        }
    }

    private static StackSet stacks;
    private static InterruptFrames interrupts;

    /** @param suspended the stacks of suspended threads, scanned with the running one; null for none */
    public static void setStacks(StackSet suspended) {
        stacks = suspended;
    }

    /** @param frames how the arch pack's interrupt entry lays out a stack; null when nothing interrupts Java code */
    public static void setInterruptFrames(InterruptFrames frames) {
        interrupts = frames;
    }

    /**
     * @return whether a stack walk may meet frames an interrupt stopped, whose words it reports as
     *         ambiguous: true once the image has installed its interrupt frames (a kernel that
     *         preempts), false in a Linux executable
     */
    public static boolean mayMeetInterruptedFrames() {
        return interrupts != null;
    }

    /**
     * Visits the frame slots holding live references in every frame of the calling thread's stack
     * and of every suspended thread's.
     *
     * @param precise   receives the address of each slot a stack map names
     * @param ambiguous receives the address of each word of an interrupted frame, which may or may
     *                  not hold a reference
     */
    public static void visitStack(SlotVisitor precise, SlotVisitor ambiguous) {
        visitFrames(framePointer(), precise, ambiguous);
        StackSet suspended = stacks;
        if (suspended != null) {
            suspended.visitSuspended(precise, ambiguous);
        }
    }

    /**
     * Visits a suspended thread's stack from its saved context: the return address and frame pointer
     * its switch saved, then the frames above.
     *
     * @param returnAddress where the switch returns to
     * @param framePointer  the frame pointer it restores
     * @param precise       receives slots named by stack maps
     * @param ambiguous     receives words of interrupted frames
     */
    public static void visitSavedContext(long returnAddress, long framePointer, SlotVisitor precise,
                                         SlotVisitor ambiguous) {
        long maps = stackMaps();
        long row = findMap(maps, Magic.load64(maps), returnAddress);
        visitRow(row, framePointer, precise);
        visitFramesFrom(framePointer, maps, precise, ambiguous);
    }

    /**
     * Visits the live reference slots of the frames above a frame pointer: for each frame, the map
     * of its return address names slots of the caller's frame; a frame the interrupt entry called
     * hands the interrupted state to {@link InterruptFrames}.
     *
     * @param framePointer a frame's rbp; its saved rbp and return address start the walk
     * @param precise      receives each slot's address
     * @param ambiguous    receives the words of interrupted frames
     */
    public static void visitFrames(long framePointer, SlotVisitor precise, SlotVisitor ambiguous) {
        visitFramesFrom(framePointer, stackMaps(), precise, ambiguous);
    }

    private static void visitFramesFrom(long framePointer, long maps, SlotVisitor precise, SlotVisitor ambiguous) {
        long rows = Magic.load64(maps);
        InterruptFrames frames = interrupts;
        long interruptReturn = frames == null ? 0 : frames.entryReturnAddress();
        for (long fp = framePointer; fp != 0; ) {
            long returnAddress = Magic.load64(fp + 8);
            long caller = Magic.load64(fp);
            if (interruptReturn != 0 && returnAddress == interruptReturn) {
                frames.visitInterrupted(fp, ambiguous);
            } else {
                visitRow(findMap(maps, rows, returnAddress), caller, precise);
            }
            fp = caller;
        }
    }

    private static void visitRow(long row, long callerFramePointer, SlotVisitor precise) {
        if (row == 0) {
            return;
        }
        long offsets = Magic.load64(row + 8);
        long n = Magic.load64(row + 16);
        for (long k = 0; k < n; k++) {
            precise.visit(callerFramePointer + Magic.load32(offsets + 4 * k));
        }
    }

    /** Binary search: the compiler emits the rows in code order, so they are sorted by address. */
    private static long findMap(long maps, long rows, long returnAddress) {
        long low = 0;
        long high = rows - 1;
        while (low <= high) {
            long mid = (low + high) >>> 1;
            long row = maps + 8 + MAP_ROW * mid;
            long key = Magic.load64(row);
            if (key == returnAddress) {
                return row;
            }
            if (Long.compareUnsigned(key, returnAddress) < 0) {
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return 0;
    }

    /** @return the address of the static-reference table: a count, then the address of each field */
    static long staticReferences() {
        throw new UnsupportedOperationException("compiled images only");
    }

    /** @return the address of the stack-map table: a count, then rows (return address, offsets, count) */
    static long stackMaps() {
        throw new UnsupportedOperationException("compiled images only");
    }

    /** @return the caller's frame pointer */
    static long framePointer() {
        throw new UnsupportedOperationException("compiled images only");
    }
}
