package java.lang;

/**
 * The mark-sweep heap plan: a precise, non-moving collector over the image's heap, with segregated
 * free lists for small sizes and a first-fit list for large chunks.
 *
 * <p>Roots are the static reference fields (a table the compiler emits) and the frame slots the
 * compiler's stack maps name for each return address on the stack: references that live across a
 * call are always kept in frame slots, so walking the frame-pointer chain finds every live one.
 *
 * <p>Heap format: objects and free chunks lie back to back from the heap base to the bump pointer.
 * An object starts with its ClassInfo pointer (8-aligned, so even); a free chunk starts with
 * {@code (size << 1) | 1} and keeps its free-list link in its second word. The mark bit is bit 0 of
 * an object's status word. All state lives in static fields and in a metadata area outside the
 * heap, so collecting never allocates.
 */
final class MokaGc {
    private static final int SMALL_LIMIT = 512;
    private static final int SMALL_LISTS = SMALL_LIMIT / 8 + 1;
    private static final int LARGE_LIST = SMALL_LISTS;
    private static final long MARK_STACK_OFFSET = 8L * (SMALL_LISTS + 1);
    private static final long MARK_STACK_ENTRIES = 30000;

    private static long collections;
    private static long bytesFreed;
    private static boolean markStackOverflowed;
    private static boolean collecting;

    private MokaGc() {
    }

    // ---- intrinsics (see the compiler's IntrinsicCode) ----

    /** Intrinsic: address of the heap words {bump pointer, heap end, heap base}. */
    static long heapWords() {
        throw new InternalError("intrinsic");
    }

    /** Intrinsic: address of the collector's metadata area (free-list heads, mark stack). */
    static long metadata() {
        throw new InternalError("intrinsic");
    }

    /** Intrinsic: address of the stack-map table. */
    static long stackMaps() {
        throw new InternalError("intrinsic");
    }

    /** Intrinsic: address of the static-reference table. */
    static long staticReferences() {
        throw new InternalError("intrinsic");
    }

    /** Intrinsic: whether the image asked for a heap check after every collection. */
    static boolean verifyAfterCollection() {
        throw new InternalError("intrinsic");
    }

    static void store64(long address, long value) {
        throw new InternalError("intrinsic");
    }

    static void store32(long address, int value) {
        throw new InternalError("intrinsic");
    }

    // ---- allocation ----

    /** Called by compiled code for {@code new}: a zeroed instance of the class. */
    static Object allocateObject(long classInfo) {
        long size = MokaRuntime.load32(classInfo);
        long address = allocate(size);
        store64(address, classInfo);
        return MokaRuntime.objectAt(address);
    }

    /** Called by compiled code for array creation (the length is already checked). */
    static Object allocateArray(long classInfo, int length) {
        long size = (24 + (long) length * MokaRuntime.load32(classInfo + 12) + 7) & ~7L;
        long address = allocate(size);
        store64(address, classInfo);
        store32(address + 16, length);
        return MokaRuntime.objectAt(address);
    }

    /** @return how many collections have run */
    static long collections() {
        return collections;
    }

    private static long allocate(long size) {
        long address = tryAllocate(size);
        if (address == 0 && !collecting) {
            collect();
            address = tryAllocate(size);
        }
        if (address == 0) {
            MokaRuntime.throwOutOfMemory();
        }
        for (long p = address; p < address + size; p += 8) {
            store64(p, 0);
        }
        return address;
    }

