import dev.moka.relibc.sys.RawMemory;
import dev.moka.kernel.api.syscall.SyscallNumbers;
import dev.moka.relibc.Errno;
import dev.moka.relibc.Mman;
import dev.moka.relibc.Signal;
import dev.moka.relibc.Spawn;
import dev.moka.relibc.Time;
import dev.moka.relibc.Unistd;
import dev.moka.relibc.Wait;
import dev.moka.relibc.sys.RawSyscall;

/**
 * Checks kill, nanosleep, mmap and munmap from user space, with children of {@code bin/victim}, and
 * leaves orphans for init. Prints one line per check and exits with the number of checks that failed.
 */
public class CallsUser {
    private static final String VICTIM = "initfs:bin/victim";
    private static final String[] ENV = new String[0];
    private static final long MIB = 1L << 20;
    private static final int RW = Mman.PROT_READ | Mman.PROT_WRITE;
    private static final int ANON = Mman.MAP_PRIVATE | Mman.MAP_ANONYMOUS;
    private static int failed;

    public static void main(String[] args) {
        killWhereverTheChildIs();
        killErrors();
        nanosleep();
        mmap();
        fpu(Integer.parseInt(args[0]));
        orphans();
        System.out.println("calls: " + failed + " checks failed");
        System.exit(failed);
    }

    private static void check(String line, boolean ok) {
        System.out.println(line + (ok ? "" : "  <-- FAILED"));
        if (!ok) {
            failed++;
        }
    }

    /** A child that spins in ring 3, one blocked reading an empty pipe, one asleep, one in waitpid. */
    private static void killWhereverTheChildIs() {
        int[] status = new int[1];
        int[] ready = new int[2];
        Unistd.pipe(ready);
        int spinner = Spawn.spawn(VICTIM, new String[] {"victim", "spin"}, ENV, Spawn.FdAction.dup2(ready[1], 3));
        String said = readText(ready[0]);
        Time.nanosleep(30_000_000L); // it spins on, preempted by the timer
        int killed = Signal.kill(spinner, Signal.SIGKILL);
        int reaped = Wait.waitpid(spinner, status, 0);
        check("kill of a spinning child (" + said + "): " + killed + ", reaped " + (reaped == spinner) + ", signaled "
                + Wait.signaled(status[0]) + " by " + Wait.termSignal(status[0]), killed == 0 && reaped == spinner
                && Wait.signaled(status[0]) && Wait.termSignal(status[0]) == Signal.SIGKILL);

        int[] data = new int[2];
        Unistd.pipe(data);
        int reader = Spawn.spawn(VICTIM, new String[] {"victim", "read"}, ENV, Spawn.FdAction.dup2(data[0], 0),
                Spawn.FdAction.dup2(ready[1], 3));
        Unistd.close(data[0]);
        said = readText(ready[0]);
        Time.nanosleep(30_000_000L); // it is parked in read by now
        long before = Time.clockGettime(Time.CLOCK_MONOTONIC);
        killed = Signal.kill(reader, Signal.SIGKILL);
        reaped = Wait.waitpid(reader, status, 0);
        long took = Time.clockGettime(Time.CLOCK_MONOTONIC) - before;
        check("kill of a child blocked in read (" + said + "): " + killed + ", reaped " + (reaped == reader)
                + ", signaled by " + Wait.termSignal(status[0]) + ", at once " + (took < 1_000_000_000L),
                killed == 0 && reaped == reader && Wait.termSignal(status[0]) == Signal.SIGKILL && took < 1_000_000_000L);
        byte[] one = {1};
        int wrote = Unistd.write(data[1], one, 0, 1);
        check("write to the pipe the killed child read: " + wrote + " errno " + Errno.errno(),
                wrote == -1 && Errno.errno() == 32);
        Unistd.close(data[1]);

        int sleeper = Spawn.spawn(VICTIM, new String[] {"victim", "sleep"}, ENV, Spawn.FdAction.dup2(ready[1], 3));
        said = readText(ready[0]);
        Time.nanosleep(30_000_000L);
        before = Time.clockGettime(Time.CLOCK_MONOTONIC);
        killed = Signal.kill(sleeper, Signal.SIGTERM);
        reaped = Wait.waitpid(sleeper, status, 0);
        took = Time.clockGettime(Time.CLOCK_MONOTONIC) - before;
        check("kill of a child asleep for 100 s (" + said + "): " + killed + ", reaped " + (reaped == sleeper)
                + ", signaled by " + Wait.termSignal(status[0]) + ", at once " + (took < 1_000_000_000L),
                killed == 0 && reaped == sleeper && Wait.termSignal(status[0]) == Signal.SIGTERM && took < 1_000_000_000L);

        int waiter = Spawn.spawn(VICTIM, new String[] {"victim", "waiter"}, ENV, Spawn.FdAction.dup2(ready[1], 3));
        int grandchild = Integer.parseInt(readText(ready[0]));
        Time.nanosleep(30_000_000L);
        killed = Signal.kill(waiter, Signal.SIGINT);
        reaped = Wait.waitpid(waiter, status, 0);
        check("kill of a child blocked in waitpid: " + killed + ", reaped " + (reaped == waiter) + ", signaled by "
                + Wait.termSignal(status[0]), killed == 0 && reaped == waiter && Wait.termSignal(status[0]) == Signal.SIGINT);
        // Its child is init's now, still asleep: kill it too, and init collects it.
        int orphanKilled = Signal.kill(grandchild, Signal.SIGKILL);
        int notMine = Wait.waitpid(grandchild, status, 0);
        check("kill of the orphan it left: " + orphanKilled + ", not my child: " + notMine + " errno " + Errno.errno(),
                orphanKilled == 0 && notMine == -1 && Errno.errno() == 10);
        Unistd.close(ready[0]);
        Unistd.close(ready[1]);

        int self = Spawn.spawn(VICTIM, new String[] {"victim", "self"}, ENV);
        reaped = Wait.waitpid(self, status, 0);
        check("a child that killed itself: signaled by " + Wait.termSignal(status[0]),
                reaped == self && Wait.termSignal(status[0]) == Signal.SIGTERM);
    }

