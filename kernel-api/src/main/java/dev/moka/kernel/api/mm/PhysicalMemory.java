package dev.moka.kernel.api.mm;

/**
 * The arch pack's window on physical memory and on the MMU, for the page-table code in
 * {@code kernel-mm}, which stays free of magic by going through this SPI.
 *
 * <p>On x86_64 physical memory is reached through the boot identity map, so physical addresses
 * passed here must lie below 4 GiB; a simulated machine reaches its RAM directly.
 */
public interface PhysicalMemory {
    /** @param physical an 8-aligned physical address @return the 64-bit value stored there */
    long read64(long physical);

    /** @param physical an 8-aligned physical address @param value the 64-bit value to store there */
    void write64(long physical, long value);

    /**
     * Clears a range of physical memory: what a fresh frame or page table needs. A machine overrides
     * this with its fastest way; the default writes word by word.
     *
     * @param physical the first byte, 8-byte aligned
     * @param bytes    how many, a multiple of 8
     */
    default void zero(long physical, long bytes) {
        for (long offset = 0; offset < bytes; offset += 8) {
            write64(physical + offset, 0);
        }
    }

    /**
     * Copies a range of physical memory to another that does not overlap it: a page copied on a
     * write, for instance.
     *
     * @param from  the first byte to copy, 8-byte aligned
     * @param to    where it goes, 8-byte aligned
     * @param bytes how many, a multiple of 8
     */
    default void copy(long from, long to, long bytes) {
        for (long offset = 0; offset < bytes; offset += 8) {
            write64(to + offset, read64(from + offset));
        }
    }

    /**
     * Counts the zero 64-bit words from {@code physical} on, up to {@code words}: how a mostly empty
     * page table's used entries are found. A machine overrides this with its fastest way.
     *
     * @param physical the first word, 8-byte aligned
     * @param words    how many to look at
     * @return how many zero words come first; {@code words} when all are zero
     */
    default int leadingZeroWords(long physical, int words) {
        int n = 0;
        while (n < words && read64(physical + 8L * n) == 0) {
            n++;
        }
        return n;
    }

    /**
     * Writes bytes of an array to physical memory, at any alignment: a program's data loaded into
     * its pages. The caller has checked the array range. A machine overrides this with its fastest
     * way; the default merges each byte into its word.
     *
     * @param physical the first byte written
     * @param bytes    the array
     * @param offset   the first index read
     * @param length   how many bytes
     */
    default void write(long physical, byte[] bytes, int offset, int length) {
        for (int i = 0; i < length; i++) {
            long at = physical + i;
            long word = at & -8L;
            int shift = (int) (at - word) * 8;
            write64(word, read64(word) & ~(0xFFL << shift) | (bytes[offset + i] & 0xFFL) << shift);
        }
    }

    /**
     * Drops the translation of the page holding {@code virtual} from the TLB (and the paging
     * structure caches) of this CPU, as {@code invlpg} does.
     *
     * @param virtual any address in the page
     */
    void invalidate(long virtual);

    /**
     * Makes a page-table tree the CPU's current one (loads CR3), which also flushes every
     * non-global translation.
     *
     * @param root physical address of the top-level table (4 KiB aligned)
     */
    void activate(long root);

    /** @return physical address of the top-level table the CPU translates through now */
    long activeRoot();
}
