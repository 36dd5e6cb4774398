package dev.moka.kernel.mm.heap;

import dev.moka.kernel.core.heap.Heap;
import dev.moka.kernel.api.heap.HeapPlan;
import dev.moka.kernel.api.heap.ObjectModel;
import dev.moka.kernel.core.heap.Roots;
import dev.moka.kernel.api.heap.SlotVisitor;
import dev.moka.kernel.api.magic.Magic;

/**
 * A precise, non-moving mark-sweep collector with segregated free lists for small sizes and a
 * list per power of two for large chunks, under a bump region that compiled code allocates from inline.
 *
 * <p>Heap format: from the plan's start, objects and free chunks lie back to back up to {@code top};
 * above it the heap has never been used. An object starts with its class record's address
 * (8-aligned, so even); a free chunk starts with {@code (size << 1) | 1} and keeps its free-list link
 * in its second word. The mark bit is the object model's. The free-list heads, the mark stack and
 * the {@link ObjectStarts} bitmap live in a metadata area at the bottom of the plan's range, so
 * collecting never allocates.
 *
 * <p>Allocation bumps through one free chunk at a time (the <em>region</em>, taken from the large
 * list or from fresh memory {@value #FRESH_REGION} bytes at a time), and uses the exact-size small
 * lists and the large list otherwise. The region is also compiled code's bump region
 * ({@link Heap#setBumpRegion}), zeroed ahead of it {@value #BUMP_STEP} bytes at a time, so the common
 * allocation is the inline compare-and-add of the bump plan: the plan comes in only when that part
 * is used up. Each time it comes in (and before it collects) it takes the region back: it writes the
 * free-chunk header of what is left, so the heap is walkable whenever the plan looks at it. No
 * allocation records where its object starts.
 *
 * <p>A collection only marks; the sweep is lazy. It starts empty free lists, and allocations sweep
 * on from where the last one stopped, {@value #SWEEP_STEP} bytes of heap at a time, until a freed
 * chunk fits; only when the whole heap is swept does the plan take fresh memory above {@code top},
 * and only when that passes twice the live bytes of the last collection (at least
 * {@value #MIN_FOOTPRINT} bytes) or the heap's end does it collect again. So the pause is the marking of what is live,
 * and the cost of reclaiming the dead is paid in small steps by the threads that allocate, in
 * proportion to what they allocate.
 *
 * <p>Roots are precise except for the frames an interrupt stopped (in other kernel threads), whose
 * words are ambiguous: those that are the start of an allocated object are marked, which is safe
 * because nothing moves. A collection that meets such a word first walks the heap once to record
 * where objects start ({@link ObjectStarts}); most collections meet none.
 */
public final class MarkSweepPlan implements HeapPlan {
    private static final int SMALL_LIMIT = 512;
    private static final int SMALL_LISTS = SMALL_LIMIT / 8 + 1;
    /** The first of the lists of chunks larger than {@link #SMALL_LIMIT}, one per power of two. */
    private static final int LARGE_LIST = SMALL_LISTS;
    private static final int LARGE_BINS = 40;
    /**
     * Chunks of a request's own size class looked at before the plan sweeps on, grows or collects:
     * smaller leftovers of that class would otherwise be walked by every request. Only the last
     * attempt before running out looks at all of them.
     */
    private static final long OWN_CLASS_WALK = 8;
    private static final long MARK_STACK_ENTRIES = 30000;
    private static final long LISTS_BYTES = 8L * (SMALL_LISTS + LARGE_BINS);
    private static final long STARTS_OFFSET = LISTS_BYTES + 8 * MARK_STACK_ENTRIES;
    /** log2 of the bytes of a sweep block: the unit of {@link #firstLive}. */
    static final int BLOCK_SHIFT = 12;
    /** Bytes of heap an allocation sweeps at most before it looks at the free lists again. */
    static final long SWEEP_STEP = 32 * 1024;
    /** Bytes of the region zeroed and handed to compiled code at a time. */
    static final long BUMP_STEP = 32 * 1024;
    /** Bytes of fresh memory (above {@code top}) a region takes at a time. */
    static final long FRESH_REGION = 256 * 1024;
    /**
     * The heap the plan uses before it collects for the first time, and at least after any
     * collection: small enough that garbage is reused while it is still in the caches and the pages
     * are mapped, instead of walking the whole heap's untouched memory first.
     */
    static final long MIN_FOOTPRINT = 64L << 20;

