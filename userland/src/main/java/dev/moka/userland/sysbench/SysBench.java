package dev.moka.userland.sysbench;

import dev.moka.kernel.api.magic.Magic;
import dev.moka.kernel.api.syscall.OpenFlags;
import dev.moka.relibc.Spawn;
import dev.moka.relibc.Unistd;
import dev.moka.relibc.Wait;
import dev.moka.userland.Console;
import java.util.Arrays;

/**
 * {@code sysbench}: the cost of the kernel's main paths, as medians of many runs, one line each:
 * {@code null syscall} (getppid), {@code pipe round trip} (one byte each way between two processes),
 * {@code process switch} (two processes yielding to each other, per switch) and
 * {@code spawn exit wait} (starting {@code true} and collecting its end). The unit is the
 * time-stamp counter, which counts guest instructions when QEMU runs with {@code -icount shift=0}
 * ({@code moka run --icount}); hence the word.
 */
public final class SysBench {
    private static final String SELF = "initfs:bin/sysbench";
    private static final String[] ENV = {"PATH=initfs:bin"};
    private static final int ROUNDS = 21;

    private SysBench() {
    }

    /** @param args none, or {@code --echo ROUNDS} / {@code --yield COUNT} for the helper processes */
    public static void main(String[] args) {
        if (args.length == 2 && args[0].equals("--echo")) {
            System.exit(echo(Long.parseLong(args[1])));
        }
        if (args.length == 2 && args[0].equals("--yield")) {
            for (long i = Long.parseLong(args[1]); i > 0; i--) {
                Unistd.yieldNow();
            }
            System.exit(0);
        }
        try {
            Console.println("null syscall: " + nullSyscall() + " instructions");
            Console.println("pipe round trip: " + pipeRoundTrip() + " instructions");
            Console.println("process switch: " + processSwitch() + " instructions");
            Console.println("spawn exit wait: " + spawnExitWait() + " instructions");
        } catch (IllegalStateException failed) {
            Console.error("sysbench", failed.getMessage());
            System.exit(1);
        }
    }

    private static long nullSyscall() {
        int batch = 100;
        long[] samples = new long[ROUNDS];
        for (int r = 0; r < ROUNDS; r++) {
            long start = Magic.rdtsc();
            for (int i = 0; i < batch; i++) {
                Unistd.getppid();
            }
            samples[r] = (Magic.rdtsc() - start) / batch;
        }
        return median(samples);
    }

    private static long pipeRoundTrip() {
        int batch = 50;
        int[] there = new int[2];
        int[] back = new int[2];
        check(Unistd.pipe(there, OpenFlags.O_CLOEXEC) == 0 && Unistd.pipe(back, OpenFlags.O_CLOEXEC) == 0, "pipe");
        int echo = Spawn.spawn(SELF, new String[] {"sysbench", "--echo", Integer.toString((ROUNDS + 1) * batch)}, ENV,
                Spawn.FdAction.dup2(there[0], 0), Spawn.FdAction.dup2(back[1], 1));
        check(echo > 0, "spawn");
        Unistd.close(there[0]);
        Unistd.close(back[1]);
        byte[] one = {1};
        long[] samples = new long[ROUNDS];
        for (int r = -1; r < ROUNDS; r++) {
            long start = Magic.rdtsc();
            for (int i = 0; i < batch; i++) {
                check(Unistd.write(there[1], one, 0, 1) == 1 && Unistd.read(back[0], one, 0, 1) == 1, "round trip");
            }
            if (r >= 0) {
                samples[r] = (Magic.rdtsc() - start) / batch;
            }
        }
        Unistd.close(there[1]);
        Unistd.close(back[0]);
        Wait.waitpid(echo, new int[1], 0);
        return median(samples);
    }

    private static int echo(long rounds) {
        byte[] one = new byte[1];
        for (long i = 0; i < rounds; i++) {
            if (Unistd.read(0, one, 0, 1) != 1 || Unistd.write(1, one, 0, 1) != 1) {
                return 1;
            }
        }
        return 0;
    }

    private static long processSwitch() {
        int batch = 100;
        int partner = Spawn.spawn(SELF, new String[] {"sysbench", "--yield", Integer.toString(2 * (ROUNDS + 1) * batch)}, ENV);
        check(partner > 0, "spawn");
        long[] samples = new long[ROUNDS];
        for (int r = -1; r < ROUNDS; r++) {
            long start = Magic.rdtsc();
            for (int i = 0; i < batch; i++) {
                Unistd.yieldNow();
            }
            if (r >= 0) {
                // Each yield here hands the CPU to the partner, whose yield hands it back: two switches.
                samples[r] = (Magic.rdtsc() - start) / (2L * batch);
            }
        }
        Wait.waitpid(partner, new int[1], 0);
        return median(samples);
    }

    private static long spawnExitWait() {
        long[] samples = new long[ROUNDS];
        String[] argv = {"true"};
        int[] status = new int[1];
        for (int r = -1; r < ROUNDS; r++) {
            long start = Magic.rdtsc();
            int pid = Spawn.spawn("initfs:bin/true", argv, ENV);
            check(pid > 0 && Wait.waitpid(pid, status, 0) == pid, "spawn true");
            if (r >= 0) {
                samples[r] = Magic.rdtsc() - start;
            }
        }
        return median(samples);
    }

    private static long median(long[] samples) {
        long[] sorted = samples.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static void check(boolean condition, String what) {
        if (!condition) {
            throw new IllegalStateException(what + " failed: " + Console.errno());
        }
    }
}
