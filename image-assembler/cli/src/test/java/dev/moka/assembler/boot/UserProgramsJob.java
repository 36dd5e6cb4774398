package dev.moka.assembler.boot;

import dev.moka.kernel.api.boot.BootJob;
import dev.moka.kernel.api.boot.KernelContext;
import dev.moka.kernel.core.process.ImageInitFs;
import dev.moka.kernel.core.process.InitFs;
import dev.moka.kernel.core.process.InitFsException;
import dev.moka.kernel.core.process.KernelSchemes;
import dev.moka.kernel.core.process.Process;
import dev.moka.kernel.core.process.ProcessTable;
import dev.moka.kernel.core.process.ProgramRunner;
import dev.moka.kernel.core.process.WaitStatus;

/**
 * A boot job compiled into a test image with an initfs: it starts the user programs the test packed
 * and prints one line per run with how each ended, then checks that running a program many times
 * gives back every frame. The image's run fails when a check fails.
 */
public final class UserProgramsJob implements BootJob {
    static final int REPEATS = 10;

    @Override
    public String run(KernelContext kernel) {
        InitFs initFs;
        try {
            initFs = InitFs.open(ImageInitFs.bytes());
        } catch (InitFsException e) {
            return "initfs: " + e.getMessage();
        }
        kernel.println("initfs: " + initFs.count() + " files: " + String.join(" ", initFs.list("bin")));
        ProcessTable table = new ProcessTable(64);
        ProgramRunner runner = new ProgramRunner(kernel, initFs, table,
                new KernelSchemes(kernel.arch(), table, kernel.version(), initFs));
        // The job itself is the first process, the parent of every program it runs.
        Process job = table.create(null, "job");
        String[] env = {"GREETING=hi there", "PATH=initfs:bin"};
        long hello = runner.run(job, "bin/hello", new String[] {"hello", "world", "42"}, env);
        kernel.println("hello ended: " + describe(hello));
        kernel.println("files ended: " + describe(runner.run(job, "bin/files", new String[] {"files"}, env)));
        long crash = runner.run(job, "bin/crash", new String[] {"crash"}, env);
        kernel.println("crash ended: " + describe(crash));
        kernel.println("bad ended: " + describe(runner.run(job, "bin/bad", new String[] {"bad"}, env)));
        kernel.println("missing ended: " + describe(runner.run(job, "bin/missing", new String[] {"missing"}, env)));
        kernel.println("motd ended: " + describe(runner.run(job, "etc/motd", new String[] {"motd"}, env)));
        long before = kernel.frames().freeFrames();
        for (int i = 0; i < REPEATS; i++) {
            runner.run(job, "bin/quiet", new String[] {"quiet"}, env);
        }
        long after = kernel.frames().freeFrames();
        kernel.println("repeated runs: " + REPEATS + ", frames free before " + before + ", after " + after);
        if (hello != WaitStatus.exited(7)) {
            return "hello did not exit with 7";
        }
        if (table.size() != 1) {
            return "the process table holds " + table.size() + " processes after every child was collected";
        }
        if (after != before) {
            return "user programs leaked " + (before - after) + " frames";
        }
        return null;
    }

    private static String describe(long status) {
        if (status < 0) {
            return "not started, errno " + -status;
        }
        int word = (int) status;
        return WaitStatus.isExited(word) ? "exit " + WaitStatus.exitCode(word) : "signal " + WaitStatus.signal(word);
    }
}