    private final Marker marker = new Marker();
    private final AmbiguousRoots ambiguousRoots = new AmbiguousRoots();
    private final ObjectStarts objectStarts = new ObjectStarts();
    private final HeapVerifier verifier = new HeapVerifier();
    private final boolean inlineAllocation;
    private long metadata;
    /**
     * One word per {@code 1 << BLOCK_SHIFT} bytes of the heap: the lowest address of an object the
     * last marking kept that starts in the block, or 0 when none does. The sweep jumps over the
     * dead objects between one kept object and the next instead of walking them.
     */
    private long firstLive;
    private long metadataBytes;
    private long start;
    private long top;
    private long end;
    private long markStackDepth;
    private boolean markStackOverflowed;
    private boolean collecting;
    /** Whether {@link #objectStarts} describes the heap of the collection under way. */
    private boolean objectStartsBuilt;
    /**
     * Whether the plan keeps {@link #objectStarts} up to date as it allocates and sweeps: from the
     * first allocation after the image installs its interrupt frames, whose preempted threads bring
     * ambiguous roots to every collection; a walk of the whole heap in each collection would cost
     * more than the record.
     */
    private boolean recordingStarts;
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
    /**
     * Fresh memory is taken up to here without collecting first: twice the live bytes of the last
     * collection (at least {@link #MIN_FOOTPRINT}), so a collection's marking is paid for by at least
     * as many bytes of allocation.
     */
    private long softTop;
    /** End of the part of the region compiled code may bump through, or 0 when it has none. */
    private long bumpLimit;
    /** The region's bytes from {@code regionCursor + 8} up to this address are known to be zero. */
    private long zeroedTo;
    /** The highest {@code top} has been: memory above it was never used, and is zero. */
    private long highWater;
    private long collections;
    private long pauseTotal;
    private long pauseMax;
    private long liveBytes;

    /** A plan that lets compiled code bump-allocate inline, as images use it. */
    public MarkSweepPlan() {
        this(true);
    }

    /**
     * @param inlineAllocation whether compiled code may bump-allocate inline from the region the plan
     *                         hands out; without, every allocation calls {@link #allocate}, which a
     *                         plan that wraps this one to watch each allocation needs
     */
    public MarkSweepPlan(boolean inlineAllocation) {
        this.inlineAllocation = inlineAllocation;
    }

    @Override
    public String name() {
        return "mark-sweep";
    }

    @Override
    public void init(long heapStart, long heapEnd) {
        metadata = heapStart;
        long startsBytes = ObjectStarts.bytesFor(heapEnd - heapStart);
        long blocksBytes = 8 * (((heapEnd - heapStart) >>> BLOCK_SHIFT) + 1);
        firstLive = metadata + STARTS_OFFSET + startsBytes;
        metadataBytes = STARTS_OFFSET + startsBytes + blocksBytes;
        start = heapStart + metadataBytes;
        top = start;
        highWater = start;
        end = heapEnd;
        softTop = start + MIN_FOOTPRINT;
        // Only the list heads need clearing: the mark stack is written before it is read.
        for (long p = metadata; p < metadata + LISTS_BYTES; p += 8) {
            Magic.store64(p, 0);
        }
        objectStarts.init(metadata + STARTS_OFFSET, start);
    }

