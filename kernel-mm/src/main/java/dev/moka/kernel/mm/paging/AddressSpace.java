package dev.moka.kernel.mm.paging;

import dev.moka.kernel.api.mm.FrameAllocator;
import dev.moka.kernel.api.mm.PageFlags;
import dev.moka.kernel.api.mm.PageTableFormat;
import dev.moka.kernel.api.mm.PhysicalMemory;

/**
 * One virtual address space: a page-table tree of the machine's {@link PageTableFormat} whose kernel
 * half is shared with the kernel's own tables, and whose user half maps pages one by one. Flags are
 * the generic {@link PageFlags}; the format alone knows the bits they become.
 *
 * <p><b>Kernel half.</b> The kernel runs in the lowest slot of the root table (on x86_64 the
 * identity map of the low 4 GiB that the boot code builds under PML4 slot 0), and a higher-half
 * kernel would live in the root's upper half (PML4 slots 256..511). A new address space copies those
 * {@link #isSharedSlot shared slots} from the kernel's root table, so it points at the very same
 * lower-level tables: the kernel stays mapped, identically, after every switch. Mapping, unmapping or
 * protecting in the shared slots is refused. The slots between ({@link #userStart()} up to
 * {@link #userEnd()}; PML4 slots 1..255 on x86_64) belong to the address space alone. The kernel
 * maps pages of its own half through a {@link #kernelWindow}, which edits the shared tables
 * themselves within one range, such as the range of kernel-thread stacks.
 *
 * <p><b>Memory.</b> Page tables come from the {@link FrameAllocator} and are zeroed here; a table
 * whose last entry is unmapped is given back at once (without allocating, so that a thread's exit
 * may give back its stack from the timer's path), and {@link #destroy} returns the rest. The frames
 * a caller maps stay the caller's: unmapping hands the frame back to it.
 *
 * <p><b>TLB.</b> Changing or removing a present entry of the active address space invalidates
 * that page; an inactive one needs nothing, since activating it flushes the TLB. A kernel window's
 * tables are reached from every space, so its changes are invalidated always.
 *
 * <p>Errors are reported by return values (status codes, {@link #NOT_MAPPED}), never thrown; only a
 * format whose tables do not fit the frames is refused, with an exception, by {@link #create}.
 */
public final class AddressSpace {
    /** Returned by {@link #translate}, {@link #unmap} and {@link #flags} for an unmapped address. */
    public static final long NOT_MAPPED = -1;

    /** Status: done. */
    public static final int OK = 0;
    /** Status: the virtual address is not canonical or not page aligned, or the frame is not a page the entries can hold. */
    public static final int BAD_ADDRESS = 1;
    /** Status: the address lies in the kernel half, which all address spaces share. */
    public static final int SHARED_RANGE = 2;
    /** Status: the page is mapped already; unmap it first. */
    public static final int ALREADY_MAPPED = 3;
    /** Status: the page is not mapped. */
    public static final int NOT_PRESENT = 4;
    /** Status: no frame was left for a page table. */
    public static final int OUT_OF_MEMORY = 5;
    /** Status: the flags hold bits a mapping may not carry (see {@link PageFlags#MAPPING_FLAGS}). */
    public static final int BAD_FLAGS = 6;

    /**
     * Flags of the intermediate tables an address space creates: the most permissive, so that a
     * leaf entry alone decides what its page allows.
     */
    private static final long TABLE_FLAGS = PageFlags.PRESENT | PageFlags.WRITABLE | PageFlags.USER;

