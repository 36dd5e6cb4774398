package dev.moka.kernel.api.mm;

/**
 * A boot-time check of the paging mechanism, made for the machine by the image's
 * {@link PagingProvider}: it builds an address space with frames from the kernel's allocator,
 * switches to it, touches its pages and switches back. The kernel runs it once the frame allocator
 * is up.
 */
public interface PagingCheck {
    /**
     * Runs the check. On return the boot page tables are active again and every frame taken has
     * been given back.
     *
     * @param frames the kernel's frame allocator, initialised
     * @return null when paging behaved, else what went wrong
     */
    String run(FrameAllocator frames);
}
