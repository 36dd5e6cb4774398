package dev.moka.kernel.api.heap;

import dev.moka.kernel.api.magic.Magic;

/**
 * The roots of a compiled image: the static reference fields (a table the compiler emits) and the
 * frame slots that the compiler's stack maps name for each return address on the current stack.
 * References live across a call are always kept in frame slots, so walking the frame-pointer chain
 * finds every live one; a faulting instruction that may throw has a map at its address plus one,
 * the return address the CPU-exception path gives it.
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

    /**
     * Visits the frame slots holding live references in every frame of the calling thread's stack.
     *
     * @param visitor receives each slot's address
     */
    public static void visitStack(SlotVisitor visitor) {
        visitFrames(framePointer(), visitor);
    }

    /**
     * Visits the live reference slots of the frames above a frame pointer: for each frame, the map
     * of its return address names slots of the caller's frame.
     *
     * @param framePointer a frame's rbp; its saved rbp and return address start the walk
     * @param visitor      receives each slot's address
     */
    public static void visitFrames(long framePointer, SlotVisitor visitor) {
        long maps = stackMaps();
        long rows = Magic.load64(maps);
        for (long fp = framePointer; fp != 0; ) {
            long returnAddress = Magic.load64(fp + 8);
            long caller = Magic.load64(fp);
            long row = findMap(maps, rows, returnAddress);
            if (row != 0) {
                long offsets = Magic.load64(row + 8);
                long n = Magic.load64(row + 16);
                for (long k = 0; k < n; k++) {
                    visitor.visit(caller + Magic.load32(offsets + 4 * k));
                }
            }
            fp = caller;
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
