package dev.moka.kernel.mm.paging;

import dev.moka.kernel.api.mm.FrameAllocator;
import dev.moka.kernel.api.mm.PageFlags;
import dev.moka.kernel.api.mm.PageTableFormat;
import dev.moka.kernel.api.mm.PhysicalMemory;

/**
 * Reads a page-table tree of any {@link PageTableFormat} the way the MMU does: from the root (level
 * {@link #levels()}) down to the tables that map pages (level 1), each indexed by its bits of the
 * virtual address above the page offset, with large pages wherever a directory entry is
 * {@link PageFlags#HUGE}. Writes nothing; the geometry it derives from the format (shifts, table
 * sizes, the canonical range) is what {@link AddressSpace} builds with.
 */
public final class PageTableWalker {
    /** Returned when no entry exists on the way to an address. */
    public static final long NO_ENTRY = -1;
    /** Bytes of one entry: entries are read and written as 64-bit values. */
    public static final int ENTRY_BYTES = 8;

    private final PageTableFormat format;
    private final PhysicalMemory memory;
    private final int levels;
    /** shift[level]: where the index bits of that level start in a virtual address; shift[0] is the page shift. */
    private final int[] shift;
    /** Entries of a table of each level, from 1 up: asked at every step of a walk. */
    private final int[] entries;
    /** Bits of a virtual address the tables translate; the rest must repeat the top one. */
    private final int virtualBits;

    /**
     * @param format the layout of the tables
     * @param memory where the tables are read
     * @throws IllegalArgumentException when a table of the format would not fit in one frame, or its
     *         pages are not frames
     */
    public PageTableWalker(PageTableFormat format, PhysicalMemory memory) {
        this.format = format;
        this.memory = memory;
        this.levels = format.levels();
        if (levels < 1 || (1L << format.pageShift()) != FrameAllocator.FRAME_SIZE) {
            throw new IllegalArgumentException("page-table format needs at least one level and pages of one frame");
        }
        this.shift = new int[levels + 1];
        this.entries = new int[levels + 1];
        shift[0] = format.pageShift();
        int bits = format.pageShift();
        for (int level = 1; level <= levels; level++) {
            int indexBits = format.indexBits(level);
            if (indexBits < 1 || ((long) ENTRY_BYTES << indexBits) > FrameAllocator.FRAME_SIZE) {
                throw new IllegalArgumentException("page-table format: a table of level " + level
                        + " does not fit in one frame");
            }
            shift[level] = bits;
            entries[level] = 1 << indexBits;
            bits += indexBits;
        }
        if (bits > 63) {
            throw new IllegalArgumentException("page-table format translates more than 63 address bits");
        }
        this.virtualBits = bits;
    }

    /** @return the format the tables are read with */
    public PageTableFormat format() {
        return format;
    }

    /** @return levels of the tree; the root has this level */
    public int levels() {
        return levels;
    }

    /** @param level 1 up to {@link #levels()} @return entries in a table of that level */
    public int entries(int level) {
        return entries[level];
    }

    /** @return bytes of a page, and of a table's frame */
    public long pageSize() {
        return 1L << shift[0];
    }

    /** @return how many low bits of a virtual address the tables translate */
    public int virtualBits() {
        return virtualBits;
    }

    /**
     * @param virtual a virtual address
     * @param level   {@link #levels()} for the root down to 1
     * @return the index of the entry for {@code virtual} in the table of that level
     */
    public int index(long virtual, int level) {
        return (int) ((virtual >>> shift[level]) & (entries(level) - 1));
    }

    /** @param virtual an address @return whether every bit above the translated ones repeats the top translated bit */
    public boolean isCanonical(long virtual) {
        long high = virtual >> (virtualBits - 1);
        return high == 0 || high == -1;
    }

    /** @param level 1 up to {@link #levels()} @return bytes one entry of that level maps */
    public long bytesPerEntry(int level) {
        return 1L << shift[level];
    }

    /**
     * @param table physical address of a table
     * @param index entry index
     * @return physical address of the entry
     */
    public static long entryAddress(long table, int index) {
        return table + (long) ENTRY_BYTES * index;
    }

    /** @param entry an entry @return whether it is present */
    public boolean isPresent(long entry) {
        return format.isPresent(entry);
    }

    /**
     * @param entry a present entry
     * @param level its table's level
     * @return whether it maps a page (level 1, or a large page above it) rather than pointing to a table
     */
    public boolean isLeaf(long entry, int level) {
        return level == 1 || format.isHuge(entry);
    }

    /**
     * Finds the leaf entry that maps {@code virtual}: an entry of level 1, or a large-page entry of a
     * directory level.
     *
     * @param root    physical address of the root table
     * @param virtual a canonical virtual address
     * @return physical address of the present leaf entry, or {@link #NO_ENTRY} when some level on
     *         the way is not present
     */
    public long leafEntry(long root, long virtual) {
        long table = root;
        for (int level = levels; level >= 1; level--) {
            long address = entryAddress(table, index(virtual, level));
            long entry = memory.read64(address);
            if (!isPresent(entry)) {
                return NO_ENTRY;
            }
            if (isLeaf(entry, level)) {
                return address;
            }
            table = format.decodeAddress(entry);
        }
        return NO_ENTRY;
    }

    /**
     * @param root    physical address of the root table
     * @param virtual a canonical virtual address
     * @return the level of the leaf entry that maps {@code virtual}, or 0 when none does
     */
    public int leafLevel(long root, long virtual) {
        long table = root;
        for (int level = levels; level >= 1; level--) {
            long entry = memory.read64(entryAddress(table, index(virtual, level)));
            if (!isPresent(entry)) {
                return 0;
            }
            if (isLeaf(entry, level)) {
                return level;
            }
            table = format.decodeAddress(entry);
        }
        return 0;
    }

    /**
     * Translates as the MMU would, large pages included.
     *
     * @param root    physical address of the root table
     * @param virtual any virtual address
     * @return the physical address, or {@link #NO_ENTRY} when {@code virtual} is not mapped or not
     *         canonical
     */
    public long translate(long root, long virtual) {
        if (!isCanonical(virtual)) {
            return NO_ENTRY;
        }
        int level = leafLevel(root, virtual);
        if (level == 0) {
            return NO_ENTRY;
        }
        long entry = memory.read64(leafEntry(root, virtual));
        long offsetMask = bytesPerEntry(level) - 1;
        return (format.decodeAddress(entry) & ~offsetMask) | (virtual & offsetMask);
    }
}