    private final PageTableFormat format;
    private final PhysicalMemory memory;
    private final FrameAllocator frames;
    private final PageTableWalker walker;
    private final int levels;
    private final long page;
    /** The pages {@link #map}, {@link #unmap} and {@link #protect} may change: {@code [rangeStart, rangeEnd)}. */
    private final long rangeStart;
    private final long rangeEnd;
    /**
     * Tables at this level or above are never freed when they empty: the root table of a space of
     * its own; for a kernel window also the table below the shared root slot, which other spaces
     * point at.
     */
    private final int keptLevel;
    /**
     * The last last-level table {@link #leafTable} found, and the range it covers (the address
     * shifted right by {@link #leafShift}; -1 for none): mappings come in runs of neighbouring pages,
     * which then skip the walk. Forgotten whenever a table is given back.
     */
    private long cachedRegion = -1;
    private long cachedTable;
    private final int leafShift;
    /** The entry bit that marks a lent frame, when the format encodes the flag as one bit; else 0. */
    private final long borrowedBit;
    /** Whether the tables are the kernel's own: reached from every space, so a change is invalidated always. */
    private final boolean kernelWindow;
    private long root;

    private AddressSpace(PageTableWalker walker, PhysicalMemory memory, FrameAllocator frames, long root,
                         long rangeStart, long rangeEnd, boolean kernelWindow) {
        this.format = walker.format();
        this.memory = memory;
        this.frames = frames;
        this.walker = walker;
        this.levels = walker.levels();
        this.page = walker.pageSize();
        this.root = root;
        this.rangeStart = rangeStart;
        this.rangeEnd = rangeEnd;
        this.kernelWindow = kernelWindow;
        this.keptLevel = kernelWindow ? levels - 1 : levels;
        this.leafShift = Long.numberOfTrailingZeros(walker.bytesPerEntry(2));
        long borrowed = format.encode(0, PageFlags.BORROWED);
        this.borrowedBit = Long.bitCount(borrowed) == 1 && format.decodeFlags(borrowed) == PageFlags.BORROWED ? borrowed : 0;
    }

    /**
     * Creates an empty address space that shares the kernel half of {@code kernelRoot}.
     *
     * @param format     the layout of the machine's page tables
     * @param memory     access to the tables
     * @param frames     where page tables come from
     * @param kernelRoot physical address of the kernel's root table (the boot tables)
     * @return the address space, or null when no frame was free for its root table
     * @throws IllegalArgumentException when the format's tables or pages are not one frame each
     */
    public static AddressSpace create(PageTableFormat format, PhysicalMemory memory, FrameAllocator frames,
                                      long kernelRoot) {
        PageTableWalker walker = new PageTableWalker(format, memory);
        long root = frames.allocate();
        if (root == FrameAllocator.OUT_OF_MEMORY) {
            return null;
        }
        // The shared slots (the first, and the upper half) come from the kernel's root; the user's are empty.
        int slots = walker.entries(walker.levels());
        long halfBytes = (long) slots / 2 * PageTableWalker.ENTRY_BYTES;
        memory.zero(root, halfBytes);
        memory.write64(root, memory.read64(kernelRoot));
        memory.copy(kernelRoot + halfBytes, root + halfBytes, halfBytes);
        return new AddressSpace(walker, memory, frames, root, userStart(walker), userEnd(walker), false);
    }

    /**
     * A window on the kernel's own tables for a range of the shared kernel half, such as the range of
     * kernel-thread stacks: pages mapped through it are seen by every address space, those created
     * before included, because they all point at the same table below the root slot. The window
     * never changes the root table and never frees the table below it; {@link #destroy} refuses.
     * Pages the range already maps with a large page (an identity map, say) are left alone: mapping
     * there reports {@link #ALREADY_MAPPED}, unmapping {@link #NOT_MAPPED}.
     *
     * @param format     the layout of the machine's page tables
     * @param memory     access to the tables
     * @param frames     where page tables come from
     * @param kernelRoot physical address of the kernel's root table (the boot tables)
     * @param start      first address of the range, page aligned
     * @param end        address after the range, page aligned, in the same root slot as {@code start}
     * @return the window, or null when the format has a single level or the range is not inside one
     *         shared root slot whose table below exists already
     * @throws IllegalArgumentException when the format's tables or pages are not one frame each
     */
    public static AddressSpace kernelWindow(PageTableFormat format, PhysicalMemory memory, FrameAllocator frames,
                                            long kernelRoot, long start, long end) {
        PageTableWalker walker = new PageTableWalker(format, memory);
        int levels = walker.levels();
        if (levels < 2 || end <= start || !walker.isCanonical(start) || !walker.isCanonical(end - 1)
                || ((start | end) & (walker.pageSize() - 1)) != 0) {
            return null;
        }
        int slot = walker.index(start, levels);
        long entry = memory.read64(PageTableWalker.entryAddress(kernelRoot, slot));
        if (!isShared(walker, slot) || walker.index(end - 1, levels) != slot || !walker.isPresent(entry)
                || walker.isLeaf(entry, levels)) {
            return null;
        }
        return new AddressSpace(walker, memory, frames, kernelRoot, start, end, true);
    }

