package dev.moka.assembler.hosted;

import dev.moka.assembler.config.ImageConfig;
import dev.moka.assembler.providers.ProviderCatalog;
import dev.moka.kernel.api.arch.ArchPack;
import dev.moka.kernel.api.arch.ArchPackProvider;
import dev.moka.kernel.api.boot.BootJob;
import dev.moka.kernel.api.arch.ThreadEvents;
import dev.moka.kernel.api.boot.KernelImage;
import dev.moka.kernel.api.magic.Magic;
import dev.moka.kernel.api.magic.MagicBinding;
import dev.moka.kernel.api.mm.FrameAllocator;
import dev.moka.kernel.api.sched.Scheduler;
import dev.moka.kernel.core.heap.HeapStatistics;
import dev.moka.kernel.core.process.SystemBoot;
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
        return run(config, version, memoryBytes, null, serial);
    }

    /**
     * Boots an image config hosted, with someone typing on its console. An image with a
     * {@code [userland]} table boots to init and its programs, each the program's Java class run
     * through the hosted user mode ({@link HostedUserland}); its run ends when init does, with init's
     * status ({@link HostedResult#shutdownStatus()}).
     *
     * @param config      the image config
     * @param version     the Moka version the kernel reports
     * @param memoryBytes RAM size of the simulated PC
     * @param console     what is typed on the serial console; null for a console whose input has ended
     *                    (the shell of a [userland] image then ends at once, as {@code moka run} with no input)
     * @param serial      receives everything the kernel writes to COM1
     * @return how the run ended
     */
    public static HostedResult run(ImageConfig config, String version, long memoryBytes, ConsoleInput console,
                                   OutputStream serial) {
        return run(config, version, memoryBytes, console, new KeyboardInput(), serial);
    }

    /**
     * Boots an image config hosted, with someone typing on its serial console and pressing keys on
     * its PS/2 keyboard.
     *
     * @param config      the image config
     * @param version     the Moka version the kernel reports
     * @param memoryBytes RAM size of the simulated PC
     * @param console     what is typed on the serial console; null for a console whose input has ended
     * @param keyboard    the keys pressed on the keyboard, which may come while the machine runs
     * @param serial      receives everything the kernel writes to COM1
     * @return how the run ended
     */
    public static HostedResult run(ImageConfig config, String version, long memoryBytes, ConsoleInput console,
                                   KeyboardInput keyboard, OutputStream serial) {
        byte[] initFs = config.userland() == null ? null : HostedUserland.initFs(config.userland());
        return run(config, version, memoryBytes, initFs, console, keyboard, serial);
    }

    /**
     * Boots an image config hosted with a given initfs, as tests make one.
     *
     * @param initFs the packed initfs the kernel boots to init from, or null to run the config's
     *               workload, if any
     */
    static HostedResult run(ImageConfig config, String version, long memoryBytes, byte[] initFs, ConsoleInput console,
                            OutputStream serial) {
        return run(config, version, memoryBytes, initFs, console, new KeyboardInput(), serial);
    }

    private static HostedResult run(ImageConfig config, String version, long memoryBytes, byte[] initFs,
                                    ConsoleInput console, KeyboardInput keyboard, OutputStream serial) {
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
        BootJob job = initFs == null ? workload : new SystemBoot(new RamByteSource(INITFS_ADDRESS, initFs.length));
        return run(arch, new KernelImage(version, scheduler, frames, job, ProviderCatalog.newPaging()),
                memoryBytes, new Loaded(initFs, console != null ? console : ConsoleInput.typed(new byte[0]), keyboard),
                serial);
    }

    /**
     * What the runner, as the machine's boot loader, gives the kernel besides its image, and who sits
     * at the machine.
     *
     * @param initFs   the initfs of hosted programs, placed at {@link #INITFS_ADDRESS}; null for none
     * @param console  what is typed on the console, or null
     * @param keyboard the keys pressed on the keyboard, or null
     */
    private record Loaded(byte[] initFs, ConsoleInput console, KeyboardInput keyboard) {
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
        return run(arch, image, memoryBytes, new Loaded(null, null, null), serial);
    }

    private static HostedResult run(ArchPackProvider arch, KernelImage image, long memoryBytes, Loaded loaded,
                                    OutputStream serial) {
        SimulatedMachine machine = new SimulatedMachine(arch, memoryBytes, serial);
        machine.attachConsoleInput(loaded.console());
        if (loaded.keyboard() != null) {
            machine.attachKeyboardInput(loaded.keyboard());
        }
        synchronized (MAGIC_LOCK) {
            Magic.bind(machine);
            try {
                long bootArgument = arch.prepareHostedBoot(machine, memoryBytes);
                if (loaded.initFs() != null) {
                    place(machine, loaded.initFs());
                }
                return boot(arch, bootArgument, image, machine, loaded.initFs() != null, serial);
            } finally {
                Magic.bind(MagicBinding.UNBOUND);
            }
        }
    }

    /** Where the runner places an initfs: inside the span the image is taken to occupy, which no frame covers. */
    static final long INITFS_ADDRESS = 0x200000;

    private static void place(SimulatedMachine machine, byte[] initFs) {
        if (initFs.length > KERNEL_END - INITFS_ADDRESS) {
            throw new IllegalArgumentException("the hosted initfs takes " + initFs.length + " bytes; "
                    + (KERNEL_END - INITFS_ADDRESS) + " fit");
        }
        for (int i = 0; i < initFs.length; i++) {
            machine.store8(INITFS_ADDRESS + i, initFs[i]);
        }
    }

    private static HostedResult boot(ArchPackProvider arch, long bootArgument, KernelImage image,
                                     SimulatedMachine simulated, boolean programs, OutputStream serial) {
        ArchPack architecture = arch.newArchPack();
        HostedArchPack machine = new HostedArchPack(architecture, simulated);
        if (programs && architecture.userMode() != null) {
            machine.attachUserMode(new HostedUserMode(simulated, machine, architecture.userMode()));
        }
        try {
            arch.bootHosted(bootArgument, KERNEL_START, KERNEL_END, image, machine);
            return panic(serial, new IllegalStateException("the kernel returned instead of ending the run"));
        } catch (MachineExit exit) {
            // As QemuResult has it: success is the kernel's report, or a system that shut down with 0.
            int status = shutdownStatus(simulated.debugConsole());
            return new HostedResult(exit.value() == SUCCESS_EXIT_VALUE || status == 0, exit.value(), status);
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

    /** @return the status of the last {@code status N} line a shutdown wrote to the debug console, or none */
    static int shutdownStatus(String debugConsole) {
        int at = debugConsole.lastIndexOf("status ");
        if (at < 0) {
            return HostedResult.NO_STATUS;
        }
        int end = debugConsole.indexOf('\n', at);
        try {
            return Integer.parseInt(debugConsole.substring(at + 7, end < 0 ? debugConsole.length() : end).trim());
        } catch (NumberFormatException notAStatus) {
            return HostedResult.NO_STATUS;
        }
    }

    private static HostedResult panic(OutputStream serial, Throwable failure) {
        PrintStream out = new PrintStream(serial, true, StandardCharsets.UTF_8);
        out.print("panic: ");
        failure.printStackTrace(out);
        out.flush();
        return new HostedResult(false, NO_EXIT_VALUE);
    }
}