    private static void killErrors() {
        int me = Unistd.getpid();
        int result = Signal.kill(4_000_000, Signal.SIGKILL);
        check("kill of no such process: " + result + " errno " + Errno.errno(), result == -1 && Errno.errno() == 3);
        result = Signal.kill(me, 99);
        check("kill with a bad signal: " + result + " errno " + Errno.errno(), result == -1 && Errno.errno() == 22);
        result = Signal.kill(me, -1);
        check("kill with a negative signal: " + result + " errno " + Errno.errno(), result == -1 && Errno.errno() == 22);
        result = Signal.kill(1, Signal.SIGKILL);
        check("kill of init: " + result + " errno " + Errno.errno(), result == -1 && Errno.errno() == 1);
        result = Signal.kill(0, Signal.SIGKILL);
        check("kill of pid 0: " + result + " errno " + Errno.errno(), result == -1 && Errno.errno() == 1);
        result = Signal.kill(me, 0);
        check("kill with signal 0 of myself: " + result, result == 0);
        int child = Spawn.spawn(VICTIM, new String[] {"victim", "exit", "5"}, ENV);
        int probes = 0;
        while (Signal.kill(child, 0) == 0 && probes < 500) {
            probes++;
            Time.nanosleep(5_000_000L);
        }
        int errno = Errno.errno();
        int[] status = new int[1];
        int reaped = Wait.waitpid(child, status, 0);
        check("kill with signal 0 of an ended child: errno " + errno + ", then collected with exit "
                + Wait.exitStatus(status[0]), errno == 3 && reaped == child && Wait.exitStatus(status[0]) == 5);
    }

