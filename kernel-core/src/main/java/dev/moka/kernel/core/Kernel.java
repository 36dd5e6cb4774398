package dev.moka.kernel.core;

import dev.moka.kernel.api.arch.ArchPack;
import dev.moka.kernel.api.boot.BootInfo;
import dev.moka.kernel.api.boot.BootJob;
import dev.moka.kernel.api.boot.KernelContext;
import dev.moka.kernel.api.boot.KernelImage;
import dev.moka.kernel.api.boot.MemoryMap;
import dev.moka.kernel.api.mm.FrameAllocator;
import dev.moka.kernel.api.mm.PageTableFormat;
import dev.moka.kernel.api.mm.PagingCheck;
import dev.moka.kernel.api.mm.PagingProvider;
import dev.moka.kernel.api.mm.PhysicalMemory;
import dev.moka.kernel.api.mm.StackSpace;
import dev.moka.kernel.api.mm.UserAddressSpace;
import dev.moka.kernel.api.sched.Scheduler;
import dev.moka.kernel.api.sched.Task;

/**
 * The generic kernel entry. The arch pack calls {@link #boot} once it has a console and the boot
 * memory map; everything the image chose at build time arrives as one {@link KernelImage}.
 *
 * <p>The boot sequence: report the version, check that the image (its heap included) lies in RAM,
 * check the scheduling policy, bring up and check
 * the frame allocator, check paging (the image's check, over the arch pack's page-table format and
 * physical memory), make the kernel-thread stack space (the image's paging code over the arch pack's
 * stack range), run the image's {@link BootJob}, end the run. Every check's failure ends the run
 * with failure status.
 */
public final class Kernel implements KernelContext {
    /** Frames taken and returned by the boot self-test of the frame allocator. */
    static final int SELF_TEST_FRAMES = 64;

    private final ArchPack arch;
    private final KernelLog log;
    private final KernelImage image;
    /** Made once paging is checked; null when the machine or the image cannot map thread stacks. */
    private StackSpace stackSpace;
    /** The kernel's own page tables, which every user space shares the kernel half of; 0 without an MMU. */
    private long kernelRoot;
    /** The memory map the kernel booted with, for the drivers' grants of device memory. */
    private MemoryMap memoryMap;

    private Kernel(ArchPack arch, KernelImage image) {
        this.arch = arch;
        this.log = new KernelLog(arch);
        this.image = image;
    }

    /**
     * Boots the kernel and ends the run through the arch pack. Does not return.
     *
     * @param arch  the machine
     * @param boot  what the boot loader handed over
     * @param image what the image chose at build time
     */
    public static void boot(ArchPack arch, BootInfo boot, KernelImage image) {
        new Kernel(arch, image).run(boot);
    }

    private void run(BootInfo boot) {
        Scheduler scheduler = image.scheduler();
        FrameAllocator frames = image.frameAllocator();
        log.println("Moka " + image.version());
        MemoryMap map = boot.memoryMap();
        memoryMap = map;
        // A loader puts an image where the machine has no RAM without complaint; everything after
        // this would fail in ways that point elsewhere (the frame allocator finds nothing free).
        if (boot.imageEnd() > boot.imageStart() && !map.isAvailable(boot.imageStart(), boot.imageEnd())) {
            panic("image needs " + ceilKiB(boot.imageEnd() - boot.imageStart()) + " KiB of RAM, "
                    + map.usableBytes() / 1024 + " KiB usable");
            return;
        }
        log.println("scheduler: " + scheduler.name());
        String failure = SchedulerSelfTest.run(scheduler);
        if (failure != null) {
            panic("scheduler self-test failed: " + failure);
            return;
        }
        frames.init(map);
        log.println("frame allocator: " + frames.name());
        failure = FrameSelfTest.run(frames, map, SELF_TEST_FRAMES);
        if (failure != null) {
            panic("frame allocator self-test failed: " + failure);
            return;
        }
        log.println("memory: " + map.usableBytes() / 1024 + " KiB usable");
        if (map.unmappedBytes() > 0) {
            log.println("memory: " + map.unmappedBytes() / 1024 + " KiB not mapped at boot, left unused");
        }
        log.println("frames: " + frames.freeFrames() + " free of " + frames.totalFrames());
        PagingCheck paging = pagingCheck();
        if (paging != null) {
            failure = paging.run(frames);
            if (failure != null) {
                log.println("paging: failed " + failure);
                arch.exit(false);
                return;
            }
            log.println("paging: ok");
        }
        stackSpace = newStackSpace(frames);
        kernelRoot = arch.physicalMemory() == null ? 0 : arch.physicalMemory().activeRoot();
        BootJob job = image.job();
        if (job != null) {
            failure = job.run(this);
            if (failure != null) {
                panic(failure);
                return;
            }
        }
        arch.exit(true);
    }

    /**
     * @return the image's paging check made for this machine, or null when the image has none or the
     *         machine offers no page tables to check
     */
    private PagingCheck pagingCheck() {
        PagingProvider paging = image.paging();
        PageTableFormat format = arch.pageTableFormat();
        PhysicalMemory memory = arch.physicalMemory();
        if (paging == null || format == null || memory == null) {
            return null;
        }
        return paging.newCheck(format, memory);
    }

    /**
     * @param frames the frame allocator, initialised
     * @return the stack space the image's paging code makes over the arch pack's stack range, or null
     *         when the image has no paging code, the machine no page tables or no stack range
     */
    private StackSpace newStackSpace(FrameAllocator frames) {
        PagingProvider paging = image.paging();
        PageTableFormat format = arch.pageTableFormat();
        PhysicalMemory memory = arch.physicalMemory();
        long start = arch.stackRangeStart();
        long end = arch.stackRangeEnd();
        if (paging == null || format == null || memory == null || end <= start) {
            return null;
        }
        return paging.newStackSpace(format, memory, frames, start, end);
    }

    private void panic(String message) {
        log.println("panic: " + message);
        arch.exit(false);
    }

    @Override
    public ArchPack arch() {
        return arch;
    }

    @Override
    public Scheduler scheduler() {
        return image.scheduler();
    }

    @Override
    public FrameAllocator frames() {
        return image.frameAllocator();
    }

    @Override
    public StackSpace stackSpace() {
        return stackSpace;
    }

    @Override
    public UserAddressSpace newUserSpace() {
        PagingProvider paging = image.paging();
        PageTableFormat format = arch.pageTableFormat();
        PhysicalMemory memory = arch.physicalMemory();
        if (paging == null || format == null || memory == null) {
            return null;
        }
        return paging.newUserSpace(format, memory, image.frameAllocator(), kernelRoot);
    }

    @Override
    public MemoryMap memoryMap() {
        return memoryMap;
    }

    @Override
    public String version() {
        return image.version();
    }

    @Override
    public void println(String line) {
        log.println(line);
    }

    private static long ceilKiB(long bytes) {
        return (bytes + 1023) / 1024;
    }

    /** @return a scheduler task for the boot thread, used by the self-tests */
    static Task bootTask() {
        return new Task(0, "boot", 0, 0);
    }
}
