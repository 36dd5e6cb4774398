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
 * the {@link ObjectStarts} bitmap live in a metadata area at the bottom of the plan's range, so
 * collecting never allocates.
 *
 * <p>Allocation bumps through one free chunk at a time (the <em>region</em>, taken from the large
 * list), and uses the exact-size small lists and the large list otherwise.
 *
 * <p>A collection only marks; the sweep is lazy. It starts empty free lists, and allocations sweep
 * on from where the last one stopped, {@value #SWEEP_STEP} bytes of heap at a time, until a freed
 * chunk fits; only when the whole heap is swept does the plan take fresh memory above {@code top},
 * and only when that runs out does it collect again. So the pause is the marking of what is live,
 * and the cost of reclaiming the dead is paid in small steps by the threads that allocate, in
 * proportion to what they allocate.
 *
 * <p>Roots are precise except for the frames an interrupt stopped (in other kernel threads), whose
 * words are ambiguous: those that are the start of an allocated object (per {@link ObjectStarts}) are
 * marked, which is safe because nothing moves.
 */
public final class MarkSweepPlan implements HeapPlan {
    private static final int SMALL_LIMIT = 512;
    private static final int SMALL_LISTS = SMALL_LIMIT / 8 + 1;
    private static final int LARGE_LIST = SMALL_LISTS;
    private static final long MARK_STACK_ENTRIES = 30000;
    private static final long LISTS_BYTES = 8L * (SMALL_LISTS + 1);
    private static final long STARTS_OFFSET = LISTS_BYTES + 8 * MARK_STACK_ENTRIES;
    /** Bytes of heap an allocation sweeps at most before it looks at the free lists again. */
    static final long SWEEP_STEP = 32 * 1024;

    private final Marker marker = new Marker();
    private final AmbiguousRoots ambiguousRoots = new AmbiguousRoots();
    private final ObjectStarts objectStarts = new ObjectStarts();
    private final HeapVerifier verifier = new HeapVerifier();
    private long metadata;
    private long metadataBytes;
    private long start;
    private long top;
    private long end;
    private long markStackDepth;
    private boolean markStackOverflowed;
    private boolean collecting;
    /** The next block the lazy sweep looks at; the sweep is done when it reaches {@link #sweepLimit}. */
    private long sweepCursor;
    private long sweepLimit;
    /** Start of the run of dead blocks the sweep is in, or 0. */
    private long sweepRun;
    /**
     * The free chunk allocations bump through, from {@code regionCursor} to {@code regionLimit}: the
     * part not handed out yet always carries a free-chunk header, so the heap stays walkable.
     */
    private long regionCursor;
    private long regionLimit;
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
        long startsBytes = ObjectStarts.bytesFor(heapEnd - heapStart);
        metadataBytes = STARTS_OFFSET + startsBytes;
        start = heapStart + metadataBytes;
        top = start;
        end = heapEnd;
        // The heap is zero when the plan starts (HeapPlan.init), so the free lists and the bitmap
        // need no clearing: a user program's heap is pages it has not touched yet, and clearing
        // would fault every one of them in.
        objectStarts.place(metadata + STARTS_OFFSET, start, end);
    }

    @Override
    public long allocate(long bytes) {
        long address = allocateWithoutCollecting(bytes);
        if (address == 0 && !collecting) {
            collect();
            address = allocateWithoutCollecting(bytes);
        }
        if (address == 0) {
            return 0;
        }
        for (long p = address; p < address + bytes; p += 8) {
            Magic.store64(p, 0);
        }
        objectStarts.set(address);
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
        return metadataBytes;
    }

    // ---- allocation ----

    /** Free lists first, sweeping on while they come up empty, then fresh memory once the heap is swept. */
    private long allocateWithoutCollecting(long size) {
        long address = fromFreeLists(size);
        while (address == 0 && sweepCursor < sweepLimit) {
            sweepStep(size);
            address = fromFreeLists(size);
        }
        if (address == 0 && top + size <= end) {
            address = top;
            top += size;
        }
        return address;
    }

    private long fromFreeLists(long size) {
        long left = regionLimit - regionCursor;
        if (left > 0 && fits(left, size)) {
            long address = regionCursor;
            regionCursor += size;
            if (left > size) {
                Magic.store64(regionCursor, ((left - size) << 1) | 1);
            }
            return address;
        }
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
            if (fits(chunkSize, size)) {
                long next = Magic.load64(chunk + 8);
                if (previous == 0) {
                    Magic.store64(metadata + 8L * LARGE_LIST, next);
                } else {
                    Magic.store64(previous + 8, next);
                }
                // The chunk becomes the region later allocations bump through; what is left of the
                // old region goes back to the lists.
                retireRegion();
                regionCursor = chunk + size;
                regionLimit = chunk + chunkSize;
                if (chunkSize > size) {
                    Magic.store64(regionCursor, ((chunkSize - size) << 1) | 1);
                }
                return chunk;
            }
            previous = chunk;
        }
        return 0;
    }

    private void retireRegion() {
        if (regionLimit > regionCursor) {
            addFree(regionCursor, regionLimit - regionCursor);
        }
        regionCursor = 0;
        regionLimit = 0;
    }

    /** Whether {@link #fromFreeLists} can serve {@code size} bytes from a free chunk of {@code chunkSize}. */
    private static boolean fits(long chunkSize, long size) {
        return chunkSize == size || (chunkSize > SMALL_LIMIT && chunkSize >= size + ObjectModel.MIN_SIZE);
    }

    private void addFree(long chunk, long size) {
        Magic.store64(chunk, (size << 1) | 1);
        long list = size <= SMALL_LIMIT ? metadata + size : metadata + 8L * LARGE_LIST;
        Magic.store64(chunk + 8, Magic.load64(list));
        Magic.store64(list, chunk);
    }

    // ---- collection ----

    /** Marks from the roots (after finishing any sweep still under way) and starts a new lazy sweep. */
    private void collect() {
        long began = Magic.rdtsc();
        collecting = true;
        Heap.collectionBegins();
        while (sweepCursor < sweepLimit) {
            sweepStep(0);
        }
        liveBytes = 0;
        Roots.visitStatics(marker);
        Roots.visitStack(marker, ambiguousRoots);
        drain();
        while (markStackOverflowed) {
            markStackOverflowed = false;
            rescanMarked();
            drain();
        }
        long pause = Magic.rdtsc() - began;
        collections++;
        pauseTotal += pause;
        if (pause > pauseMax) {
            pauseMax = pause;
        }
        if (Heap.verifyRequested()) {
            verifier.verifyMarked(start, top, objectStarts);
        }
        for (int i = 0; i <= SMALL_LISTS; i++) {
            Magic.store64(metadata + 8L * i, 0);
        }
        // The region's rest is a free chunk the sweep finds again.
        regionCursor = 0;
        regionLimit = 0;
        sweepCursor = start;
        sweepLimit = top;
        sweepRun = 0;
        collecting = false;
        Heap.collectionEnds();
        if (Heap.verifyRequested()) {
            verifier.throwIfFailed();
        }
    }

    /** Marks the object a slot refers to and queues it for scanning. */
    private final class Marker implements SlotVisitor {
        @Override
        public void visit(long slot) {
            push(Magic.load64(slot));
        }
    }

    /**
     * Marks the words of interrupted frames that are the start of an allocated object. Nothing moves,
     * so treating such a word as a root is safe even when it is an integer that happens to look like one.
     */
    private final class AmbiguousRoots implements SlotVisitor {
        @Override
        public void visit(long slot) {
            long word = Magic.load64(slot);
            if (word < top && objectStarts.isSet(word)) {
                push(word);
            }
        }
    }

    private void push(long object) {
        if (object < start || object >= top || ObjectModel.isMarked(object)) {
            return;
        }
        ObjectModel.setMarked(object, true);
        liveBytes += ObjectModel.sizeOf(object);
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
     * One step of the lazy sweep, the hot loop of reclaiming: from the cursor, clear the marks of live
     * objects and gather runs of dead objects and free chunks into free chunks, until a chunk that fits
     * {@code size} is freed or {@link #SWEEP_STEP} bytes are walked. A run is cut into a chunk once it is
     * that long (or {@code size}, if larger), so no step frees more than it walks. It reads each header
     * once and decides with plain loads rather than through the object model's helpers.
     */
    private void sweepStep(long size) {
        long cursor = sweepCursor;
        long stop = cursor + SWEEP_STEP;
        long longest = size > SWEEP_STEP ? size : SWEEP_STEP;
        long run = sweepRun;
        boolean freed = false;
        while (cursor < sweepLimit && !freed && cursor < stop) {
            long p = cursor;
            long header = Magic.load64(p);
            long blockSize;
            if ((header & 1) != 0) {
                blockSize = header >>> 1;
            } else {
                blockSize = ObjectModel.isArrayClass(header)
                        ? ObjectModel.arraySize(header, Magic.load32(p + ObjectModel.ARRAY_LENGTH))
                        : ObjectModel.instanceSize(header);
                long status = Magic.load64(p + ObjectModel.STATUS);
                if ((status & 1) != 0) {
                    Magic.store64(p + ObjectModel.STATUS, status & ~1L);
                    cursor = p + blockSize;
                    if (run != 0) {
                        objectStarts.clearRange(run, p);
                        addFree(run, p - run);
                        freed = fits(p - run, size);
                        run = 0;
                    }
                    continue;
                }
            }
            if (run == 0) {
                run = p;
            }
            cursor = p + blockSize;
            if (cursor - run >= longest) {
                objectStarts.clearRange(run, cursor);
                addFree(run, cursor - run);
                freed = fits(cursor - run, size);
                run = 0;
            }
        }
        sweepCursor = cursor;
        sweepRun = run;
        if (cursor >= sweepLimit && run != 0) {
            objectStarts.clearRange(run, sweepLimit);
            if (sweepLimit == top) {
                top = run;
            } else {
                addFree(run, sweepLimit - run);
            }
            sweepRun = 0;
        }
    }
}