    private static void nanosleep() {
        long before = Time.clockGettime(Time.CLOCK_MONOTONIC);
        int result = Time.nanosleep(200_000_000L);
        long slept = Time.clockGettime(Time.CLOCK_MONOTONIC) - before;
        check("nanosleep of 200 ms: " + result + ", at least 200 ms passed " + (slept >= 200_000_000L),
                result == 0 && slept >= 200_000_000L);
        before = Time.clockGettime(Time.CLOCK_MONOTONIC);
        result = Time.sleep(1);
        slept = Time.clockGettime(Time.CLOCK_MONOTONIC) - before;
        check("sleep of 1 s: " + result + ", at least 1 s passed " + (slept >= 1_000_000_000L),
                result == 0 && slept >= 1_000_000_000L);
        long[] request = {0, 1_000_000};
        long[] remaining = {77, 77};
        long[] tooManyNanos = {0, 1_000_000_000};
        long[] negative = {-1, 0};
        long ok = RawSyscall.call(SyscallNumbers.NANOSLEEP, RawSyscall.address(request), RawSyscall.address(remaining),
                0, 0, 0, 0);
        check("nanosleep of 1 ms: " + ok + ", remaining " + remaining[0] + " s " + remaining[1] + " ns",
                ok == 0 && remaining[0] == 0 && remaining[1] == 0);
        long nullRequest = RawSyscall.call(SyscallNumbers.NANOSLEEP, 8, 0, 0, 0, 0, 0);
        long kernelRequest = RawSyscall.call(SyscallNumbers.NANOSLEEP, 0x100000, 0, 0, 0, 0, 0);
        long unaligned = RawSyscall.call(SyscallNumbers.NANOSLEEP, RawSyscall.address(request) + 1, 0, 0, 0, 0, 0);
        long badRemaining = RawSyscall.call(SyscallNumbers.NANOSLEEP, RawSyscall.address(request), 0x100000, 0, 0, 0, 0);
        check("nanosleep with bad pointers: " + nullRequest + " " + kernelRequest + " " + unaligned + " " + badRemaining,
                nullRequest == -14 && kernelRequest == -14 && unaligned == -14 && badRemaining == -14);
        long nanos = RawSyscall.call(SyscallNumbers.NANOSLEEP, RawSyscall.address(tooManyNanos), 0, 0, 0, 0, 0);
        long back = RawSyscall.call(SyscallNumbers.NANOSLEEP, RawSyscall.address(negative), 0, 0, 0, 0, 0);
        check("nanosleep with bad times: " + nanos + " " + back, nanos == -22 && back == -22);
    }

    private static void mmap() {
        long base = Mman.mmap(0, MIB, RW, ANON);
        boolean zeroed = true;
        for (long at = 0; at < MIB; at += 8) {
            if (RawMemory.load64(base + at) != 0) {
                zeroed = false;
            }
        }
        for (long page = 0; page < MIB; page += 4096) {
            RawMemory.store64(base + page, page ^ 0x5A5A_5A5AL);
            RawMemory.store64(base + page + 4088, ~page);
        }
        boolean kept = true;
        for (long page = 0; page < MIB; page += 4096) {
            if (RawMemory.load64(base + page) != (page ^ 0x5A5A_5A5AL) || RawMemory.load64(base + page + 4088) != ~page) {
                kept = false;
            }
        }
        check("mmap of 1 MiB: page aligned " + ((base & 4095) == 0 && base > 0) + ", zeroed " + zeroed
                + ", every page kept what was written " + kept, base > 0 && (base & 4095) == 0 && zeroed && kept);
        String text = "a system call wrote this from mapped memory\n";
        for (int i = 0; i < text.length(); i++) {
            RawMemory.store8(base + 8192 + i, (byte) text.charAt(i));
        }
        long wrote = RawSyscall.call(SyscallNumbers.WRITE, 1, base + 8192, text.length(), 0, 0, 0);
        check("write from mapped memory: " + (wrote == text.length()), wrote == text.length());
        int unmapped = Mman.munmap(base, MIB);
        check("munmap of it: " + unmapped, unmapped == 0);

        long hint = 0x5000_0000_0000L;
        long hinted = Mman.mmap(hint, 8192, Mman.PROT_READ, ANON);
        check("mmap at a free hint: " + (hinted == hint) + ", readable " + (hinted > 0 && RawMemory.load64(hinted + 4096) == 0),
                hinted == hint && RawMemory.load64(hinted + 4096) == 0);
        Mman.munmap(hinted, 8192);

        long zero = Mman.mmap(0, 0, RW, ANON);
        int e1 = Errno.errno();
        long odd = Mman.mmap(4097, 4096, RW, ANON);
        int e2 = Errno.errno();
        long exec = Mman.mmap(0, 4096, RW | 4, ANON);
        int e3 = Errno.errno();
        long file = Mman.mmap(0, 4096, RW, Mman.MAP_PRIVATE);
        int e4 = Errno.errno();
        check("mmap errors: zero length " + zero + " errno " + e1 + ", unaligned " + odd + " errno " + e2
                + ", executable " + exec + " errno " + e3 + ", not anonymous " + file + " errno " + e4,
                zero == -1 && e1 == 22 && odd == -1 && e2 == 22 && exec == -1 && e3 == 22 && file == -1 && e4 == 22);
        int badUnmap = Mman.munmap(base + 1, 4096);
        int b1 = Errno.errno();
        int emptyUnmap = Mman.munmap(base, 0);
        int b2 = Errno.errno();
        check("munmap errors: unaligned " + badUnmap + " errno " + b1 + ", zero length " + emptyUnmap + " errno " + b2,
                badUnmap == -1 && b1 == 22 && emptyUnmap == -1 && b2 == 22);
        long huge = Mman.mmap(0, 1L << 50, RW, ANON);
        check("mmap of 1 PiB: " + huge + " errno " + Errno.errno(), huge == -1 && Errno.errno() == 12);

        int first = mapUntilFull();
        int second = mapUntilFull();
        check("16 MiB mappings until ENOMEM: " + first + ", again after unmapping them all: " + second,
                first >= 4 && first == second);
        long kept64 = Mman.mmap(0, 64 << 10, RW, ANON); // left mapped: the end of the process gives it back
        RawMemory.store64(kept64, 1);

        int[] status = new int[1];
        int toucher = Spawn.spawn(VICTIM, new String[] {"victim", "touch"}, ENV);
        int reaped = Wait.waitpid(toucher, status, 0);
        check("a child that wrote to memory it unmapped: signaled by " + Wait.termSignal(status[0]),
                reaped == toucher && Wait.termSignal(status[0]) == 11);
    }

