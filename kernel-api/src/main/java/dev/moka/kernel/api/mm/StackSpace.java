package dev.moka.kernel.api.mm;

/**
 * The virtual range set aside for kernel-thread stacks, in the part of the address space every
 * address space shares, and the mapping of its pages. The arch pack states where the range lies
 * ({@code ArchPack.stackRangeStart()} and {@code stackRangeEnd()}); the image's
 * {@link PagingProvider} maps its pages in the machine's page-table format; the kernel decides which
 * pages back a stack.
 *
 * <p>Pages are 4 KiB, mapped writable and not executable. A page of the range that is not mapped
 * faults when touched: the pages the kernel leaves unmapped below each stack are its guard, and
 * the arch pack reports a fault there as a stack overflow.
 */
public interface StackSpace {
    /** Returned by {@link #unmap} for a page that was not mapped. */
    long NOT_MAPPED = -1;

    /** @return the first address of the range, 4 KiB aligned */
    long start();

    /** @return the address after the range, 4 KiB aligned */
    long end();

    /**
     * Maps one page of the range.
     *
     * @param virtual a 4 KiB-aligned address in {@code [start(), end())}, not mapped yet
     * @param frame   a frame the caller owns
     * @return false, mapping nothing, when no frame was left for a page table or the address was
     *         not an unmapped page of the range
     */
    boolean map(long virtual, long frame);

    /**
     * Removes the mapping of one page, so that touching it faults again, and gives back page tables
     * it leaves empty. Allocates nothing.
     *
     * @param virtual a 4 KiB-aligned address in the range
     * @return the frame it was mapped to, the caller's again, or {@link #NOT_MAPPED}
     */
    long unmap(long virtual);
}
