package dev.moka.kernel.mm.heap;

import dev.moka.kernel.core.heap.Heap;
import dev.moka.kernel.api.heap.HeapPlan;
import dev.moka.kernel.api.heap.ObjectModel;
import dev.moka.kernel.core.heap.Roots;
import dev.moka.kernel.api.heap.SlotVisitor;
import dev.moka.kernel.api.magic.Magic;

/**
 * A precise, non-moving mark-sweep collector with segregated free lists for small sizes and a
 * first-fit list for large chunks. Compiled code's bump region stays empty, so every allocation
 * comes here.
 *
 * <p>Heap format: from the plan's start, objects and free chunks lie back to back up to {@code top};
 * above it the heap has never been used. An object starts with its class record's address
 * (8-aligned, so even); a free chunk starts with {@code (size << 1) | 1} and keeps its free-list link
 * in its second word. The mark bit is the object model's. The free-list heads, the mark stack and
 * the buffer of ambiguous roots live in a metadata area at the bottom of the plan's range, so
 * collecting never allocates.
 *
 * <p>Roots are precise except for the frames an interrupt stopped (in other kernel threads), whose
 * words are ambiguous: those that are the start of an allocated object are marked, which is safe
 * because nothing moves.
 */
public final class MarkSweepPlan implements HeapPlan {
    private static final int SMALL_LIMIT = 512;
    private static final int SMALL_LISTS = SMALL_LIMIT / 8 + 1;
    private static final int LARGE_LIST = SMALL_LISTS;
    private static final long MARK_STACK_ENTRIES = 30000;
    private static final long LISTS_BYTES = 8L * (SMALL_LISTS + 1);
    /** Words of interrupted frames that point into the heap, checked against object starts. */
    private static final long AMBIGUOUS_ENTRIES = 4096;
    private static final long AMBIGUOUS_OFFSET = LISTS_BYTES + 8 * MARK_STACK_ENTRIES;
    private static final long METADATA_BYTES = AMBIGUOUS_OFFSET + 8 * AMBIGUOUS_ENTRIES;

    private final Marker marker = new Marker();
    private final AmbiguousRoots ambiguousRoots = new AmbiguousRoots();
    private long ambiguousCount;
    private final HeapVerifier verifier = new HeapVerifier();
    private long metadata;
    private long start;
    private long top;
    private long end;
    private long markStackDepth;
    private boolean markStackOverflowed;
    private boolean collecting;
    private long collections;
    private long pauseTotal;
    private long pauseMax;
    private long liveBytes;

    @Override
    public String name() {
        return "mark-sweep";
    }

    @Override
    public void init(long heapStart, long heapEnd) {
        metadata = heapStart;
        start = heapStart + METADATA_BYTES;
        top = start;
        end = heapEnd;
        for (long p = metadata; p < start; p += 8) {
            Magic.store64(p, 0);
        }
    }

    @Override
    public long allocate(long bytes) {
        long address = tryAllocate(bytes);
        if (address == 0 && !collecting) {
            collect();
            address = tryAllocate(bytes);
        }
        if (address == 0) {
            return 0;
        }
        for (long p = address; p < address + bytes; p += 8) {
            Magic.store64(p, 0);
        }
        return address;
    }

    @Override
    public long collections() {
        return collections;
    }

    @Override
    public long pauseCyclesTotal() {
        return pauseTotal;
    }

    @Override
    public long pauseCyclesMax() {
        return pauseMax;
    }

    @Override
    public long liveBytesAfterLastCollection() {
        return liveBytes;
    }

    @Override
    public long metadataBytes() {
        return METADATA_BYTES;
    }

    // ---- allocation ----

    private long tryAllocate(long size) {
        if (size <= SMALL_LIMIT) {
            long head = Magic.load64(metadata + size);
            if (head != 0) {
                Magic.store64(metadata + size, Magic.load64(head + 8));
                return head;
            }
        }
        long previous = 0;
        for (long chunk = Magic.load64(metadata + 8L * LARGE_LIST); chunk != 0; chunk = Magic.load64(chunk + 8)) {
            long chunkSize = Magic.load64(chunk) >>> 1;
            if (chunkSize == size || chunkSize >= size + ObjectModel.MIN_SIZE) {
                long next = Magic.load64(chunk + 8);
                if (previous == 0) {
                    Magic.store64(metadata + 8L * LARGE_LIST, next);
                } else {
                    Magic.store64(previous + 8, next);
                }
                if (chunkSize > size) {
                    addFree(chunk + size, chunkSize - size);
                }
                return chunk;
            }
            previous = chunk;
        }
        if (top + size > end) {
            return 0;
        }
        long address = top;
        top += size;
        return address;
    }

    private void addFree(long chunk, long size) {
        Magic.store64(chunk, (size << 1) | 1);
        long list = size <= SMALL_LIMIT ? metadata + size : metadata + 8L * LARGE_LIST;
        Magic.store64(chunk + 8, Magic.load64(list));
        Magic.store64(list, chunk);
    }

    // ---- collection ----