    /** @param slot an index into the root table @return whether the slot belongs to the kernel half all spaces share */
    public boolean isSharedSlot(int slot) {
        return isShared(walker, slot);
    }

    private static boolean isShared(PageTableWalker walker, int slot) {
        return slot == 0 || slot >= walker.entries(walker.levels()) / 2;
    }

    /** @return the lowest user address: the start of the root table's second slot */
    public long userStart() {
        return userStart(walker);
    }

    private static long userStart(PageTableWalker walker) {
        return walker.bytesPerEntry(walker.levels());
    }

    /**
     * @param kernelRoot physical address of the kernel's root table
     * @return whether the kernel's tables map nothing in the user half (its root entries there are all
     *         absent), so that everything they map is shared with this space
     */
    public boolean sharesEveryKernelMapping(long kernelRoot) {
        int half = walker.entries(levels) / 2;
        for (int slot = nextUsed(kernelRoot, 1, half); slot < half; slot = nextUsed(kernelRoot, slot + 1, half)) {
            if (walker.isPresent(memory.read64(PageTableWalker.entryAddress(kernelRoot, slot)))) {
                return false;
            }
        }
        return true;
    }

    /** @return the address after the highest user address: the end of the lower canonical half */
    public long userEnd() {
        return userEnd(walker);
    }

    private static long userEnd(PageTableWalker walker) {
        return 1L << (walker.virtualBits() - 1);
    }

    /** @param virtual an address @return whether the address is canonical and outside the shared kernel half */
    public boolean isUserAddress(long virtual) {
        return virtual >= userStart() && virtual < userEnd();
    }

    /** @return physical address of this space's root table, or 0 once destroyed */
    public long root() {
        return root;
    }

    /** @return whether the CPU translates through this space now (always, for a {@link #kernelWindow}) */
    public boolean isActive() {
        return kernelWindow || root != 0 && memory.activeRoot() == root;
    }

    /** Makes this space the CPU's current one. */
    public void activate() {
        memory.activate(root);
    }

    /**
     * Maps the page at {@code virtual} to the frame at {@code physical}.
     *
     * @param virtual  page address in this space's range (the user half, or a kernel window's range), page aligned
     * @param physical frame address, page aligned
     * @param flags    a combination of {@link PageFlags#MAPPING_FLAGS}; {@link PageFlags#PRESENT} is implied
     * @return {@link #OK} or a status saying why nothing changed
     */
    public int map(long virtual, long physical, long flags) {
        int status = checkMapping(virtual, physical, flags);
        if (status != OK) {
            return status;
        }
        long table = leafTable(virtual);
        if (table < 0) {
            return (int) -table;
        }
        long leaf = PageTableWalker.entryAddress(table, walker.index(virtual, 1));
        if (walker.isPresent(memory.read64(leaf))) {
            return ALREADY_MAPPED;
        }
        // A not-present entry is never cached by the TLB, so a new mapping needs no invalidation.
        memory.write64(leaf, format.encode(physical, flags | PageFlags.PRESENT));
        return OK;
    }

