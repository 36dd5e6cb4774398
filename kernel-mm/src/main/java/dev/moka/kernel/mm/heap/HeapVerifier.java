package dev.moka.kernel.mm.heap;

import dev.moka.kernel.api.heap.ObjectModel;
import dev.moka.kernel.api.heap.SlotVisitor;
import dev.moka.kernel.api.magic.Magic;

/**
 * The mark-sweep plan's debug check, run in every collection between marking and sweeping when the
 * image asks for it. Every block of the heap must have a plausible header and size and fit below the
 * top; every marked object, which the sweep will keep, may refer only to the start of a marked object
 * (per the {@link ObjectStarts} the plan built from the same walk) or to memory outside the collected
 * range. A reference from a
 * kept object to one the sweep will free is exactly how a collector loses an object, so it is caught
 * here, before the memory is handed out again. A failure is recorded (the heap may be too full to
 * allocate an exception mid-collection) and {@link #throwIfFailed()}, called once the collection is
 * over, throws naming what is wrong and where; the kernel ends the run with failure status.
 */
final class HeapVerifier {
    private final Checker checker = new Checker();
    private ObjectStarts starts;
    private long rangeStart;
    private long rangeTop;
    private long current;
    private String failure;
    private long failedAt;
    private long failedTo;

    /** @param p the start of an object or free chunk @return whether it is a free chunk */
    static boolean isFreeChunk(long p) {
        return (Magic.load64(p) & 1) != 0;
    }

    /** @param p the start of an object or free chunk @return its size in bytes */
    static long sizeAt(long p) {
        long header = Magic.load64(p);
        return (header & 1) != 0 ? header >>> 1 : ObjectModel.sizeOf(p);
    }

    /**
     * Checks {@code [start, top)} after marking; made before the plan is installed, so checking
     * allocates nothing until it fails.
     *
     * @param start      first byte of the collected range
     * @param top        end of the used part of it
     * @param objectStarts where objects start, built for this collection
     */
    void verifyMarked(long start, long top, ObjectStarts objectStarts) {
        failure = null;
        starts = objectStarts;
        rangeStart = start;
        rangeTop = top;
        for (long p = start; p < top; ) {
            // The walk reads each header once, as the sweep does; only kept objects are looked into.
            long header = Magic.load64(p);
            long size;
            boolean object = (header & 1) == 0;
            if (!object) {
                size = header >>> 1;
            } else if ((header & 7) != 0 || header == 0) {
                fail("implausible header at ", p, 0);
                return;
            } else {
                size = ObjectModel.isArrayClass(header)
                        ? ObjectModel.arraySize(header, Magic.load32(p + ObjectModel.ARRAY_LENGTH))
                        : ObjectModel.instanceSize(header);
            }
            // A free chunk may be a single word: the end of a bump region too short for an object.
            if (size < (object ? ObjectModel.MIN_SIZE : 8) || (size & 7) != 0 || p + size > top) {
                fail("implausible block at ", p, 0);
                return;
            }
            if (object && (Magic.load64(p + ObjectModel.STATUS) & 1) != 0) {
                current = p;
                ObjectModel.visitReferences(p, checker);
            }
            if (failed()) {
                return;
            }
            p += size;
        }
    }

    private final class Checker implements SlotVisitor {
        @Override
        public void visit(long slot) {
            long to = Magic.load64(slot);
            if (to != 0 && to >= rangeStart && to < rangeTop && !(starts.isSet(to) && ObjectModel.isMarked(to))) {
                fail("a kept object refers to one the sweep would free: ", current, to);
            }
        }
    }

    private void fail(String what, long where, long to) {
        if (failure == null) {
            failure = what;
            failedAt = where;
            failedTo = to;
        }
    }

    private boolean failed() {
        return failure != null;
    }

    /** Throws what the last check found wrong, if anything; call when allocating is safe again. */
    void throwIfFailed() {
        if (failure != null) {
            throw new IllegalStateException("heap verification failed: " + failure + Long.toHexString(failedAt)
                    + (failedTo == 0 ? "" : " -> " + Long.toHexString(failedTo)));
        }
    }
}