    /** Maps 16 MiB at a time until the kernel says ENOMEM, touches each mapping, unmaps all; returns how many. */
    private static int mapUntilFull() {
        long[] chunks = new long[256];
        int count = 0;
        long chunk = 16 * MIB;
        while (count < chunks.length) {
            long at = Mman.mmap(0, chunk, RW, ANON);
            if (at == Mman.MAP_FAILED) {
                if (Errno.errno() != 12) {
                    return -Errno.errno();
                }
                break;
            }
            RawMemory.store64(at + chunk - 8, count);
            chunks[count++] = at;
        }
        for (int i = 0; i < count; i++) {
            if (RawMemory.load64(chunks[i] + chunk - 8) != i || Mman.munmap(chunks[i], chunk) != 0) {
                return -1;
            }
        }
        return count;
    }

    /** Two children compute with doubles side by side, preempted by the timer; each prints its exact result. */
    private static void fpu(int iterations) {
        String n = Integer.toString(iterations);
        int a = Spawn.spawn(VICTIM, new String[] {"victim", "fpu", "1", n}, ENV);
        int b = Spawn.spawn(VICTIM, new String[] {"victim", "fpu", "2", n}, ENV);
        double mine = 0;
        for (int i = 1; i <= iterations / 4; i++) {
            mine = mine * 0.5 + 1.0 / i; // the parent computes too, until it waits
        }
        int[] status = new int[1];
        int first = Wait.waitpid(a, status, 0);
        int firstStatus = status[0];
        int second = Wait.waitpid(b, status, 0);
        check("fpu children ended: " + (first == a && second == b) + ", exits " + Wait.exitStatus(firstStatus) + " "
                + Wait.exitStatus(status[0]), first == a && second == b && firstStatus == 0 && status[0] == 0);
        System.out.println("fpu parent: " + Double.doubleToRawLongBits(mine));
    }

    /** A child that leaves two children of its own behind: one asleep, one ended. Init collects both. */
    private static void orphans() {
        int orphaner = Spawn.spawn(VICTIM, new String[] {"victim", "orphaner", "700"}, ENV);
        int[] status = new int[1];
        int reaped = Wait.waitpid(orphaner, status, 0);
        int none = Wait.waitpid(-1, status, Wait.WNOHANG);
        check("orphaner ended: " + (reaped == orphaner) + ", exit " + Wait.exitStatus(status[0])
                + ", its children are not mine: " + none + " errno " + Errno.errno(),
                reaped == orphaner && none == -1 && Errno.errno() == 10);
    }

    /** Reads what a child wrote to the ready pipe (one short write). */
    private static String readText(int fd) {
        byte[] buffer = new byte[32];
        int n = Unistd.read(fd, buffer, 0, buffer.length);
        char[] chars = new char[Math.max(n, 0)];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = (char) buffer[i];
        }
        return new String(chars);
    }
}
