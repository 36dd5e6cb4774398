package dev.moka.assembler.hosted;

import dev.moka.assembler.config.ImageConfig;
import dev.moka.assembler.providers.ProviderCatalog;
import dev.moka.kernel.api.arch.ArchPackProvider;
import dev.moka.kernel.api.arch.ThreadEvents;
import dev.moka.kernel.api.boot.KernelImage;
import dev.moka.kernel.api.magic.Magic;
import dev.moka.kernel.api.magic.MagicBinding;
import dev.moka.kernel.api.mm.FrameAllocator;
import dev.moka.kernel.api.sched.Scheduler;
import dev.moka.kernel.core.heap.HeapStatistics;
import dev.moka.workloads.Workload;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Boots the kernel on the JVM: the same arch entry the native image enters (reached through the
 * image's {@link ArchPackProvider}), on a {@link SimulatedMachine} instead of a CPU.
 *
 * <p>The magic layer has one global binding, so hosted runs in one JVM take turns: {@link #run} holds
 * a lock for the whole boot.
 */
public final class HostedRunner {
    /** Where the simulated kernel image starts: the 1 MiB mark, as in the native image. */
    public static final long KERNEL_START = 0x100000;
    /** Where the simulated kernel image ends; the frames below it are never handed out. */
    public static final long KERNEL_END = 0x400000;
    /** {@link HostedResult#exitValue()} of a run that ended without writing to the exit device. */
    public static final int NO_EXIT_VALUE = -1;
    /** The value the kernel writes to the exit device on success. */
    public static final int SUCCESS_EXIT_VALUE = 0x10;

    private static final Object MAGIC_LOCK = new Object();

    private HostedRunner() {
    }

    /**
     * Boots an image config hosted and waits until the kernel ends the run.
     *
     * @param config       which scheduler and frame allocator to boot with (the paging provider, which
     *                     makes the paging check and the thread stack space, is the one a module
     *                     provides, as in a native image)
     * @param version      the Moka version the kernel reports
     * @param memoryBytes  RAM size of the simulated PC, any multiple of 4 KiB from 2 MiB
     * @param serial       receives everything the kernel writes to COM1
     * @return how the run ended; a kernel that throws is reported on {@code serial} as a panic and
     *         counts as a failure
     * @throws dev.moka.assembler.providers.UnknownProviderException when the config names a
     *         scheduler, frame allocator or heap plan no module provides; nothing is booted then
     */
    public static HostedResult run(ImageConfig config, String version, long memoryBytes, OutputStream serial) {
        ArchPackProvider arch = ProviderCatalog.archPack(config.kernel().arch());
        Scheduler scheduler = ProviderCatalog.newScheduler(config.kernel().scheduler());
        FrameAllocator frames = ProviderCatalog.newFrameAllocator(config.kernel().frameAllocator());
        // The heap plan is looked up as the native build does, so a name no module provides fails the
        // same way; hosted, objects live in the JVM's heap and the JVM's collector manages them.
        ProviderCatalog.heapPlanClass(config.kernel().heap());
        Workload workload = workload(config.workload());
        if (workload != null && config.workload().gcStress()) {
            // Hosted, the heap is the JVM's: the stress test allocates ten times the configured kernel
            // heap and reports the JVM's collections.
            workload.setGcStress(config.kernel().heapBytes());
            HeapStatistics.bind(HostedRunner::jvmCollections);
        }
        return run(arch, new KernelImage(version, scheduler, frames, workload, ProviderCatalog.newPaging()),
                memoryBytes, serial);
    }

    private static long jvmCollections() {
        long total = 0;
        for (var gc : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
            total += Math.max(0, gc.getCollectionCount());
        }
        return total;
    }

    /**
     * @param section a {@code [workload]} table, or null
     * @return the kernel's description of it, or null
     */
    static Workload workload(ImageConfig.WorkloadSection section) {
        if (section == null) {
            return null;
        }
        Workload workload = new Workload(section.ticks(), section.timerHz());
        for (ImageConfig.WorkloadThread t : section.threads()) {
            workload.addThread(t.name(), t.nice(), t.priority());
        }
        if (section.monitorStress()) {
            workload.setMonitorStress();
        }
        if (section.threadChurn() > 0) {
            workload.setThreadChurn(section.threadChurn());
        }
        if (section.stackOverflow()) {
            workload.setStackOverflow();
        }
        return workload;
    }

    /**
     * Boots an image whose parts are already made.
     *
     * @param arch        the arch pack whose machine is simulated
     * @param image       what to boot
     * @param memoryBytes RAM size of the simulated machine
     * @param serial      receives everything the kernel writes to the console
     * @return how the run ended
     */
    public static HostedResult run(ArchPackProvider arch, KernelImage image, long memoryBytes, OutputStream serial) {
        SimulatedMachine machine = new SimulatedMachine(arch, memoryBytes, serial);
        synchronized (MAGIC_LOCK) {
            Magic.bind(machine);
            try {
                long bootArgument = arch.prepareHostedBoot(machine, memoryBytes);
                return boot(arch, bootArgument, image, serial);
            } finally {
                Magic.bind(MagicBinding.UNBOUND);
            }
        }
    }

    private static HostedResult boot(ArchPackProvider arch, long bootArgument, KernelImage image, OutputStream serial) {
        HostedArchPack machine = new HostedArchPack(arch.newArchPack());
        try {
            arch.bootHosted(bootArgument, KERNEL_START, KERNEL_END, image, machine);
            return panic(serial, new IllegalStateException("the kernel returned instead of ending the run"));
        } catch (MachineExit exit) {
            return new HostedResult(exit.value() == SUCCESS_EXIT_VALUE, exit.value());
        } catch (StackOverflowError overflow) {
            return stackOverflow(serial, machine, overflow);
        } catch (RuntimeException | Error failure) {
            // Anything else the kernel throws is what a native image reports as an uncaught exception.
            return panic(serial, failure);
        } finally {
            machine.shutDown();
        }
    }

    /**
     * The JVM's stack is the stack of every hosted thread, so its overflow is a kernel stack
     * overflow of the thread that ran: reported with the native kernel's line and the trace, and
     * ended through the exit device with the failure value, as the native machine ends it.
     */
    private static HostedResult stackOverflow(OutputStream serial, HostedArchPack machine, StackOverflowError overflow) {
        PrintStream out = new PrintStream(serial, true, StandardCharsets.UTF_8);
        out.println(ThreadEvents.STACK_OVERFLOW_PANIC + machine.runningThreadName());
        overflow.printStackTrace(out);
        out.flush();
        try {
            machine.exit(false);
        } catch (MachineExit exit) {
            return new HostedResult(false, exit.value());
        }
        return new HostedResult(false, NO_EXIT_VALUE);
    }

    private static HostedResult panic(OutputStream serial, Throwable failure) {
        PrintStream out = new PrintStream(serial, true, StandardCharsets.UTF_8);
        out.print("panic: ");
        failure.printStackTrace(out);
        out.flush();
        return new HostedResult(false, NO_EXIT_VALUE);
    }
}
