package dev.moka.assembler.boot;

import dev.moka.kernel.api.boot.BootJob;
import dev.moka.kernel.api.boot.KernelContext;
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
 * A boot job compiled into a test image: the kernel starts {@code bin/parent} as a process of its
 * own, on a kernel thread, and waits for it as a parent waits; the parent spawns children that run
 * side by side under the timer. The run fails unless the parent exits with 42 and every frame its
 * tree took comes back.
 */
public final class ProcessTreeJob implements BootJob {
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
        long pid = processes.spawn(init, initFs.data(initFs.find("bin/parent")), new String[] {"parent"},
                new String[0], schemes.consoleStreams(2));
        if (pid < 0) {
            return "parent not started: errno " + -pid;
        }
        long result = processes.waitpid(init, (int) pid, 0);
        threads.stopTimer();
        int status = (int) result;
        long after = kernel.frames().freeFrames();
        kernel.println("parent " + (result >>> 32) + " ended: "
                + (WaitStatus.isExited(status) ? "exit " + WaitStatus.exitCode(status) : "signal " + WaitStatus.signal(status)));
        kernel.println("process tree: frames free before " + before + ", after " + after + ", processes left "
                + table.size());
        if (status != WaitStatus.exited(42)) {
            return "the parent did not exit with 42";
        }
        return after == before && table.size() == 1 ? null : "the process tree leaked frames or processes";
    }
}
