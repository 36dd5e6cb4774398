package dev.moka.kernel.api;

import dev.moka.kernel.api.arch.ArchPack;
import dev.moka.kernel.api.boot.BootInfo;
import dev.moka.kernel.api.boot.MemoryMap;
import dev.moka.kernel.api.mm.FrameAllocator;
import dev.moka.kernel.api.mm.PagingCheck;
import dev.moka.kernel.api.sched.Scheduler;
import dev.moka.kernel.api.sched.Task;
import dev.moka.kernel.api.thread.Workload;
import dev.moka.kernel.api.thread.WorkloadRunner;

/**
 * The generic kernel entry. The arch pack calls {@link #boot} once it has a console and the boot
 * memory map; the image assembler decides which scheduler and frame allocator are passed in.
 */
public final class Kernel {
    /** Frames taken and returned by the boot self-test of the frame allocator. */
    static final int SELF_TEST_FRAMES = 64;

    private final ArchPack arch;
    private final KernelLog log;

    private Kernel(ArchPack arch) {
        this.arch = arch;
        this.log = new KernelLog(arch);
    }

    /**
     * Boots the kernel: reports the configuration, checks that the image (its heap included) lies in
     * RAM, brings up the frame allocator from the memory map and checks it, then ends the run through
     * the arch pack. Does not return.
     *
     * @param version   the Moka version the image was built from
     * @param arch      the machine
     * @param boot      what the boot loader handed over
     * @param scheduler the scheduling policy chosen for this image
     * @param frames    the frame allocator chosen for this image, not yet initialised
     */
    public static void boot(String version, ArchPack arch, BootInfo boot, Scheduler scheduler,
                            FrameAllocator frames) {
        boot(version, arch, boot, scheduler, frames, null);
    }

    /**
     * Boots the kernel as {@link #boot(String, ArchPack, BootInfo, Scheduler, FrameAllocator)} does,
     * then, when a workload is given, runs it on kernel threads and prints its report before the run
     * ends. Does not return.
     *
     * @param version   the Moka version the image was built from
     * @param arch      the machine
     * @param boot      what the boot loader handed over
     * @param scheduler the scheduling policy chosen for this image
     * @param frames    the frame allocator chosen for this image, not yet initialised
     * @param workload  the workload to run, or null for none
     */
    public static void boot(String version, ArchPack arch, BootInfo boot, Scheduler scheduler,
                            FrameAllocator frames, Workload workload) {
        boot(version, arch, boot, scheduler, frames, workload, null);
    }

    /**
     * Boots the kernel as {@link #boot(String, ArchPack, BootInfo, Scheduler, FrameAllocator, Workload)}
     * does, and once the frame allocator is up runs the arch pack's check of paging, which prints
     * {@code paging: ok} or stops the boot with {@code paging: failed <what>}. Does not return.
     *
     * @param version   the Moka version the image was built from
     * @param arch      the machine
     * @param boot      what the boot loader handed over
     * @param scheduler the scheduling policy chosen for this image
     * @param frames    the frame allocator chosen for this image, not yet initialised
     * @param workload  the workload to run, or null for none
     * @param paging    the arch pack's paging check, or null for none
     */
    public static void boot(String version, ArchPack arch, BootInfo boot, Scheduler scheduler,
                            FrameAllocator frames, Workload workload, PagingCheck paging) {
        new Kernel(arch).run(version, boot, scheduler, frames, workload, paging);
    }

    private void run(String version, BootInfo boot, Scheduler scheduler, FrameAllocator frames, Workload workload,
                     PagingCheck paging) {
        log.println("Moka " + version);
        MemoryMap map = boot.memoryMap();
        // A loader puts an image where the machine has no RAM without complaint; everything after
        // this would fail in ways that point elsewhere (the frame allocator finds nothing free).
        if (!map.isAvailable(boot.imageStart(), boot.imageEnd())) {
            fail("image needs " + ceilKiB(boot.imageEnd() - boot.imageStart()) + " KiB of RAM, "
                    + map.usableBytes() / 1024 + " KiB usable");
            return;
        }
        log.println("scheduler: " + scheduler.name());
        String failure = SchedulerSelfTest.run(scheduler);
        if (failure != null) {
            fail("scheduler self-test failed: " + failure);
            return;
        }
        frames.init(map);
        log.println("frame allocator: " + frames.name());
        failure = FrameSelfTest.run(frames, map, SELF_TEST_FRAMES);
        if (failure != null) {
            fail("frame allocator self-test failed: " + failure);
            return;
        }
        log.println("memory: " + map.usableBytes() / 1024 + " KiB usable");
        if (map.unmappedBytes() > 0) {
            log.println("memory: " + map.unmappedBytes() / 1024 + " KiB not mapped at boot, left unused");
        }
        log.println("frames: " + frames.freeFrames() + " free of " + frames.totalFrames());
        if (paging != null) {
            failure = paging.run(frames);
            if (failure != null) {
                log.println("paging: failed " + failure);
                arch.exit(false);
                return;
            }
            log.println("paging: ok");
        }
        if (workload != null && workload.gcStressHeapBytes() > 0) {
            GcStress.run(log, workload.gcStressHeapBytes(), arch);
        }
        if (workload != null && workload.threadCount() > 0) {
            log.println("workload: " + workload.threadCount() + " threads, " + workload.ticks() + " ticks at "
                    + workload.timerHz() + " Hz");
            failure = WorkloadRunner.run(workload, arch, scheduler, frames, new LogOutput(log));
            if (failure != null) {
                fail("workload failed: " + failure);
                return;
            }
        }
        arch.exit(true);
    }

    private static long ceilKiB(long bytes) {
        return (bytes + 1023) / 1024;
    }

    private void fail(String message) {
        log.println("panic: " + message);
        arch.exit(false);
    }

    /** @return a scheduler task for the boot thread, used by the self-tests */
    static Task bootTask() {
        return new Task(0, "boot", 0, 0);
    }

    /** The workload report goes to the kernel log. */
    private static final class LogOutput implements WorkloadRunner.Output {
        private final KernelLog log;

        LogOutput(KernelLog log) {
            this.log = log;
        }

        @Override
        public void println(String line) {
            log.println(line);
        }
    }
}
