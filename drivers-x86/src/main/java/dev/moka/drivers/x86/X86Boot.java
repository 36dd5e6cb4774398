package dev.moka.drivers.x86;

import dev.moka.kernel.api.Kernel;
import dev.moka.kernel.api.arch.ArchPack;
import dev.moka.kernel.api.boot.BootInfo;
import dev.moka.kernel.api.boot.MemoryMap;
import dev.moka.kernel.api.mm.FrameAllocator;
import dev.moka.kernel.api.sched.Scheduler;
import dev.moka.kernel.api.thread.Workload;

/**
 * Hand-over from the boot loader to the generic kernel on x86_64. The native image's generated entry
 * calls {@link #start} once it is in long mode with a stack; the hosted runner calls the same method
 * on a simulated PC.
 */
public final class X86Boot {
    private X86Boot() {
    }

    /**
     * Brings up the console, reads the Multiboot information and boots the kernel, which also runs
     * {@link X86PagingCheck} on the page tables the boot code left. Does not return.
     *
     * @param multibootInfo physical address of the Multiboot v1 information structure
     * @param kernelStart   physical address of the first byte of the kernel image
     * @param kernelEnd     physical address after the last byte of the kernel image (bss included)
     * @param version       the Moka version the kernel reports
     * @param scheduler     the scheduling policy chosen for the image
     * @param frames        the frame allocator chosen for the image, not yet initialised
     */
    public static void start(long multibootInfo, long kernelStart, long kernelEnd, String version,
                             Scheduler scheduler, FrameAllocator frames) {
        start(multibootInfo, kernelStart, kernelEnd, version, scheduler, frames, null);
    }

    /**
     * As {@link #start(long, long, long, String, Scheduler, FrameAllocator)}, running a workload
     * before the kernel ends the run.
     *
     * @param multibootInfo physical address of the Multiboot v1 information structure
     * @param kernelStart   physical address of the first byte of the kernel image
     * @param kernelEnd     physical address after the last byte of the kernel image (bss included)
     * @param version       the Moka version the kernel reports
     * @param scheduler     the scheduling policy chosen for the image
     * @param frames        the frame allocator chosen for the image, not yet initialised
     * @param workload      the workload, or null for none
     */
    public static void start(long multibootInfo, long kernelStart, long kernelEnd, String version,
                             Scheduler scheduler, FrameAllocator frames, Workload workload) {
        start(multibootInfo, kernelStart, kernelEnd, version, scheduler, frames, workload, new X86ArchPack());
    }

    /**
     * As above on a given machine: the native image passes the {@link X86ArchPack}; a simulated PC
     * passes its own arch pack, which must still drive COM1 and the exit port as this one does.
     *
     * @param multibootInfo physical address of the Multiboot v1 information structure
     * @param kernelStart   physical address of the first byte of the kernel image
     * @param kernelEnd     physical address after the last byte of the kernel image (bss included)
     * @param version       the Moka version the kernel reports
     * @param scheduler     the scheduling policy chosen for the image
     * @param frames        the frame allocator chosen for the image, not yet initialised
     * @param workload      the workload, or null for none
     * @param arch          the machine
     */
    public static void start(long multibootInfo, long kernelStart, long kernelEnd, String version,
                             Scheduler scheduler, FrameAllocator frames, Workload workload, ArchPack arch) {
        Com1.init();
        MultibootInfo info = new MultibootInfo(multibootInfo);
        MemoryMap map = info.memoryMap(kernelStart, kernelEnd);
        BootInfo boot = new BootInfo(map, info.commandLine(), kernelStart, kernelEnd);
        Kernel.boot(version, arch, boot, scheduler, frames, workload, new X86PagingCheck(new X86PhysicalMemory()));
    }
}
