package dev.moka.assembler.boot;

import dev.moka.kernel.api.boot.BootJob;
import dev.moka.kernel.api.boot.KernelContext;
import dev.moka.kernel.api.syscall.Signals;
import dev.moka.kernel.core.process.ImageInitFs;
import dev.moka.kernel.core.process.InitFs;
import dev.moka.kernel.core.process.InitFsException;
import dev.moka.kernel.core.process.KernelSchemes;
import dev.moka.kernel.core.process.ProcessLayer;
import dev.moka.kernel.core.process.Process;
import dev.moka.kernel.core.process.ProcessSystem;
import dev.moka.kernel.core.process.ProcessTable;
import dev.moka.kernel.core.process.WaitStatus;
import dev.moka.kernel.core.thread.ThreadSystem;

/**
 * A boot job compiled into a test image: the kernel, as init, first kills a spinning program itself
 * ({@link ProcessSystem#kill}, as the console will on Ctrl-C), then starts {@code bin/calls}, which
 * checks kill, nanosleep, mmap and munmap from user space, waits for it, and collects the orphans it
 * left until none is left. The run fails unless {@code bin/calls} exits with 0, init collects three
 * orphans, and every frame comes back.
 */
public final class ProcessCallsJob implements BootJob {
    /** The iterations of each floating-point child of {@code bin/calls}. */
    static final int FPU_ITERATIONS = 2_000_000;

    @Override
    public String run(KernelContext kernel) {
        InitFs initFs;
        try {
            initFs = InitFs.open(ImageInitFs.bytes());
        } catch (InitFsException e) {
            return "initfs: " + e.getMessage();
        }
        ProcessLayer layer = ProcessLayer.start(kernel, initFs, 1000, 64, false);
        ThreadSystem threads = layer.threads();
        ProcessTable table = layer.table();
        KernelSchemes schemes = layer.schemes();
        ProcessSystem processes = layer.processes();
        Process init = processes.kernelProcess("kernel");
        long before = kernel.frames().freeFrames();
        String failure = killFromTheKernel(kernel, threads, processes, init, initFs, schemes);
        if (failure != null) {
            return failure;
        }
        long pid = processes.spawn(init, initFs.data(initFs.find("bin/calls")),
                new String[] {"calls", Integer.toString(FPU_ITERATIONS)}, new String[0], schemes.consoleStreams(2));
        if (pid < 0) {
            return "calls not started: errno " + -pid;
        }
        long result = processes.waitpid(init, (int) pid, 0);
        int status = (int) result;
        kernel.println("calls " + (result >>> 32) + " ended: " + describe(status));
        int orphans = 0;
        long orphan;
        while ((orphan = processes.waitpid(init, -1, 0)) > 0) {
            orphans++;
            kernel.println("init collected orphan " + (orphan >>> 32) + ": " + describe((int) orphan));
        }
        threads.stopTimer();
        long after = kernel.frames().freeFrames();
        kernel.println("process calls: orphans " + orphans + ", frames free before " + before + ", after " + after
                + ", processes left " + table.size());
        if (status != WaitStatus.exited(0)) {
            return "bin/calls did not exit with 0";
        }
        if (orphans != 3) {
            return "init collected " + orphans + " orphans, not 3";
        }
        return after == before && table.size() == 1 ? null : "the processes leaked frames or processes";
    }

    /** The kernel's own kill of a program that spins in ring 3. */
    private static String killFromTheKernel(KernelContext kernel, ThreadSystem threads, ProcessSystem processes,
                                            Process init, InitFs initFs, KernelSchemes schemes) {
        long pid = processes.spawn(init, initFs.data(initFs.find("bin/victim")), new String[] {"victim", "spin"},
                new String[0], schemes.consoleStreams(2));
        if (pid < 0) {
            return "victim not started: errno " + -pid;
        }
        threads.sleep(20); // it runs a while, preempted again and again
        int killed = processes.kill((int) pid, Signals.SIGINT);
        int again = processes.kill(init, Signals.SIGKILL);
        long result = processes.waitpid(init, (int) pid, 0);
        int late = processes.kill((int) pid, Signals.SIGKILL);
        kernel.println("kernel kill of a spinning victim: " + killed + ", of init: " + again + ", victim "
                + (result >>> 32 == pid) + " " + describe((int) result) + ", once collected: " + late);
        return killed == 0 && (int) result == WaitStatus.signaled(Signals.SIGINT) && late == -3 && again == -1
                ? null : "the kernel could not kill a spinning program";
    }

    private static String describe(int status) {
        return WaitStatus.isExited(status) ? "exit " + WaitStatus.exitCode(status) : "signal " + WaitStatus.signal(status);
    }
}