    /**
     * {@link #map} for consecutive pages to consecutive frames, with one table walk per page table
     * rather than per page.
     *
     * @param virtual  the first page address
     * @param physical its frame; the following pages get the following frames
     * @param pages    how many pages
     * @param flags    as for {@link #map}
     * @return how many pages, from the first, are mapped now: fewer than {@code pages} when one
     *         could not be (that one and the rest are not)
     */
    public long mapRun(long virtual, long physical, long pages, long flags) {
        if (pages <= 0) {
            return 0;
        }
        // The range and the frames are contiguous: when the first and the last page may be mapped,
        // every page between may.
        long lastOffset = (pages - 1) * page;
        if (pages > (rangeEnd - virtual) / page || checkMapping(virtual, physical, flags) != OK
                || checkMapping(virtual + lastOffset, physical + lastOffset, flags) != OK) {
            long mapped = 0; // somewhere in the run a page may not be mapped: page by page, up to it
            while (mapped < pages && map(virtual + mapped * page, physical + mapped * page, flags) == OK) {
                mapped++;
            }
            return mapped;
        }
        long done = 0;
        int entries = walker.entries(1);
        while (done < pages) {
            long at = virtual + done * page;
            long table = leafTable(at);
            if (table < 0) {
                return done;
            }
            for (int index = walker.index(at, 1); index < entries && done < pages; index++) {
                long to = physical + done * page;
                long leaf = PageTableWalker.entryAddress(table, index);
                if (walker.isPresent(memory.read64(leaf))) {
                    return done;
                }
                memory.write64(leaf, format.encode(to, flags | PageFlags.PRESENT));
                done++;
            }
        }
        return done;
    }

    /**
     * The last-level table that holds {@code virtual}'s entry, made (and the tables above it) when
     * missing.
     *
     * @return its physical address, or the negated status: {@link #ALREADY_MAPPED} when a large page
     *         covers the address, {@link #OUT_OF_MEMORY} when a table could not be had
     */
    private long leafTable(long virtual) {
        long region = virtual >>> leafShift;
        if (region == cachedRegion) {
            return cachedTable;
        }
        long table = root;
        for (int level = levels; level > 1; level--) {
            long address = PageTableWalker.entryAddress(table, walker.index(virtual, level));
            long entry = memory.read64(address);
            if (walker.isPresent(entry) && walker.isLeaf(entry, level)) {
                return -ALREADY_MAPPED; // by a large page, which only a kernel window's range can hold
            }
            if (!walker.isPresent(entry)) {
                long fresh = newTable();
                if (fresh == FrameAllocator.OUT_OF_MEMORY) {
                    releaseEmptyTables(virtual);
                    return -OUT_OF_MEMORY;
                }
                entry = format.encode(fresh, TABLE_FLAGS);
                memory.write64(address, entry);
            }
            table = format.decodeAddress(entry);
        }
        cachedRegion = region;
        cachedTable = table;
        return table;
    }

    /**
     * Removes the mapping of the page at {@code virtual} and gives back page tables it leaves empty.
     *
     * @param virtual page address in this space's range (the user half, or a kernel window's range), page aligned
     * @return the frame the page was mapped to, now the caller's again, or {@link #NOT_MAPPED}
     *         (also for addresses that no mapping could have, and for a large page)
     */
    public long unmap(long virtual) {
        if (checkPage(virtual) != OK) {
            return NOT_MAPPED;
        }
        long leaf = pageEntry(virtual);
        if (leaf == PageTableWalker.NO_ENTRY) {
            return NOT_MAPPED;
        }
        long frame = format.decodeAddress(memory.read64(leaf));
        memory.write64(leaf, 0);
        releaseEmptyTables(virtual);
        invalidateIfActive(virtual);
        return frame;
    }

    /**
     * Points a mapped page at another frame with new flags, in place: how a borrowed page becomes a
     * private copy on its first write.
     *
     * @param virtual  page address in this space's range, page aligned
     * @param physical the new frame, page aligned
     * @param flags    the new flags, as for {@link #map}
     * @return {@link #OK}, {@link #NOT_PRESENT} when the page is not mapped, or another status
     */
    public int remap(long virtual, long physical, long flags) {
        int status = checkMapping(virtual, physical, flags);
        if (status != OK) {
            return status;
        }
        long leaf = pageEntry(virtual);
        if (leaf == PageTableWalker.NO_ENTRY) {
            return NOT_PRESENT;
        }
        memory.write64(leaf, format.encode(physical, flags | PageFlags.PRESENT));
        invalidateIfActive(virtual);
        return OK;
    }

