package dev.moka.userland.sysbench;

import dev.moka.kernel.api.magic.Magic;
import dev.moka.kernel.api.syscall.OpenFlags;
import dev.moka.kernel.api.syscall.Seek;
import dev.moka.relibc.Fcntl;
import dev.moka.relibc.Signal;
import dev.moka.relibc.Spawn;
import dev.moka.relibc.Time;
import dev.moka.relibc.Unistd;
import dev.moka.relibc.Wait;
import dev.moka.scheme.SchemeHandler;
import dev.moka.scheme.SchemeServer;
import dev.moka.scheme.SocketChannel;
import dev.moka.userland.Console;
import java.util.Arrays;
import java.util.List;

/**
 * {@code sysbench}: the cost of the kernel's main paths, as medians of many runs, one line each:
 * {@code null syscall} (getppid), {@code pipe round trip} (one byte each way between two processes),
 * {@code process switch} (two processes yielding to each other, per switch) and
 * {@code spawn exit wait} (starting {@code true} and collecting its end), {@code scheme round trip}
 * (a read of 8 bytes from a scheme a daemon process serves) and {@code file write read 4KiB} (4 KiB
 * written to a {@code file:} file and read back, through ramfsd). The unit is the
 * time-stamp counter, which counts guest instructions when QEMU runs with {@code -icount shift=0}
 * ({@code moka run --icount}); hence the word.
 */
public final class SysBench {
    private static final String SELF = "initfs:bin/sysbench";
    private static final String[] ENV = {"PATH=initfs:bin"};
    private static final int ROUNDS = 21;
    private static final List<String> FIGURES = List.of("null", "pipe", "switch", "spawn", "scheme", "file");

    private SysBench() {
    }

    /**
     * @param args the figures to measure ({@code null pipe switch spawn scheme file}; none means all), or
     *             {@code --echo ROUNDS} / {@code --yield COUNT} / {@code --serve NAME} for the helper processes
     */
    public static void main(String[] args) {
        if (args.length == 2 && args[0].equals("--echo")) {
            System.exit(echo(Long.parseLong(args[1])));
        }
        if (args.length == 2 && args[0].equals("--serve")) {
            SocketChannel socket = SocketChannel.register(args[1]);
            System.exit(socket == null ? 1 : new SchemeServer(new EightBytes(), socket).serve() < 0 ? 0 : 1);
        }
        if (args.length == 2 && args[0].equals("--yield")) {
            for (long i = Long.parseLong(args[1]); i > 0; i--) {
                Unistd.yieldNow();
            }
            System.exit(0);
        }
        for (String name : args) {
            if (!FIGURES.contains(name)) {
                Console.error("sysbench", "no figure named " + name + "; the figures are " + FIGURES);
                System.exit(2);
            }
        }
        try {
            if (wanted(args, "null")) {
                Console.println("null syscall: " + nullSyscall() + " instructions");
            }
            if (wanted(args, "pipe")) {
                Console.println("pipe round trip: " + pipeRoundTrip() + " instructions");
            }
            if (wanted(args, "switch")) {
                Console.println("process switch: " + processSwitch() + " instructions");
            }
            if (wanted(args, "spawn")) {
                Console.println("spawn exit wait: " + spawnExitWait() + " instructions");
            }
            if (wanted(args, "scheme")) {
                Console.println("scheme round trip: " + schemeRoundTrip() + " instructions");
            }
            if (wanted(args, "file")) {
                Console.println("file write read 4KiB: " + fileWriteRead() + " instructions");
            }
        } catch (IllegalStateException failed) {
            Console.error("sysbench", failed.getMessage());
            System.exit(1);
        }
    }

    private static boolean wanted(String[] args, String figure) {
        if (args.length == 0) {
            return true;
        }
        for (String name : args) {
            if (name.equals(figure)) {
                return true;
            }
        }
        return false;
    }

    /** A scheme whose every handle reads as an endless run of bytes, for the round trip. */
    private static final class EightBytes implements SchemeHandler {
        @Override
        public long open(String path, int flags, long caller) {
            return 0;
        }

        @Override
        public long read(long handle, byte[] buffer, int offset, int length, long position) {
            int n = Math.min(length, 8);
            for (int i = 0; i < n; i++) {
                buffer[offset + i] = (byte) i;
            }
            return n;
        }

        @Override
        public long write(long handle, byte[] buffer, int offset, int length, long position) {
            return length;
        }

        @Override
        public long close(long handle) {
            return 0;
        }

        @Override
        public long fsize(long handle) {
            return -dev.moka.kernel.api.syscall.Errno.ESPIPE;
        }

        @Override
        public long fstat(long handle, byte[] out, int offset) {
            dev.moka.kernel.api.syscall.Stat.of(dev.moka.kernel.api.syscall.Stat.MODE_CHR, 0).encode(out, offset);
            return 0;
        }

        @Override
        public long fpath(long handle, byte[] buffer, int offset, int length) {
            return 0;
        }

        @Override
        public long getdents(long handle, byte[] buffer, int offset, int length, long index) {
            return -dev.moka.kernel.api.syscall.Errno.ENOTDIR;
        }
    }

    private static long schemeRoundTrip() {
        String name = "sysbench" + Unistd.getpid();
        int server = Spawn.spawn(SELF, new String[] {"sysbench", "--serve", name}, ENV);
        check(server > 0, "spawn");
        int fd = -1;
        for (int waited = 0; waited < 5000 && fd < 0; waited++) {
            fd = Fcntl.open(name + ":x", OpenFlags.O_RDONLY);
            if (fd < 0) {
                Time.nanosleep(1_000_000L);
            }
        }
        check(fd >= 0, "open " + name + ":x");
        int batch = 50;
        byte[] eight = new byte[8];
        long[] samples = new long[ROUNDS];
        for (int r = -1; r < ROUNDS; r++) {
            long start = Magic.rdtsc();
            for (int i = 0; i < batch; i++) {
                check(Unistd.read(fd, eight, 0, 8) == 8, "scheme read");
            }
            if (r >= 0) {
                samples[r] = (Magic.rdtsc() - start) / batch;
            }
        }
        Unistd.close(fd);
        Signal.kill(server, Signal.SIGKILL);
        Wait.waitpid(server, new int[1], 0);
        return median(samples);
    }

    private static long fileWriteRead() {
        int fd = Fcntl.open("file:sysbench.tmp", OpenFlags.O_CREAT | OpenFlags.O_RDWR | OpenFlags.O_TRUNC);
        check(fd >= 0, "open file:sysbench.tmp");
        byte[] block = new byte[4096];
        byte[] back = new byte[4096];
        long[] samples = new long[ROUNDS];
        for (int r = -1; r < ROUNDS; r++) {
            long start = Magic.rdtsc();
            check(Fcntl.lseek(fd, 0, Seek.SEEK_SET) == 0 && Unistd.write(fd, block, 0, 4096) > 0, "file write");
            check(Fcntl.lseek(fd, 0, Seek.SEEK_SET) == 0, "file seek");
            for (int done = 0; done < 4096;) {
                int n = Unistd.read(fd, back, done, 4096 - done);
                check(n > 0, "file read");
                done += n;
            }
            if (r >= 0) {
                samples[r] = Magic.rdtsc() - start;
            }
        }
        Unistd.close(fd);
        return median(samples);
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