    private static long tryAllocate(long size) {
        long meta = metadata();
        if (size <= SMALL_LIMIT) {
            long head = MokaRuntime.load64(meta + size);
            if (head != 0) {
                store64(meta + size, MokaRuntime.load64(head + 8));
                return head;
            }
        }
        long previous = 0;
        for (long chunk = MokaRuntime.load64(meta + 8L * LARGE_LIST); chunk != 0; chunk = MokaRuntime.load64(chunk + 8)) {
            long chunkSize = MokaRuntime.load64(chunk) >>> 1;
            if (chunkSize == size || chunkSize >= size + 16) {
                long next = MokaRuntime.load64(chunk + 8);
                if (previous == 0) {
                    store64(meta + 8L * LARGE_LIST, next);
                } else {
                    store64(previous + 8, next);
                }
                if (chunkSize > size) {
                    addFree(chunk + size, chunkSize - size);
                }
                return chunk;
            }
            previous = chunk;
        }
        long words = heapWords();
        long top = MokaRuntime.load64(words);
        if (top + size > MokaRuntime.load64(words + 8)) {
            return 0;
        }
        store64(words, top + size);
        return top;
    }

    private static void addFree(long chunk, long size) {
        long meta = metadata();
        store64(chunk, (size << 1) | 1);
        long list = size <= SMALL_LIMIT ? meta + size : meta + 8L * LARGE_LIST;
        store64(chunk + 8, MokaRuntime.load64(list));
        store64(list, chunk);
    }

    // ---- collection ----

    /** Runs a full collection: mark from the roots, then sweep the heap into free lists. */
    static void collect() {
        collecting = true;
        markRoots();
        drain();
        while (markStackOverflowed) {
            markStackOverflowed = false;
            rescanMarked();
            drain();
        }
        sweep();
        collections++;
        collecting = false;
        if (verifyAfterCollection()) {
            verify();
        }
    }

    private static void markRoots() {
        long statics = staticReferences();
        long count = MokaRuntime.load64(statics);
        for (long i = 0; i < count; i++) {
            push(MokaRuntime.load64(MokaRuntime.load64(statics + 8 + 8 * i)));
        }
        long maps = stackMaps();
        long sites = MokaRuntime.load64(maps);
        for (long fp = MokaRuntime.framePointer(); fp != 0; ) {
            long returnAddress = MokaRuntime.load64(fp + 8);
            long caller = MokaRuntime.load64(fp);
            for (long i = 0; i < sites; i++) {
                long row = maps + 8 + 24 * i;
                if (MokaRuntime.load64(row) == returnAddress) {
                    long offsets = MokaRuntime.load64(row + 8);
                    long n = MokaRuntime.load64(row + 16);
                    for (long k = 0; k < n; k++) {
                        push(MokaRuntime.load64(caller + MokaRuntime.load32(offsets + 4 * k)));
                    }
                    break;
                }
            }
            fp = caller;
        }
    }

    private static boolean inHeap(long address) {
        long words = heapWords();
        return address >= MokaRuntime.load64(words + 16) && address < MokaRuntime.load64(words);
    }

    private static long stackDepth;

    private static void push(long object) {
        if (object == 0 || !inHeap(object) || (MokaRuntime.load64(object + 8) & 1) != 0) {
            return;
        }
        store64(object + 8, MokaRuntime.load64(object + 8) | 1);
        if (stackDepth == MARK_STACK_ENTRIES) {
            markStackOverflowed = true;
            return;
        }
        store64(metadata() + MARK_STACK_OFFSET + 8 * stackDepth, object);
        stackDepth++;
    }

    private static void drain() {
        long stack = metadata() + MARK_STACK_OFFSET;
        while (stackDepth > 0) {
            stackDepth--;
            scan(MokaRuntime.load64(stack + 8 * stackDepth));
        }
    }

    /** Pushes the referents of an object (already marked). */
    private static void scan(long object) {
        long classInfo = MokaRuntime.load64(object);
        if ((MokaRuntime.load32(classInfo + 4) & 1) != 0) {
            if (MokaRuntime.load64(classInfo + 48) != 0) {
                int length = MokaRuntime.load32(object + 16);
                for (int i = 0; i < length; i++) {
                    push(MokaRuntime.load64(object + 24 + 8L * i));
                }
            }
            return;
        }
        long map = MokaRuntime.load64(classInfo + 72);
        if (map != 0) {
            int n = MokaRuntime.load32(map);
            for (int i = 0; i < n; i++) {
                push(MokaRuntime.load64(object + MokaRuntime.load32(map + 4 + 4L * i)));
            }
        }
    }