    /**
     * Changes the flags of a mapped page, keeping its frame.
     *
     * @param virtual page address in this space's range (the user half, or a kernel window's range), page aligned
     * @param flags   the new flags, as for {@link #map}
     * @return {@link #OK}, {@link #NOT_PRESENT} when the page is not mapped (or mapped by a large
     *         page), or another status
     */
    public int protect(long virtual, long flags) {
        int status = checkPage(virtual);
        if (status != OK) {
            return status;
        }
        if (!PageFlags.areMappingFlags(flags)) {
            return BAD_FLAGS;
        }
        long leaf = pageEntry(virtual);
        if (leaf == PageTableWalker.NO_ENTRY) {
            return NOT_PRESENT;
        }
        long frame = format.decodeAddress(memory.read64(leaf));
        memory.write64(leaf, format.encode(frame, flags | PageFlags.PRESENT));
        invalidateIfActive(virtual);
        return OK;
    }

    /**
     * @param virtual any address, in either half
     * @return the physical address it translates to in this space (large pages of the shared half
     *         included), or {@link #NOT_MAPPED}
     */
    public long translate(long virtual) {
        long physical = walker.translate(root, virtual);
        return physical == PageTableWalker.NO_ENTRY ? NOT_MAPPED : physical;
    }

    /**
     * @param virtual any address
     * @return the mapping flags of the page holding it ({@link PageFlags#PRESENT} included,
     *         {@link PageFlags#HUGE} left out), or {@link #NOT_MAPPED}
     */
    public long flags(long virtual) {
        if (!walker.isCanonical(virtual)) {
            return NOT_MAPPED;
        }
        long leaf = walker.leafEntry(root, virtual);
        return leaf == PageTableWalker.NO_ENTRY ? NOT_MAPPED
                : format.decodeFlags(memory.read64(leaf)) & PageFlags.MAPPING_FLAGS;
    }

    /**
     * Gives back every page table of the user half and the root table. The frames still mapped are not
     * touched: they belong to whoever mapped them. The space must not be active; afterwards it
     * must not be used.
     *
     * @return the number of page-table frames given back, or -1 when the space is active, was
     *         destroyed already or is a {@link #kernelWindow} (nothing changes then)
     */
    public int destroy() {
        return destroy(false);
    }

    /**
     * As {@link #destroy()}, and gives back the frame of every page still mapped too: for a space that
     * owns its pages, such as a user program's ({@link UserSpace}).
     *
     * @return the number of frames given back, page tables and pages, or -1 as for {@link #destroy()}
     */
    public int destroyWithPages() {
        return destroy(true);
    }

    private int destroy(boolean pages) {
        if (root == 0 || kernelWindow || isActive()) {
            return -1;
        }
        int released = 0;
        int half = walker.entries(levels) / 2;
        for (int slot = nextUsed(root, 1, half); slot < half; slot = nextUsed(root, slot + 1, half)) {
            released += releaseTree(memory.read64(PageTableWalker.entryAddress(root, slot)), levels - 1, pages);
        }
        frames.free(root);
        root = 0;
        cachedRegion = -1;
        return released + 1;
    }

    /**
     * @return the index of the first entry from {@code from} on (below {@code limit}) of the table
     *         that is not zero, or {@code limit}: most entries of a user space's tables are empty,
     *         and the memory window skips them far faster than a loop of reads
     */
    private int nextUsed(long table, int from, int limit) {
        if (from >= limit) {
            return limit;
        }
        return from + memory.leadingZeroWords(PageTableWalker.entryAddress(table, from), limit - from);
    }

