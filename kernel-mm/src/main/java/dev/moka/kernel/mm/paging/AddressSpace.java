package dev.moka.kernel.mm.paging;

import dev.moka.kernel.api.mm.FrameAllocator;
import dev.moka.kernel.api.mm.PhysicalMemory;

/**
 * One virtual address space: a 4-level x86_64 page-table tree whose kernel half is shared with the
 * kernel's own tables, and whose user half maps 4 KiB pages one by one.
 *
 * <p><b>Kernel half.</b> The kernel runs today in the identity map of the low 4 GiB that the boot
 * code builds under PML4 slot 0, and a higher-half kernel would live in slots 256..511. A new
 * address space copies those {@link #isSharedSlot shared slots} from the kernel's PML4, so it
 * points at the very same lower-level tables: the kernel stays mapped, identically, after every
 * switch. Mapping, unmapping or protecting in the shared slots is refused. Slots 1..255
 * ({@link #USER_START} up to {@link #USER_END}) belong to the address space alone. The kernel maps
 * pages of its own half through a {@link #kernelWindow}, which edits the shared tables themselves
 * within one range, such as the range of kernel-thread stacks.
 *
 * <p><b>Memory.</b> Page tables come from the {@link FrameAllocator} and are zeroed here; a table
 * whose last entry is unmapped is given back at once, and {@link #destroy} returns the rest. The
 * frames a caller maps stay the caller's: unmapping hands the frame back to it.
 *
 * <p><b>TLB.</b> Changing or removing a present entry of the active address space invalidates
 * that page; an inactive one needs nothing, since activating it flushes the TLB.
 *
 * <p>Errors are reported by return values (status codes, {@link #NOT_MAPPED}), never thrown.
 */
public final class AddressSpace {
    /** Returned by {@link #translate}, {@link #unmap} and {@link #flags} for an unmapped address. */
    public static final long NOT_MAPPED = -1;

    /** Status: done. */
    public static final int OK = 0;
    /** Status: the virtual address is not canonical or not 4 KiB aligned, or the frame is not a 4 KiB frame below 2^52. */
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

    /** First PML4 slot of the upper, canonical-high half. */
    public static final int HIGH_HALF_SLOT = 256;
    /** Lowest user address: PML4 slot 1 (slot 0 holds the kernel's identity map). */
    public static final long USER_START = 1L << 39;
    /** Address after the highest user address: the end of the lower canonical half. */
    public static final long USER_END = 1L << 47;

    private static final long PAGE = PageTableWalker.PAGE_SIZE;
    /** The bits of a leaf entry that describe the mapping; the CPU's accessed and dirty bits are not among them. */
    private static final long ATTRIBUTES = PageFlags.MAPPING_FLAGS;

    private final PhysicalMemory memory;
    private final FrameAllocator frames;
    private final PageTableWalker walker;
    /** The pages {@link #map}, {@link #unmap} and {@link #protect} may change: {@code [rangeStart, rangeEnd)}. */
    private final long rangeStart;
    private final long rangeEnd;
    /**
     * Tables at this level or above are never freed when they empty: the PML4 of a space of its own;
     * for a kernel window also the table below the shared PML4 slot, which other spaces point at.
     */
    private final int keptLevel;
    /** Whether the tables are the kernel's own: reached from every space, so a change is invalidated always. */
    private final boolean kernelWindow;
    private long root;

    private AddressSpace(PhysicalMemory memory, FrameAllocator frames, long root, long rangeStart, long rangeEnd,
            boolean kernelWindow) {
        this.memory = memory;
        this.frames = frames;
        this.walker = new PageTableWalker(memory);
        this.root = root;
        this.rangeStart = rangeStart;
        this.rangeEnd = rangeEnd;
        this.kernelWindow = kernelWindow;
        this.keptLevel = kernelWindow ? PageTableWalker.LEVELS - 1 : PageTableWalker.LEVELS;
    }

    /**
     * Creates an empty address space that shares the kernel half of {@code kernelRoot}.
     *
     * @param memory     access to the tables
     * @param frames     where page tables come from
     * @param kernelRoot physical address of the kernel's PML4 (the boot tables)
     * @return the address space, or null when no frame was free for its PML4
     */
    public static AddressSpace create(PhysicalMemory memory, FrameAllocator frames, long kernelRoot) {
        long root = frames.allocate();
        if (root == FrameAllocator.OUT_OF_MEMORY) {
            return null;
        }
        for (int slot = 0; slot < PageTableWalker.ENTRIES; slot++) {
            long entry = isSharedSlot(slot) ? memory.read64(PageTableWalker.entryAddress(kernelRoot, slot)) : 0;
            memory.write64(PageTableWalker.entryAddress(root, slot), entry);
        }
        return new AddressSpace(memory, frames, root, USER_START, USER_END, false);
    }