    @Override
    public long allocate(long bytes) {
        if (!recordingStarts && Roots.mayMeetInterruptedFrames()) {
            startRecordingStarts();
        }
        if (bumpLimit != 0) {
            // A caller that does not bump inline (hosted code, or compiled code for an object the
            // region could not hold when it looked) may still find room: the region handed out is
            // zero past the cursor, so the object is carved there without giving the region back.
            long cursor = Heap.bumpCursor();
            if (bytes <= bumpLimit - cursor) {
                if (recordingStarts) {
                    recordInlineObjects(cursor);
                    objectStarts.set(cursor);
                }
                regionCursor = cursor + bytes;
                Heap.setBumpRegion(regionCursor, bumpLimit);
                return cursor;
            }
        }
        takeBackBumpRegion();
        long address = allocateWithoutCollecting(bytes, softTop, OWN_CLASS_WALK);
        if (address == 0 && !collecting) {
            collect();
            address = allocateWithoutCollecting(bytes, end, OWN_CLASS_WALK);
        }
        if (address == 0) {
            address = allocateWithoutCollecting(bytes, end, Long.MAX_VALUE);
        }
        if (address == 0) {
            return 0;
        }
        Magic.zero(address, bytes);
        if (recordingStarts) {
            objectStarts.set(address);
        }
        handOutBumpRegion();
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

    /**
     * Ends compiled code's use of the region and gives the rest of it its free-chunk header again.
     * The objects compiled code allocated below the cursor need no record: each has its class, and
     * an array its length, since the allocation sequence writes them before anything else can run,
     * so the heap walks over them.
     */
    private void takeBackBumpRegion() {
        if (bumpLimit == 0) {
            return;
        }
        long cursor = Heap.bumpCursor();
        Heap.setBumpRegion(0, 0);
        bumpLimit = 0;
        if (recordingStarts) {
            recordInlineObjects(cursor);
        }
        regionCursor = cursor;
        if (regionLimit > cursor) {
            Magic.store64(cursor, ((regionLimit - cursor) << 1) | 1);
        }
    }

    /** Records where the objects compiled code allocated inline since the last look start, up to {@code cursor}. */
    private void recordInlineObjects(long cursor) {
        // Plain loads, as in the sweep: this walk runs over every object allocated inline.
        for (long p = regionCursor; p < cursor; ) {
            objectStarts.set(p);
            long header = Magic.load64(p);
            p += ObjectModel.isArrayClass(header)
                    ? ObjectModel.arraySize(header, Magic.load32(p + ObjectModel.ARRAY_LENGTH))
                    : ObjectModel.instanceSize(header);
        }
        regionCursor = cursor;
    }

    /** Builds the record of object starts from a walk of the heap, and keeps it from now on. */
    private void startRecordingStarts() {
        takeBackBumpRegion();
        objectStarts.rebuild(top);
        objectStarts.coverUpTo(top);
        recordingStarts = true;
        handOutBumpRegion();
    }

    /** Zeroes the next part of the region (up to {@link #BUMP_STEP} bytes) and lets compiled code bump through it. */
    private void handOutBumpRegion() {
        if (!inlineAllocation || regionLimit <= regionCursor) {
            return;
        }
        long limit = regionLimit - regionCursor > BUMP_STEP ? regionCursor + BUMP_STEP : regionLimit;
        Magic.store64(regionCursor, 0);
        long from = zeroedTo > regionCursor + 8 ? zeroedTo : regionCursor + 8;
        if (limit > from) {
            Magic.zero(from, limit - from);
        }
        if (limit > zeroedTo) {
            zeroedTo = limit;
        }
        bumpLimit = limit;
        Heap.setBumpRegion(regionCursor, limit);
    }

    /** Free lists first, sweeping on while they come up empty, then fresh memory once the heap is swept. */
    private long allocateWithoutCollecting(long size, long freshLimit, long walk) {
        long address = fromFreeLists(size, walk);
        while (address == 0 && sweepCursor < sweepLimit) {
            sweepStep(size);
            address = fromFreeLists(size, walk);
        }
        if (address == 0 && top + size <= end && top + size <= freshLimit) {
            address = freshRegion(size, freshLimit);
        }
        return address;
    }

    /**
     * Takes fresh memory above {@code top} as the region, {@link #FRESH_REGION} bytes (or what is
     * left, or just {@code size} when a remainder could not be a free chunk), and serves {@code size}
     * from its start.
     */
    private long freshRegion(long size, long freshLimit) {
        long chunk = size > FRESH_REGION ? size : FRESH_REGION;
        long room = (freshLimit < end ? freshLimit : end) - top;
        if (chunk > room) {
            chunk = room;
        }
        if (!fits(chunk, size)) {
            chunk = size;
        }
        long address = top;
        top += chunk;
        long highWaterBefore = highWater;
        if (top > highWater) {
            highWater = top;
        }
        if (recordingStarts) {
            objectStarts.coverUpTo(top);
        }
        retireRegion();
        if (chunk > size) {
            regionCursor = address + size;
            regionLimit = top;
            // Memory the heap never reached is zero (HeapPlan.init): a region wholly above the
            // high-water mark needs only its free-chunk header cleared when it is handed out.
            zeroedTo = highWaterBefore <= regionCursor ? top : regionCursor;
            Magic.store64(regionCursor, ((chunk - size) << 1) | 1);
        }
        return address;
    }

    private long fromFreeLists(long size, long walk) {
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
        // The largest chunks first: a small object's chunk becomes the region many more bump through,
        // and a large object's search ends at the first chunk of a larger size class, which always
        // fits; only the request's own class is searched through.
        int own = size <= SMALL_LIMIT ? 0 : binOf(size);
        for (int bin = LARGE_BINS - 1; bin >= own; bin--) {
            long chunk = takeLarge(bin, size, bin == own ? walk : Long.MAX_VALUE);
            if (chunk != 0) {
                return chunk;
            }
        }
        return 0;
    }

    /** @return the size class of a chunk larger than {@link #SMALL_LIMIT}: 0 below 1 KiB, then one per power of two */
    private static int binOf(long size) {
        int bin = 0;
        for (long s = size >>> 10; s != 0 && bin < LARGE_BINS - 1; s >>>= 1) {
            bin++;
        }
        return bin;
    }

    /**
     * Takes the first chunk of a size class that fits {@code size} as the region, looking at no more
     * than {@code walk} chunks, or returns 0.
     */
    private long takeLarge(int bin, long size, long walk) {
        long head = metadata + 8L * (LARGE_LIST + bin);
        long previous = 0;
        long seen = 0;
        for (long chunk = Magic.load64(head); chunk != 0 && seen < walk; chunk = Magic.load64(chunk + 8)) {
            seen++;
            long chunkSize = Magic.load64(chunk) >>> 1;
            if (fits(chunkSize, size)) {
                long next = Magic.load64(chunk + 8);
                if (previous == 0) {
                    Magic.store64(head, next);
                } else {
                    Magic.store64(previous + 8, next);
                }
                // The chunk becomes the region later allocations bump through; what is left of the
                // old region goes back to the lists.
                retireRegion();
                regionCursor = chunk + size;
                regionLimit = chunk + chunkSize;
                zeroedTo = regionCursor;
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
        zeroedTo = 0;
    }

    /** Whether {@link #fromFreeLists} can serve {@code size} bytes from a free chunk of {@code chunkSize}. */
    private static boolean fits(long chunkSize, long size) {
        return chunkSize == size || (chunkSize > SMALL_LIMIT && chunkSize >= size + ObjectModel.MIN_SIZE);
    }

    /**
     * Makes a free chunk and lists it. A chunk smaller than an object (the 8 bytes compiled code's
     * bump allocation can leave at a region's end) only gets its header: it has no room for a link,
     * and the sweep merges it with its neighbours once they die.
     */
    private void addFree(long chunk, long size) {
        Magic.store64(chunk, (size << 1) | 1);
        if (size < ObjectModel.MIN_SIZE) {
            return;
        }
        long list = size <= SMALL_LIMIT ? metadata + size : metadata + 8L * (LARGE_LIST + binOf(size));
        Magic.store64(chunk + 8, Magic.load64(list));
        Magic.store64(list, chunk);
    }

    // ---- collection ----

    /** Marks from the roots (after finishing any sweep still under way) and starts a new lazy sweep. */
    private void collect() {
        long began = Magic.rdtsc();
        collecting = true;
        takeBackBumpRegion();
        Heap.collectionBegins();
        while (sweepCursor < sweepLimit) {
            sweepStep(0);
        }
        liveBytes = 0;
        objectStartsBuilt = false;
        for (long p = firstLive, blocks = firstLive + 8 * (((top - start) >>> BLOCK_SHIFT) + 1); p < blocks; p += 8) {
            Magic.store64(p, 0);
        }
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
            buildObjectStarts();
            verifier.verifyMarked(start, top, objectStarts);
        }
        for (long p = metadata; p < metadata + LISTS_BYTES; p += 8) {
            Magic.store64(p, 0);
        }
        // The region's rest is a free chunk the sweep finds again.
        regionCursor = 0;
        regionLimit = 0;
        zeroedTo = 0;
        long footprint = 2 * liveBytes > MIN_FOOTPRINT ? 2 * liveBytes : MIN_FOOTPRINT;
        softTop = start + footprint;
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
            if (word < start || word >= top) {
                return;
            }
            buildObjectStarts();
            if (objectStarts.isSet(word)) {
                push(word);
            }
        }
    }

    /** Records where the objects start, once per collection, before the first question about it. */
    private void buildObjectStarts() {
        if (!objectStartsBuilt) {
            if (!recordingStarts) {
                objectStarts.rebuild(top);
            }
            objectStartsBuilt = true;
        }
    }

    private void push(long object) {
        if (object < start || object >= top || ObjectModel.isMarked(object)) {
            return;
        }
        ObjectModel.setMarked(object, true);
        liveBytes += ObjectModel.sizeOf(object);
        long block = firstLive + (((object - start) >>> BLOCK_SHIFT) << 3);
        long first = Magic.load64(block);
        if (first == 0 || object < first) {
            Magic.store64(block, object);
        }
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
            scan(Magic.load64(metadata + LISTS_BYTES + 8 * markStackDepth));
        }
    }