    /**
     * Frees the table of {@code level} an entry of {@code level + 1} points to, and all tables below it;
     * with {@code pages}, also the frames its level-1 entries map.
     */
    private int releaseTree(long entry, int level, boolean pages) {
        if (level < 1 || !walker.isPresent(entry)) {
            return 0;
        }
        long table = format.decodeAddress(entry);
        int released = 0;
        int entries = level > 1 || pages ? walker.entries(level) : 0;
        for (int i = nextUsed(table, 0, entries); i < entries; i = nextUsed(table, i + 1, entries)) {
            long below = memory.read64(PageTableWalker.entryAddress(table, i));
            if (level > 1) {
                released += releaseTree(below, level - 1, pages);
            } else if (walker.isPresent(below) && !isBorrowed(below)) {
                frames.free(format.decodeAddress(below));
                released++;
            }
        }
        frames.free(table);
        return released + 1;
    }

    /** @return whether a present last-level entry maps a lent frame, which is not the space's to free */
    private boolean isBorrowed(long entry) {
        return borrowedBit != 0 ? (entry & borrowedBit) != 0 : (format.decodeFlags(entry) & PageFlags.BORROWED) != 0;
    }

    /** @return {@link #OK}, or why {@code virtual} cannot be mapped to {@code physical} with {@code flags} */
    private int checkMapping(long virtual, long physical, long flags) {
        int status = checkPage(virtual);
        if (status != OK) {
            return status;
        }
        if ((physical & ~format.addressMask()) != 0) {
            return BAD_ADDRESS;
        }
        return PageFlags.areMappingFlags(flags) ? OK : BAD_FLAGS;
    }

    /** @return {@link #OK}, or why {@code virtual} cannot be a page of this space's range */
    private int checkPage(long virtual) {
        if (!walker.isCanonical(virtual) || (virtual & (page - 1)) != 0) {
            return BAD_ADDRESS;
        }
        if (virtual < rangeStart || virtual >= rangeEnd) {
            return SHARED_RANGE;
        }
        return OK;
    }

    /** @return the present level-1 entry that maps {@code virtual}, or {@link PageTableWalker#NO_ENTRY} */
    private long pageEntry(long virtual) {
        long leaf = walker.leafEntry(root, virtual);
        return leaf == PageTableWalker.NO_ENTRY || walker.leafLevel(root, virtual) != 1 ? PageTableWalker.NO_ENTRY : leaf;
    }

    /** @return a zeroed frame for a table, or {@link FrameAllocator#OUT_OF_MEMORY} */
    private long newTable() {
        long frame = frames.allocate();
        if (frame == FrameAllocator.OUT_OF_MEMORY) {
            return frame;
        }
        memory.zero(frame, page);
        return frame;
    }

    /**
     * Frees, from the page table of {@code virtual} upwards, each table that holds no present entry,
     * clearing the entry that pointed to it; stops at the first table still in use or at
     * {@link #keptLevel}. Walks from the root each time instead of keeping the path, so that it
     * allocates nothing: a thread's exit gives back its stack from the timer's path.
     */
    private void releaseEmptyTables(long virtual) {
        for (;;) {
            long table = root;
            long pointer = 0;
            int level = levels;
            while (level > 1) {
                long address = PageTableWalker.entryAddress(table, walker.index(virtual, level));
                long entry = memory.read64(address);
                if (!walker.isPresent(entry) || walker.isLeaf(entry, level)) {
                    break;
                }
                pointer = address;
                table = format.decodeAddress(entry);
                level--;
            }
            if (level >= keptLevel || !isEmpty(table, level)) {
                return;
            }
            memory.write64(pointer, 0);
            cachedRegion = -1;
            frames.free(table);
        }
    }

    private boolean isEmpty(long table, int level) {
        int entries = walker.entries(level);
        for (int i = 0; i < entries; i++) {
            long entry = memory.read64(PageTableWalker.entryAddress(table, i));
            if (entry != 0 && walker.isPresent(entry)) {
                return false;
            }
        }
        return true;
    }

    private void invalidateIfActive(long virtual) {
        if (isActive()) {
            memory.invalidate(virtual);
        }
    }
}
