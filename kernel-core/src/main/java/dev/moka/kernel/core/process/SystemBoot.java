package dev.moka.kernel.core.process;

import dev.moka.kernel.api.arch.ArchPack;
import dev.moka.kernel.api.boot.BootJob;
import dev.moka.kernel.api.boot.KernelContext;
import dev.moka.kernel.core.thread.ThreadSystem;

/**
 * What a kernel whose image carries user programs does after its boot checks: it starts
 * {@value #INIT_PATH} from the image's initfs as process 1 on the console, feeds the console's input
 * to it, and when init ends shuts the machine down with init's exit status. The kernel prints
 * {@code boot: <N> instructions to init} as init starts; N is the machine's cycle counter, which
 * counts guest instructions when QEMU runs with {@code -icount shift=0}. An init that cannot start,
 * or that is killed, fails the run.
 */
public final class SystemBoot implements BootJob {
    /** init's path in the initfs. */
    public static final String INIT_PATH = "bin/init";
    /** The environment init starts with. */
    static final String[] INIT_ENVIRONMENT = {"PATH=initfs:bin", "HOME=initfs:", "TERM=moka"};
    /** The thread layer's timer rate. */
    static final int TIMER_HZ = 1000;
    /** How many processes, ended ones not yet waited for included, the table holds. */
    static final int MAX_PROCESSES = 256;

    /** The initfs to boot from; null for the one linked into the image. */
    private final ByteSource initFsBytes;

    /** Made by the image's boot class: the initfs is the one linked into the image. */
    public SystemBoot() {
        this(null);
    }

    /**
     * A boot from an initfs the machine's loader placed in memory, as the hosted runner does (it links
     * no image, so {@link ImageInitFs} is empty there).
     *
     * @param initFs the packed initfs, or null for the image's own
     */
    public SystemBoot(ByteSource initFs) {
        this.initFsBytes = initFs;
    }

    @Override
    public String run(KernelContext kernel) {
        InitFs initFs;
        try {
            initFs = InitFs.open(initFsBytes != null ? initFsBytes : ImageInitFs.bytes());
        } catch (InitFsException e) {
            return "initfs: " + e.getMessage();
        }
        int init = initFs.find(INIT_PATH);
        if (init < 0) {
            return "initfs: no " + INIT_PATH + " in the image";
        }
        ArchPack arch = kernel.arch();
        if (arch.userMode() == null) {
            return "this machine (" + arch.name() + ") runs no user programs; boot the image natively";
        }
        ProcessLayer layer = ProcessLayer.start(kernel, initFs, TIMER_HZ, MAX_PROCESSES, true);
        ThreadSystem threads = layer.threads();
        KernelSchemes schemes = layer.schemes();
        ProcessSystem processes = layer.processes();
        ConsoleDriver console = new ConsoleDriver(arch, threads, schemes.debug(), processes::interruptForeground);
        if (console.start() == null) {
            return "the console's thread could not start";
        }
        kernel.println("boot: " + arch.cycles() + " instructions to init");
        long pid = processes.startInit(initFs.data(init), new String[] {"init"}, INIT_ENVIRONMENT.clone(),
                schemes.consoleStreams(ProcessTable.INIT_PID));
        if (pid < 0) {
            return "init did not start: errno " + -pid;
        }
        int status = processes.awaitInit();
        console.stop();
        threads.stopTimer();
        if (!WaitStatus.isExited(status)) {
            return "init was killed by signal " + WaitStatus.signal(status);
        }
        arch.shutdown(WaitStatus.exitCode(status));
        return null;
    }
}