    /**
     * Marks what a kept object refers to. The hot loop of marking walks the slots itself, and only a
     * reference into the heap to an object not marked yet costs a call.
     */
    private void scan(long object) {
        long classInfo = Magic.load64(object);
        long slot;
        if (ObjectModel.isArrayClass(classInfo)) {
            if (!ObjectModel.hasReferenceElements(classInfo)) {
                return;
            }
            slot = object + ObjectModel.ARRAY_BASE;
            for (long end = slot + 8L * Magic.load32(object + ObjectModel.ARRAY_LENGTH); slot < end; slot += 8) {
                long referent = Magic.load64(slot);
                if (referent >= start && referent < top && (Magic.load64(referent + ObjectModel.STATUS) & 1) == 0) {
                    push(referent);
                }
            }
            return;
        }
        long map = ObjectModel.referenceMap(classInfo);
        if (map == 0) {
            return;
        }
        for (long entry = map + 4, end = entry + 4L * Magic.load32(map); entry < end; entry += 4) {
            long referent = Magic.load64(object + Magic.load32(entry));
            if (referent >= start && referent < top && (Magic.load64(referent + ObjectModel.STATUS) & 1) == 0) {
                push(referent);
            }
        }
    }

    /** After a mark-stack overflow: scan every marked object again; pushing skips marked referents. */
    private void rescanMarked() {
        for (long p = start; p < top; p += HeapVerifier.sizeAt(p)) {
            if (!HeapVerifier.isFreeChunk(p) && ObjectModel.isMarked(p)) {
                scan(p);
                drain();
            }
        }
    }