    /**
     * A window on the kernel's own tables for a range of the shared kernel half, such as the range
     * of kernel-thread stacks: pages mapped through it are seen by every address space, those
     * created before included, because they all point at the same table below the PML4 slot. The
     * window never changes the PML4 and never frees the table below it; {@link #destroy} refuses.
     *
     * @param memory     access to the tables
     * @param frames     where page tables come from
     * @param kernelRoot physical address of the kernel's PML4 (the boot tables)
     * @param start      first address of the range, 4 KiB aligned
     * @param end        address after the range, 4 KiB aligned, in the same PML4 slot as {@code start}
     * @return the window, or null when the range is not inside one shared PML4 slot whose table
     *         below exists already
     */
    public static AddressSpace kernelWindow(PhysicalMemory memory, FrameAllocator frames, long kernelRoot, long start,
            long end) {
        int slot = PageTableWalker.index(start, PageTableWalker.LEVELS);
        if (!PageTableWalker.isCanonical(start) || !PageTableWalker.isCanonical(end - 1) || end <= start
                || ((start | end) & (PAGE - 1)) != 0 || !isSharedSlot(slot)
                || PageTableWalker.index(end - 1, PageTableWalker.LEVELS) != slot
                || (memory.read64(PageTableWalker.entryAddress(kernelRoot, slot)) & PageFlags.PRESENT) == 0) {
            return null;
        }
        return new AddressSpace(memory, frames, kernelRoot, start, end, true);
    }

    /** @param slot a PML4 index @return whether the slot belongs to the kernel half all spaces share */
    public static boolean isSharedSlot(int slot) {
        return slot == 0 || slot >= HIGH_HALF_SLOT;
    }

    /** @param virtual an address @return whether the address is canonical and outside the shared kernel half */
    public static boolean isUserAddress(long virtual) {
        return virtual >= USER_START && virtual < USER_END;
    }

