package dev.moka.kernel.mm.heap;

import dev.moka.kernel.api.heap.ObjectModel;
import dev.moka.kernel.api.heap.SlotVisitor;
import dev.moka.kernel.api.magic.Magic;

/**
 * The mark-sweep plan's debug check, run after every collection when the image asks for it: every
 * object has a plausible size and class, fits below the top, carries no stale mark, and refers only
 * to live objects or to memory outside the collected range. A failure prints what is wrong and
 * where, and stops the program, before the corruption can spread.
 */
final class HeapVerifier {
    private final Checker checker = new Checker();
    private long rangeStart;
    private long rangeTop;
    private long current;

    /** @param p the start of an object or free chunk @return whether it is a free chunk */
    static boolean isFreeChunk(long p) {
        return (Magic.load64(p) & 1) != 0;
    }

    /** @param p the start of an object or free chunk @return its size in bytes */
    static long sizeAt(long p) {
        long header = Magic.load64(p);
        return (header & 1) != 0 ? header >>> 1 : ObjectModel.sizeOf(p);
    }

    /** Checks {@code [start, top)}; made before the plan is installed, so checking allocates nothing until it fails. */
    void verify(long start, long top) {
        rangeStart = start;
        rangeTop = top;
        for (long p = start; p < top; ) {
            long header = Magic.load64(p);
            long size = sizeAt(p);
            if (size < ObjectModel.MIN_SIZE || (size & 7) != 0 || p + size > top || ((header & 1) == 0 && (header & 7) != 0)) {
                corrupt("object at ", p);
            }
            if ((header & 1) == 0) {
                if (ObjectModel.isMarked(p)) {
                    corrupt("mark bit left set at ", p);
                }
                current = p;
                ObjectModel.visitReferences(p, checker);
            }
            p += size;
        }
    }

    private final class Checker implements SlotVisitor {
        @Override
        public void visit(long slot) {
            long to = Magic.load64(slot);
            if (to != 0 && to >= rangeStart && to < rangeTop && isFreeChunk(to)) {
                corrupt("reference to a free chunk from ", current);
            }
        }
    }

    private static void corrupt(String what, long where) {
        throw new IllegalStateException("heap verification failed: " + what + Long.toHexString(where));
    }
}