    /** After a mark-stack overflow: scan every marked object again; pushing skips marked referents. */
    private static void rescanMarked() {
        long words = heapWords();
        long top = MokaRuntime.load64(words);
        for (long p = MokaRuntime.load64(words + 16); p < top; p += sizeAt(p)) {
            long header = MokaRuntime.load64(p);
            if ((header & 1) == 0 && (MokaRuntime.load64(p + 8) & 1) != 0) {
                scan(p);
                drain();
            }
        }
    }

    private static long sizeAt(long p) {
        long header = MokaRuntime.load64(p);
        if ((header & 1) != 0) {
            return header >>> 1;
        }
        if ((MokaRuntime.load32(header + 4) & 1) != 0) {
            return (24 + (long) MokaRuntime.load32(p + 16) * MokaRuntime.load32(header + 12) + 7) & ~7L;
        }
        return MokaRuntime.load32(header);
    }

    private static void sweep() {
        long meta = metadata();
        for (int i = 0; i <= SMALL_LISTS; i++) {
            store64(meta + 8L * i, 0);
        }
        long words = heapWords();
        long top = MokaRuntime.load64(words);
        long freeStart = 0;
        for (long p = MokaRuntime.load64(words + 16); p < top; ) {
            long size = sizeAt(p);
            long header = MokaRuntime.load64(p);
            boolean live = (header & 1) == 0 && (MokaRuntime.load64(p + 8) & 1) != 0;
            if (live) {
                store64(p + 8, MokaRuntime.load64(p + 8) & ~1L);
                if (freeStart != 0) {
                    addFree(freeStart, p - freeStart);
                    freeStart = 0;
                }
            } else {
                if ((header & 1) == 0) {
                    bytesFreed += size;
                }
                if (freeStart == 0) {
                    freeStart = p;
                }
            }
            p += size;
        }
        if (freeStart != 0) {
            store64(words, freeStart);
        }
    }

    /**
     * Checks the heap after a collection: every object has a plausible class, fits below the bump
     * pointer, and refers only to live objects or to memory outside the heap. Stops the program with
     * a message when something is wrong.
     */
    private static void verify() {
        long words = heapWords();
        long top = MokaRuntime.load64(words);
        for (long p = MokaRuntime.load64(words + 16); p < top; ) {
            long header = MokaRuntime.load64(p);
            long size = sizeAt(p);
            if (size < 16 || (size & 7) != 0 || p + size > top || ((header & 1) == 0 && (header & 7) != 0)) {
                corrupt("object at ", p);
            }
            if ((header & 1) == 0) {
                if ((MokaRuntime.load64(p + 8) & 1) != 0) {
                    corrupt("mark bit left set at ", p);
                }
                verifyReferents(p);
            }
            p += size;
        }
    }

    private static void verifyReferents(long object) {
        long classInfo = MokaRuntime.load64(object);
        if ((MokaRuntime.load32(classInfo + 4) & 1) != 0) {
            if (MokaRuntime.load64(classInfo + 48) != 0) {
                int length = MokaRuntime.load32(object + 16);
                for (int i = 0; i < length; i++) {
                    verifyReference(object, MokaRuntime.load64(object + 24 + 8L * i));
                }
            }
            return;
        }
        long map = MokaRuntime.load64(classInfo + 72);
        if (map != 0) {
            int n = MokaRuntime.load32(map);
            for (int i = 0; i < n; i++) {
                verifyReference(object, MokaRuntime.load64(object + MokaRuntime.load32(map + 4 + 4L * i)));
            }
        }
    }

    private static void verifyReference(long from, long to) {
        if (to != 0 && inHeap(to) && (MokaRuntime.load64(to) & 1) != 0) {
            corrupt("reference to a free chunk from ", from);
        }
    }

    private static void corrupt(String what, long where) {
        MokaRuntime.printError("heap verification failed: " + what + Long.toHexString(where));
        MokaRuntime.writeError('\n');
        MokaRuntime.exit(2);
    }
}