    /** @return physical address of this space's PML4, or 0 once destroyed */
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
     * Maps the 4 KiB page at {@code virtual} to the frame at {@code physical}.
     *
     * @param virtual  page address in this space's range (the user half, or a kernel window's range), 4 KiB aligned
     * @param physical frame address, 4 KiB aligned
     * @param flags    a combination of {@link PageFlags#MAPPING_FLAGS}; {@link PageFlags#PRESENT} is implied
     * @return {@link #OK} or a status saying why nothing changed
     */
    public int map(long virtual, long physical, long flags) {
        int status = checkPage(virtual);
        if (status != OK) {
            return status;
        }
        if ((physical & ~PageFlags.ADDRESS_MASK) != 0) {
            return BAD_ADDRESS;
        }
        if (!PageFlags.areMappingFlags(flags)) {
            return BAD_FLAGS;
        }
        long table = root;
        for (int level = PageTableWalker.LEVELS; level > 1; level--) {
            long address = PageTableWalker.entryAddress(table, PageTableWalker.index(virtual, level));
            long entry = memory.read64(address);
            if ((entry & PageFlags.PRESENT) == 0) {
                long fresh = newTable();
                if (fresh == FrameAllocator.OUT_OF_MEMORY) {
                    releaseEmptyTables(virtual);
                    return OUT_OF_MEMORY;
                }
                entry = fresh | PageFlags.TABLE_FLAGS;
                memory.write64(address, entry);
            }
            table = entry & PageFlags.ADDRESS_MASK;
        }
        long leaf = PageTableWalker.entryAddress(table, PageTableWalker.index(virtual, 1));
        if ((memory.read64(leaf) & PageFlags.PRESENT) != 0) {
            return ALREADY_MAPPED;
        }
        // A not-present entry is never cached by the TLB, so a new mapping needs no invalidation.
        memory.write64(leaf, physical | flags | PageFlags.PRESENT);
        return OK;
    }

    /**
     * Removes the mapping of the page at {@code virtual} and gives back page tables it leaves empty.
     *
     * @param virtual page address in this space's range (the user half, or a kernel window's range), 4 KiB aligned
     * @return the frame the page was mapped to, now the caller's again, or {@link #NOT_MAPPED}
     *         (also for addresses that no mapping could have)
     */
    public long unmap(long virtual) {
        if (checkPage(virtual) != OK) {
            return NOT_MAPPED;
        }
        long leaf = walker.leafEntry(root, virtual);
        if (leaf == PageTableWalker.NO_ENTRY) {
            return NOT_MAPPED;
        }
        long frame = memory.read64(leaf) & PageFlags.ADDRESS_MASK;
        memory.write64(leaf, 0);
        releaseEmptyTables(virtual);
        invalidateIfActive(virtual);
        return frame;
    }

    /**
     * Changes the flags of a mapped page, keeping its frame.
     *
     * @param virtual page address in this space's range (the user half, or a kernel window's range), 4 KiB aligned
     * @param flags   the new flags, as for {@link #map}
     * @return {@link #OK}, {@link #NOT_PRESENT} when the page is not mapped, or another status
     */
    public int protect(long virtual, long flags) {
        int status = checkPage(virtual);
        if (status != OK) {
            return status;
        }
        if (!PageFlags.areMappingFlags(flags)) {
            return BAD_FLAGS;
        }
        long leaf = walker.leafEntry(root, virtual);
        if (leaf == PageTableWalker.NO_ENTRY) {
            return NOT_PRESENT;
        }
        long frame = memory.read64(leaf) & PageFlags.ADDRESS_MASK;
        memory.write64(leaf, frame | flags | PageFlags.PRESENT);
        invalidateIfActive(virtual);
        return OK;
    }

    /**
     * @param virtual any address, in either half
     * @return the physical address it translates to in this space (huge pages of the shared half
     *         included), or {@link #NOT_MAPPED}
     */
    public long translate(long virtual) {
        long physical = walker.translate(root, virtual);
        return physical == PageTableWalker.NO_ENTRY ? NOT_MAPPED : physical;
    }

    /**
     * @param virtual any address
     * @return the mapping flags of the page holding it ({@link PageFlags#PRESENT} included, the
     *         CPU's accessed and dirty bits left out), or {@link #NOT_MAPPED}
     */
    public long flags(long virtual) {
        if (!PageTableWalker.isCanonical(virtual)) {
            return NOT_MAPPED;
        }
        long leaf = walker.leafEntry(root, virtual);
        return leaf == PageTableWalker.NO_ENTRY ? NOT_MAPPED : memory.read64(leaf) & ATTRIBUTES;
    }

    /**
     * Gives back every page table of the user half and the PML4. The frames still mapped are not
     * touched: they belong to whoever mapped them. The space must not be active; afterwards it
     * must not be used.
     *
     * @return the number of page-table frames given back, or -1 when the space is active, was
     *         destroyed already or is a {@link #kernelWindow} (nothing changes then)
     */
    public int destroy() {
        if (root == 0 || kernelWindow || isActive()) {
            return -1;
        }
        int released = 0;
        for (int slot = 0; slot < PageTableWalker.ENTRIES; slot++) {
            if (!isSharedSlot(slot)) {
                released += releaseTree(memory.read64(PageTableWalker.entryAddress(root, slot)), 3);
            }
        }
        frames.free(root);
        root = 0;
        return released + 1;
    }

    /** Frees the table an entry of {@code level + 1} points to, and all tables below it. */
    private int releaseTree(long entry, int level) {
        if ((entry & PageFlags.PRESENT) == 0) {
            return 0;
        }
        long table = entry & PageFlags.ADDRESS_MASK;
        int released = 0;
        if (level > 1) {
            for (int i = 0; i < PageTableWalker.ENTRIES; i++) {
                released += releaseTree(memory.read64(PageTableWalker.entryAddress(table, i)), level - 1);
            }
        }
        frames.free(table);
        return released + 1;
    }

    /** @return {@link #OK}, or why {@code virtual} cannot be a page of this space's range */
    private int checkPage(long virtual) {
        if (!PageTableWalker.isCanonical(virtual) || (virtual & (PAGE - 1)) != 0) {
            return BAD_ADDRESS;
        }
        if (virtual < rangeStart || virtual >= rangeEnd) {
            return SHARED_RANGE;
        }
        return OK;
    }

    /** @return a zeroed frame for a table, or {@link FrameAllocator#OUT_OF_MEMORY} */
    private long newTable() {
        long frame = frames.allocate();
        if (frame == FrameAllocator.OUT_OF_MEMORY) {
            return frame;
        }
        for (long offset = 0; offset < PAGE; offset += 8) {
            memory.write64(frame + offset, 0);
        }
        return frame;
    }

    /**
     * Frees, from the page table of {@code virtual} upwards, each table that holds no present entry,
     * clearing the entry that pointed to it; stops at the first table still in use and below
     * {@link #keptLevel}. Walks from the root each time instead of keeping the path, so that it
     * allocates nothing: a thread's exit gives back its stack from the timer's path.
     */
    private void releaseEmptyTables(long virtual) {
        for (;;) {
            long table = root;
            long pointer = 0;
            int level = PageTableWalker.LEVELS;
            while (level > 1) {
                long address = PageTableWalker.entryAddress(table, PageTableWalker.index(virtual, level));
                long entry = memory.read64(address);
                if ((entry & PageFlags.PRESENT) == 0) {
                    break;
                }
                pointer = address;
                table = entry & PageFlags.ADDRESS_MASK;
                level--;
            }
            if (level >= keptLevel || !isEmpty(table)) {
                return;
            }
            memory.write64(pointer, 0);
            frames.free(table);
        }
    }

    private boolean isEmpty(long table) {
        for (int i = 0; i < PageTableWalker.ENTRIES; i++) {
            if ((memory.read64(PageTableWalker.entryAddress(table, i)) & PageFlags.PRESENT) != 0) {
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
