package dev.moka.kernel.mm.paging;

import dev.moka.kernel.api.mm.PhysicalMemory;

/**
 * Reads a 4-level x86_64 page-table tree the way the MMU does: PML4 (level 4), PDPT (3), page
 * directory (2) and page table (1), 512 entries of 8 bytes each, 9 bits of the virtual address per
 * level above the 12-bit page offset. Understands the 1 GiB and 2 MiB pages the boot identity map
 * uses; writes nothing.
 */
public final class PageTableWalker {
    /** Levels of the tree. */
    public static final int LEVELS = 4;
    /** Entries in every table. */
    public static final int ENTRIES = 512;
    /** Bytes of a page and of a table. */
    public static final long PAGE_SIZE = 4096;
    /** Returned when no entry exists on the way to an address. */
    public static final long NO_ENTRY = -1;

    private final PhysicalMemory memory;

    /** @param memory where the tables are read */
    public PageTableWalker(PhysicalMemory memory) {
        this.memory = memory;
    }

    /**
     * @param virtual a virtual address
     * @param level   4 for the PML4 down to 1 for a page table
     * @return the index of the entry for {@code virtual} in the table of that level
     */
    public static int index(long virtual, int level) {
        return (int) ((virtual >>> (12 + 9 * (level - 1))) & (ENTRIES - 1));
    }

    /** @param virtual an address @return whether bits 63..47 are all equal, as x86_64 requires */
    public static boolean isCanonical(long virtual) {
        return (virtual >> 47) == 0 || (virtual >> 47) == -1;
    }

    /** @param level 1 to 3 @return bytes one entry of that level maps: 4 KiB, 2 MiB, 1 GiB */
    public static long bytesPerEntry(int level) {
        return PAGE_SIZE << (9 * (level - 1));
    }

    /**
     * @param table physical address of a table
     * @param index entry index, 0..511
     * @return physical address of the entry
     */
    public static long entryAddress(long table, int index) {
        return table + 8L * index;
    }

    /**
     * Finds the leaf entry that maps {@code virtual}: a page-table entry, or a huge-page entry of a
     * directory level.
     *
     * @param root    physical address of the PML4
     * @param virtual a canonical virtual address
     * @return physical address of the present leaf entry, or {@link #NO_ENTRY} when some level on
     *         the way is not present
     */
    public long leafEntry(long root, long virtual) {
        long table = root;
        for (int level = LEVELS; level >= 1; level--) {
            long address = entryAddress(table, index(virtual, level));
            long entry = memory.read64(address);
            if ((entry & PageFlags.PRESENT) == 0) {
                return NO_ENTRY;
            }
            if (level == 1 || (level <= 3 && (entry & PageFlags.HUGE) != 0)) {
                return address;
            }
            table = entry & PageFlags.ADDRESS_MASK;
        }
        return NO_ENTRY;
    }

    /**
     * @param root    physical address of the PML4
     * @param virtual a canonical virtual address
     * @return the level (1, 2 or 3) of the leaf entry that maps {@code virtual}, or 0 when none does
     */
    public int leafLevel(long root, long virtual) {
        long table = root;
        for (int level = LEVELS; level >= 1; level--) {
            long entry = memory.read64(entryAddress(table, index(virtual, level)));
            if ((entry & PageFlags.PRESENT) == 0) {
                return 0;
            }
            if (level == 1 || (level <= 3 && (entry & PageFlags.HUGE) != 0)) {
                return level;
            }
            table = entry & PageFlags.ADDRESS_MASK;
        }
        return 0;
    }

    /**
     * Translates as the MMU would, huge pages included.
     *
     * @param root    physical address of the PML4
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
        return (entry & PageFlags.ADDRESS_MASK & ~offsetMask) | (virtual & offsetMask);
    }
}