    /**
     * @param p a block boundary the sweep has reached: everything below it is swept
     * @return {@code p} when a kept object may start at or just after it (the sweep walks on from
     *         there); otherwise the start of the next kept object above it, or the sweep's limit
     *         when there is none: every block between is dead
     */
    private long nextKeptFrom(long p) {
        long block = firstLive + (((p - start) >>> BLOCK_SHIFT) << 3);
        long first = Magic.load64(block);
        if (first != 0 && first < p) {
            // A kept object below p starts in this block: others may follow it here.
            return p;
        }
        if (first != 0) {
            return first;
        }
        long lastBlock = firstLive + (((sweepLimit - 1 - start) >>> BLOCK_SHIFT) << 3);
        for (block += 8; block <= lastBlock; block += 8) {
            first = Magic.load64(block);
            if (first != 0) {
                return first;
            }
        }
        return sweepLimit;
    }

    /** Clears the recorded starts of a run the sweep frees, when the plan keeps them. */
    private void forgetStarts(long from, long to) {
        if (recordingStarts) {
            objectStarts.clearRange(from, to);
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
            long next = nextKeptFrom(p);
            if (next != p) {
                // Nothing between p and the next kept object (or the sweep's end) is kept: it all
                // joins the run, which ends there.
                if (run == 0) {
                    run = p;
                }
                cursor = next;
                if (next < sweepLimit) {
                    forgetStarts(run, next);
                    addFree(run, next - run);
                    freed = fits(next - run, size);
                    run = 0;
                }
                continue;
            }
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
                        forgetStarts(run, p);
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
                forgetStarts(run, cursor);
                addFree(run, cursor - run);
                freed = fits(cursor - run, size);
                run = 0;
            }
        }
        sweepCursor = cursor;
        sweepRun = run;
        if (cursor >= sweepLimit && run != 0) {
            forgetStarts(run, sweepLimit);
            if (sweepLimit == top) {
                top = run;
            } else {
                addFree(run, sweepLimit - run);
            }
            sweepRun = 0;
        }
    }
}
