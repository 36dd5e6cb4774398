package dev.moka.kernel.api.mm;

/**
 * The image's generic paging code, for the machine the kernel runs on: the boot-time
 * {@link PagingCheck} and the {@link StackSpace} kernel threads get their stacks from. A module
 * provides it as a service; the image linker puts the one it finds into the image description
 * ({@code KernelImage.paging()}), and the kernel, once up, asks it for both over the arch pack's
 * {@link PageTableFormat} and {@link PhysicalMemory}. So the code that builds page tables lives beside
 * the generic paging code while the arch pack, which knows neither, supplies only the machine's side:
 * its table format, its memory and MMU, and where its stack range lies.
 *
 * <p>Implementations have a public no-argument constructor: the image's generated boot class makes one.
 */
public interface PagingProvider {
    /**
     * @param format the machine's page-table format
     * @param memory the machine's physical memory and MMU
     * @return the check to run on that machine
     */
    PagingCheck newCheck(PageTableFormat format, PhysicalMemory memory);

    /**
     * Makes the kernel-thread stack space over the range the arch pack states, mapped in the tables
     * active now (the kernel's), so that every address space sees the stacks.
     *
     * @param format the machine's page-table format
     * @param memory the machine's physical memory and MMU
     * @param frames where the range's page tables come from, initialised
     * @param start  first address of the range, page aligned
     * @param end    address after the range, page aligned
     * @return the stack space, or null when this provider maps no stacks or the machine's tables
     *         cannot hold the range
     */
    StackSpace newStackSpace(PageTableFormat format, PhysicalMemory memory, FrameAllocator frames, long start,
                             long end);

    /**
     * Makes an empty address space for a user program, sharing the kernel half of the kernel's own
     * tables (not those active now, which may be another program's).
     *
     * @param format     the machine's page-table format
     * @param memory     the machine's physical memory and MMU
     * @param frames     where its pages and page tables come from
     * @param kernelRoot physical address of the kernel's root table
     * @return the space, or null when this provider makes none or no frame was free
     */
    default UserAddressSpace newUserSpace(PageTableFormat format, PhysicalMemory memory, FrameAllocator frames,
                                          long kernelRoot) {
        return null;
    }
}
