package dev.moka.kernel.core.process;

import dev.moka.kernel.api.arch.ArchPack;
import dev.moka.kernel.api.boot.KernelContext;
import dev.moka.kernel.core.thread.ThreadSystem;
import dev.moka.kernel.api.syscall.Clocks;
import dev.moka.kernel.ipc.Blocker;
import dev.moka.kernel.ipc.drivers.ReadinessBlocker;
import dev.moka.kernel.ipc.schemes.KernelStatistics;

/**
 * What running processes takes, started in one step: the thread layer with its timer, the process
 * table, the kernel's schemes (pipes and the console wait through the thread layer) and the
 * process system over them. The caller's thread becomes the thread layer's main thread.
 *
 * @param threads   the thread layer, its timer running
 * @param table     the process table
 * @param schemes   the kernel's schemes, {@code initfs:} included
 * @param processes the process system
 */
public record ProcessLayer(ThreadSystem threads, ProcessTable table, KernelSchemes schemes, ProcessSystem processes) {
    /**
     * @param kernel       the running kernel
     * @param initFs       what {@code initfs:} serves
     * @param timerHz      the timer's rate
     * @param maxProcesses how many processes, ended ones not waited for included, the table holds
     * @param consoleInput whether a reader of the console waits for input (a {@link ConsoleDriver}
     *                     will feed it); without, such a read fails at once with EINTR
     * @return the started layer
     */
    public static ProcessLayer start(KernelContext kernel, InitFs initFs, int timerHz, int maxProcesses,
                                     boolean consoleInput) {
        ArchPack arch = kernel.arch();
        ThreadSystem threads = new ThreadSystem(arch, kernel.scheduler(), kernel.frames(), kernel.stackSpace(), 0, 0);
        threads.startTimer(timerHz);
        ProcessTable table = new ProcessTable(maxProcesses);
        // Every wake may make a descriptor ready: event: readers look again (ReadinessBlocker).
        Blocker blocker = new ReadinessBlocker(ProcessSystem.pipeBlocker(threads, arch));
        KernelSchemes schemes = new KernelSchemes(arch, table, kernel.version(), initFs, blocker,
                consoleInput ? blocker : Blocker.refusing(),
                new KernelStatistics() {
                    @Override
                    public long freeFrames() {
                        return kernel.frames().freeFrames();
                    }

                    @Override
                    public long totalFrames() {
                        return kernel.frames().totalFrames();
                    }
                });
        ProcessSystem processes = new ProcessSystem(kernel, threads, table, schemes);
        schemes.useClock(clock -> clock == Clocks.CLOCK_REALTIME ? processes.realtime().now(threads.uptimeNanos())
                : threads.uptimeNanos());
        String why = DriverSchemes.install(arch, threads, schemes, processes, table, kernel.memoryMap());
        if (why != null) {
            kernel.println("drivers: " + why);
        }
        return new ProcessLayer(threads, table, schemes, processes);
    }
}