    /** Runs a full collection: mark from the roots, then sweep the heap into free lists. */
    private void collect() {
        long began = Magic.rdtsc();
        collecting = true;
        Roots.visitStatics(marker);
        ambiguousCount = 0;
        Roots.visitStack(marker, ambiguousRoots);
        markAmbiguous();
        drain();
        while (markStackOverflowed) {
            markStackOverflowed = false;
            rescanMarked();
            drain();
        }
        sweep();
        collections++;
        long pause = Magic.rdtsc() - began;
        pauseTotal += pause;
        if (pause > pauseMax) {
            pauseMax = pause;
        }
        if (Heap.verifyRequested()) {
            verifier.verify(start, top);
        }
        collecting = false;
    }

    /** Marks the object a slot refers to and queues it for scanning. */
    private final class Marker implements SlotVisitor {
        @Override
        public void visit(long slot) {
            push(Magic.load64(slot));
        }
    }

    /**
     * Collects the words of interrupted frames that fall in the heap; they are roots only if they
     * are the start of an object, which {@link #markAmbiguous} checks. Nothing moves, so treating
     * such a word as a root is safe even when it is an integer that happens to look like one.
     */
    private final class AmbiguousRoots implements SlotVisitor {
        @Override
        public void visit(long slot) {
            long word = Magic.load64(slot);
            if (word < start || word >= top || (word & 7) != 0) {
                return;
            }
            if (ambiguousCount == AMBIGUOUS_ENTRIES) {
                markIfObjectStart(word);
                return;
            }
            Magic.store64(metadata + AMBIGUOUS_OFFSET + 8 * ambiguousCount, word);
            ambiguousCount++;
        }
    }

    /** Sorts the collected candidates and marks those that are object starts, in one walk of the heap. */
    private void markAmbiguous() {
        long base = metadata + AMBIGUOUS_OFFSET;
        for (long i = 1; i < ambiguousCount; i++) {
            long word = Magic.load64(base + 8 * i);
            long j = i - 1;
            while (j >= 0 && Magic.load64(base + 8 * j) > word) {
                Magic.store64(base + 8 * (j + 1), Magic.load64(base + 8 * j));
                j--;
            }
            Magic.store64(base + 8 * (j + 1), word);
        }
        long next = 0;
        for (long p = start; p < top && next < ambiguousCount; p += HeapVerifier.sizeAt(p)) {
            while (next < ambiguousCount && Magic.load64(base + 8 * next) < p) {
                next++;
            }
            if (next < ambiguousCount && Magic.load64(base + 8 * next) == p && !HeapVerifier.isFreeChunk(p)) {
                push(p);
            }
        }
    }

    /** The slow way, when the candidate buffer is full: walk the heap for this one word. */
    private void markIfObjectStart(long word) {
        for (long p = start; p < top && p <= word; p += HeapVerifier.sizeAt(p)) {
            if (p == word && !HeapVerifier.isFreeChunk(p)) {
                push(p);
            }
        }
    }

    private void push(long object) {
        if (object < start || object >= top || ObjectModel.isMarked(object)) {
            return;
        }
        ObjectModel.setMarked(object, true);
        if (markStackDepth == MARK_STACK_ENTRIES) {
            markStackOverflowed = true;
            return;
        }
        Magic.store64(metadata + LISTS_BYTES + 8 * markStackDepth, object);
        markStackDepth++;
    }

    private void drain() {
        while (markStackDepth > 0) {
            markStackDepth--;
            ObjectModel.visitReferences(Magic.load64(metadata + LISTS_BYTES + 8 * markStackDepth), marker);
        }
    }

    /** After a mark-stack overflow: scan every marked object again; pushing skips marked referents. */
    private void rescanMarked() {
        for (long p = start; p < top; p += HeapVerifier.sizeAt(p)) {
            if (!HeapVerifier.isFreeChunk(p) && ObjectModel.isMarked(p)) {
                ObjectModel.visitReferences(p, marker);
                drain();
            }
        }
    }

    /**
     * The hot loop of a collection: it visits every object and free chunk, so it reads each header
     * once and decides with plain loads rather than through the object model's helpers.
     */
    private void sweep() {
        for (int i = 0; i <= SMALL_LISTS; i++) {
            Magic.store64(metadata + 8L * i, 0);
        }
        long live = 0;
        long freeStart = 0;
        for (long p = start; p < top; ) {
            long header = Magic.load64(p);
            long size;
            if ((header & 1) != 0) {
                size = header >>> 1;
            } else {
                size = ObjectModel.isArrayClass(header)
                        ? ObjectModel.arraySize(header, Magic.load32(p + ObjectModel.ARRAY_LENGTH))
                        : ObjectModel.instanceSize(header);
                long status = Magic.load64(p + ObjectModel.STATUS);
                if ((status & 1) != 0) {
                    Magic.store64(p + ObjectModel.STATUS, status & ~1L);
                    live += size;
                    if (freeStart != 0) {
                        addFree(freeStart, p - freeStart);
                        freeStart = 0;
                    }
                    p += size;
                    continue;
                }
            }
            if (freeStart == 0) {
                freeStart = p;
            }
            p += size;
        }
        if (freeStart != 0) {
            top = freeStart;
        }
        liveBytes = live;
    }
}
