package dev.moka.kernel.api.boot;

import dev.moka.kernel.api.arch.ArchPack;
import dev.moka.kernel.api.mm.FrameAllocator;
import dev.moka.kernel.api.mm.StackSpace;
import dev.moka.kernel.api.sched.Scheduler;

/** What a {@link BootJob} may use of the running kernel. */
public interface KernelContext {
    /** @return the machine */
    ArchPack arch();

    /** @return the image's scheduling policy */
    Scheduler scheduler();

    /** @return the image's frame allocator, initialised and checked */
    FrameAllocator frames();

    /**
     * @return where kernel-thread stacks are mapped: the arch pack's stack range, mapped by the image's
     *         paging code; null when the machine states no range or the image has no paging code, so
     *         no thread layer can run
     */
    StackSpace stackSpace();

    /** @param line one line for the kernel log (the console), without its line feed */
    void println(String line);

    /**
     * @return a new, empty address space for a user program, made by the image's paging code; null
     *         when the image or the machine has none, or no frame is free
     */
    default dev.moka.kernel.api.mm.UserAddressSpace newUserSpace() {
        return null;
    }

    /** @return the Moka version the kernel reports, as the image was built with */
    default String version() {
        return "unknown";
    }

    /**
     * @return the machine's physical memory map as the kernel booted with it (where RAM is, which
     *         the kernel keeps for itself), or null when it is not known
     */
    default MemoryMap memoryMap() {
        return null;
    }
}
