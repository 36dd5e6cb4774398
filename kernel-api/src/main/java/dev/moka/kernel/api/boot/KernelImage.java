package dev.moka.kernel.api.boot;

import dev.moka.kernel.api.mm.FrameAllocator;
import dev.moka.kernel.api.mm.PagingProvider;
import dev.moka.kernel.api.sched.Scheduler;

/**
 * Everything an image decided at build time, handed to the kernel as one value: the arch pack's entry
 * receives it from the image's generated boot class and passes it on to the kernel unchanged.
 *
 * <p>Adding a feature to images adds a component here, not a parameter to every boot method.
 *
 * @param version        the Moka version the image was built from, which the kernel reports
 * @param scheduler      the scheduling policy the image config chose
 * @param frameAllocator the frame allocator the image config chose, not yet initialised
 * @param job            what the kernel runs once it is up (a workload, say), or null for nothing
 * @param paging         the generic paging code for the machine's page-table format: it makes the boot
 *                       check of paging and the kernel-thread stack space; null for an image without
 *                       one, which checks no paging and runs no threads
 */
public record KernelImage(String version, Scheduler scheduler, FrameAllocator frameAllocator, BootJob job,
                          PagingProvider paging) {
    /**
     * An image without paging code: no paging check, no kernel threads.
     *
     * @param version        the Moka version the image was built from
     * @param scheduler      the scheduling policy
     * @param frameAllocator the frame allocator, not yet initialised
     * @param job            what the kernel runs once it is up, or null
     */
    public KernelImage(String version, Scheduler scheduler, FrameAllocator frameAllocator, BootJob job) {
        this(version, scheduler, frameAllocator, job, null);
    }
}
