package dev.moka.kernel.api.boot;

import dev.moka.kernel.api.arch.ArchPack;
import dev.moka.kernel.api.mm.FrameAllocator;
import dev.moka.kernel.api.sched.Scheduler;

/** What a {@link BootJob} may use of the running kernel. */
public interface KernelContext {
    /** @return the machine */
    ArchPack arch();

    /** @return the image's scheduling policy */
    Scheduler scheduler();

    /** @return the image's frame allocator, initialised and checked */
    FrameAllocator frames();

    /** @param line one line for the kernel log (the console), without its line feed */
    void println(String line);
}
