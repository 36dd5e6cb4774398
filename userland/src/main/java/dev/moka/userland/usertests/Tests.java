package dev.moka.userland.usertests;

import dev.moka.kernel.api.syscall.Errno;
import dev.moka.kernel.api.syscall.OpenFlags;
import dev.moka.kernel.api.syscall.SyscallNumbers;
import dev.moka.relibc.Fcntl;
import dev.moka.relibc.Mman;
import dev.moka.relibc.Signal;
import dev.moka.relibc.Time;
import dev.moka.relibc.sys.RawMemory;
import dev.moka.relibc.Spawn;
import dev.moka.relibc.Unistd;
import dev.moka.relibc.Wait;
import dev.moka.relibc.sys.RawSyscall;
import dev.moka.userland.Console;
import java.util.LinkedHashMap;
import java.util.Map;

/** The tests, by name; each runs in a process of its own and fails by throwing {@link Failure}. */
final class Tests {
    /** An address no user program has: the kernel half. */
    static final long KERNEL_ADDRESS = 0xFFFF_8000_0000_1000L;
    /** An address in the user half that nothing maps. */
    static final long UNMAPPED = 0x1000L;

    private static final Map<String, Runnable> ALL = new LinkedHashMap<>();

    static {
        ALL.put("pipe_roundtrip", Tests::pipeRoundtrip);
        ALL.put("sharedfd", Tests::sharedFd);
        ALL.put("exitwait", Tests::exitWait);
        ALL.put("orphan", Tests::orphan);
        ALL.put("preempt", Tests::preempt);
        ALL.put("efault", Tests::efault);
        ALL.put("ebadf", Tests::ebadf);
        ALL.put("fd_limit", Tests::fdLimit);
        ALL.put("kill", Tests::kill);
        ALL.put("fault_isolation", Tests::faultIsolation);
        ALL.put("stack_overflow", Tests::stackOverflow);
        ALL.put("bad_elf", Tests::badElf);
        ALL.put("mmap", Tests::mmap);
        ALL.put("sleep", Tests::sleep);
        ALL.put("dup2_redirect", Tests::dup2Redirect);
        ALL.put("big_write", Tests::bigWrite);
        ALL.put("many_procs", Tests::manyProcs);
        ALL.put("syscall_fuzz", Tests::syscallFuzz);
        ALL.put("args_env", Tests::argsEnv);
        ALL.put("uncaught_exception", Tests::uncaughtException);
        ALL.put("cloexec", Tests::cloexec);
        ALL.put("pipe_eof_epipe", Tests::pipeEofEpipe);
        ALL.put("waitpid_nohang", Tests::waitpidNohang);
        ALL.put("chdir_getcwd", Tests::chdirGetcwd);
        ALL.put("scheme_roots", Tests::schemeRoots);
        ALL.put("initfs_readonly", Tests::initfsReadonly);
        ALL.put("null_zero_rand", Tests::nullZeroRand);
        ALL.put("clock_monotonic", Tests::clockMonotonic);
        ALL.put("sys_context", Tests::sysContext);
        ALL.put("dup_lowest", Tests::dupLowest);
        ALL.put("bad_flags", Tests::badFlags);
        ALL.put("scheme_call", SchemeTests::schemeCall);
        ALL.put("scheme_isolation", SchemeTests::schemeIsolation);
        ALL.put("daemon_death", SchemeTests::daemonDeath);
        ALL.put("file_ops", SchemeTests::fileOps);
        ALL.put("driver_grants", DriverTests::driverGrants);
        ALL.put("event_wait", DriverTests::eventWait);
        ALL.put("pci_list", DriverTests::pciList);
        ALL.put("driver_restart", DriverTests::driverRestart);
    }

    /** The tests that need a driver process: not in {@link #all()}, run by {@code --test NAME} alone. */
    private static final Map<String, Runnable> AS_DRIVER = Map.of("driver_hardware", DriverTests::driverHardware);

    private Tests() {
    }

    /** @return the tests that only a driver process passes, by name */
    static Map<String, Runnable> asDriver() {
        return AS_DRIVER;
    }

    /** @return the tests, in the order they run */
    static Map<String, Runnable> all() {
        return ALL;
    }

    private static void pipeRoundtrip() {
        int[] p = Sys.pipe();
        byte[] out = new byte[200];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) (i * 7);
        }
        Failure.expect(out.length, Unistd.write(p[1], out, 0, out.length), "write");
        byte[] in = new byte[out.length];
        Failure.expect(out.length, Unistd.read(p[0], in, 0, in.length), "read");
        Failure.check(java.util.Arrays.equals(in, out), "the bytes read differ from those written");
        Unistd.close(p[1]);
        Failure.expect(0, Unistd.read(p[0], in, 0, 1), "read after the writer closed");
        Unistd.close(p[0]);
    }

    private static void sharedFd() {
        int[] p = Sys.pipe();
        int child = Sys.child("write", new String[] {"b", "500"}, Spawn.FdAction.dup2(p[1], 1));
        byte[] a = {'a'};
        for (int i = 0; i < 500; i++) {
            Failure.expect(1, Unistd.write(p[1], a, 0, 1), "write");
        }
        Unistd.close(p[1]);
        byte[] all = Sys.drain(p[0]);
        Sys.awaitSuccess(child, "the writer");
        int as = 0;
        int bs = 0;
        for (byte b : all) {
            as += b == 'a' ? 1 : 0;
            bs += b == 'b' ? 1 : 0;
        }
        Failure.check(as == 500 && bs == 500 && all.length == 1000, "read " + as + " a, " + bs + " b of " + all.length);
    }

    private static void exitWait() {
        int[] pids = new int[10];
        for (int i = 0; i < pids.length; i++) {
            pids[i] = Sys.child("exit", new String[] {Integer.toString(i * 11)});
        }
        for (int i = pids.length - 1; i >= 0; i--) {
            int status = Sys.await(pids[i]);
            Failure.check(Wait.exited(status) && Wait.exitStatus(status) == i * 11, "child " + i + ": " + Sys.describe(status));
        }
        Failure.expect(-1, Wait.waitpid(-1, new int[1], 0), "waitpid with no children");
        Failure.expect(Errno.ECHILD, dev.moka.relibc.Errno.errno(), "errno");
    }

    private static void orphan() {
        int[] p = Sys.pipe();
        int child = Sys.child("orphan-parent", new String[0], Spawn.FdAction.dup2(p[1], 1));
        Unistd.close(p[1]);
        Sys.awaitSuccess(child, "the orphan's parent");
        String said = Console.ascii(Sys.drain(p[0]));
        Failure.check(said.equals("adopted"), "the orphan said \"" + said + "\", not adopted by init");
    }

    private static void preempt() {
        int spinner = Sys.child("spin", new String[] {"3000"});
        int[] p = Sys.pipe();
        int writer = Sys.child("write", new String[] {"x", "10"}, Spawn.FdAction.dup2(p[1], 1));
        Unistd.close(p[1]);
        byte[] got = Sys.drain(p[0]);
        Failure.expect(10, got.length, "bytes from the writer while another process spins");
        Sys.awaitSuccess(writer, "the writer");
        Failure.expect(0, Wait.waitpid(spinner, new int[1], Wait.WNOHANG), "the spinner, still running");
        Sys.awaitSuccess(spinner, "the spinner");
    }

    private static void efault() {
        long[] bad = {0, UNMAPPED, KERNEL_ADDRESS, -8};
        int[] p = Sys.pipe();
        for (long address : bad) {
            String where = " at 0x" + Long.toHexString(address);
            Failure.expect(-Errno.EFAULT, RawSyscall.call(SyscallNumbers.READ, p[0], address, 8, 0, 0, 0), "read" + where);
            Failure.expect(-Errno.EFAULT, RawSyscall.call(SyscallNumbers.WRITE, p[1], address, 8, 0, 0, 0), "write" + where);
            Failure.expect(-Errno.EFAULT, RawSyscall.call(SyscallNumbers.OPEN, address, 5, OpenFlags.O_RDONLY, 0, 0, 0), "open" + where);
            Failure.expect(-Errno.EFAULT, RawSyscall.call(SyscallNumbers.CHDIR, address, 5, 0, 0, 0, 0), "chdir" + where);
            Failure.expect(-Errno.EFAULT, RawSyscall.call(SyscallNumbers.FSTAT, p[0], address, 128, 0, 0, 0), "fstat" + where);
            Failure.expect(-Errno.EFAULT, RawSyscall.call(SyscallNumbers.FPATH, p[0], address, 64, 0, 0, 0), "fpath" + where);
            Failure.expect(-Errno.EFAULT, RawSyscall.call(SyscallNumbers.CLOCK_GETTIME, 4, address, 0, 0, 0, 0), "clock_gettime" + where);
            Failure.expect(-Errno.EFAULT, RawSyscall.call(SyscallNumbers.PIPE2, address, 0, 0, 0, 0, 0), "pipe2" + where);
            Failure.expect(-Errno.EFAULT, RawSyscall.call(SyscallNumbers.GETCWD, address, 64, 0, 0, 0, 0), "getcwd" + where);
            Failure.expect(-Errno.EFAULT, RawSyscall.call(SyscallNumbers.NANOSLEEP, address, 0, 0, 0, 0, 0), "nanosleep" + where);
            Failure.expect(-Errno.EFAULT, RawSyscall.call(SyscallNumbers.WAITPID, -1, address, 0, 0, 0, 0) == -Errno.ECHILD
                    ? -Errno.EFAULT : RawSyscall.call(SyscallNumbers.WAITPID, -1, address, 0, 0, 0, 0), "waitpid" + where);
        }
        int dir = Fcntl.open("sys:", OpenFlags.O_RDONLY | OpenFlags.O_DIRECTORY);
        Failure.expect(-Errno.EFAULT, RawSyscall.call(SyscallNumbers.GETDENTS, dir, KERNEL_ADDRESS, 64, 0, 0, 0), "getdents");
        Unistd.close(dir);
        int exe = Fcntl.open(Sys.SELF, OpenFlags.O_RDONLY);
        Failure.expect(-Errno.EFAULT, RawSyscall.call(SyscallNumbers.SPAWN, exe, KERNEL_ADDRESS, 16, 0, 0, 0), "spawn argv");
        Unistd.close(exe);
        Unistd.close(p[0]);
        Unistd.close(p[1]);
    }

    private static void ebadf() {
        byte[] buffer = new byte[8];
        long address = RawSyscall.address(buffer);
        for (long fd : new long[] {-1, 999, 1 << 20, Long.MIN_VALUE}) {
            String which = " of fd " + fd;
            Failure.expect(-Errno.EBADF, RawSyscall.call(SyscallNumbers.READ, fd, address, 8, 0, 0, 0), "read" + which);
            Failure.expect(-Errno.EBADF, RawSyscall.call(SyscallNumbers.WRITE, fd, address, 8, 0, 0, 0), "write" + which);
            Failure.expect(-Errno.EBADF, RawSyscall.call(SyscallNumbers.CLOSE, fd, 0, 0, 0, 0, 0), "close" + which);
            Failure.expect(-Errno.EBADF, RawSyscall.call(SyscallNumbers.DUP, fd, 0, 0, 0, 0, 0), "dup" + which);
            Failure.expect(-Errno.EBADF, RawSyscall.call(SyscallNumbers.DUP2, fd, 20, 0, 0, 0, 0), "dup2" + which);
            Failure.expect(-Errno.EBADF, RawSyscall.call(SyscallNumbers.LSEEK, fd, 0, 0, 0, 0, 0), "lseek" + which);
            Failure.expect(-Errno.EBADF, RawSyscall.call(SyscallNumbers.FSTAT, fd, address, 8, 0, 0, 0), "fstat" + which);
            Failure.expect(-Errno.EBADF, RawSyscall.call(SyscallNumbers.FCNTL, fd, 1, 0, 0, 0, 0), "fcntl" + which);
        }
    }

    private static void fdLimit() {
        int[] opened = new int[4096];
        int count = 0;
        int fd;
        while (count < opened.length && (fd = Fcntl.open("null:", OpenFlags.O_RDONLY)) >= 0) {
            opened[count++] = fd;
        }
        Failure.check(count < opened.length, "no limit within " + opened.length + " descriptors");
        Failure.expect(Errno.EMFILE, dev.moka.relibc.Errno.errno(), "errno at the limit after " + count + " opens");
        Failure.expect(-1, Unistd.dup(0), "dup at the limit");
        for (int i = 0; i < count; i++) {
            Failure.expect(0, Unistd.close(opened[i]), "close");
        }
        int again = Fcntl.open("null:", OpenFlags.O_RDONLY);
        Failure.check(again >= 0, "open after closing: " + Console.errno());
        Unistd.close(again);
    }

    private static void kill() {
        int spinner = Sys.child("spin-forever", new String[0]);
        Failure.expect(0, Signal.kill(spinner, 0), "kill with signal 0 of a live child");
        Failure.expect(0, Signal.kill(spinner, Signal.SIGKILL), "kill of a spinning child");
        int status = Sys.await(spinner);
        Failure.check(Wait.signaled(status) && Wait.termSignal(status) == Signal.SIGKILL, "the spinner: " + Sys.describe(status));
        int[] p = Sys.pipe();
        int reader = Sys.child("read-stdin", new String[0], Spawn.FdAction.dup2(p[0], 0));
        for (int i = 0; i < 20; i++) {
            Unistd.yieldNow(); // let it reach its read and wait there
        }
        Failure.expect(0, Signal.kill(reader, Signal.SIGTERM), "kill of a child waiting in a pipe read");
        status = Sys.await(reader);
        Failure.check(Wait.signaled(status) && Wait.termSignal(status) == Signal.SIGTERM, "the reader: " + Sys.describe(status));
        Unistd.close(p[0]);
        Unistd.close(p[1]);
        Failure.expect(-1, Signal.kill(reader, 0), "kill of a collected child");
        Failure.expect(Errno.ESRCH, dev.moka.relibc.Errno.errno(), "errno for a collected child");
        Failure.expect(-1, Signal.kill(Unistd.getpid(), 99), "an unknown signal");
        Failure.expect(Errno.EINVAL, dev.moka.relibc.Errno.errno(), "errno for an unknown signal");
        Failure.expect(-1, Signal.kill(1, Signal.SIGKILL), "kill of init");
    }

    private static void mmap() {
        Object keep = null;
        for (int i = 0; i < 20_000; i++) {
            keep = new byte[1024]; // the heap's own pages first, so they do not count below
        }
        Failure.check(keep != null, "warm-up");
        long before = Sys.freeFrames();
        long size = 1L << 20;
        long area = Mman.mmap(0, size, Mman.PROT_READ | Mman.PROT_WRITE, Mman.MAP_PRIVATE | Mman.MAP_ANONYMOUS);
        Failure.check(area != Mman.MAP_FAILED && area != 0, "mmap of 1 MiB: " + Console.errno());
        for (long page = 0; page < size; page += 4096) {
            Failure.expect(0, RawMemory.load64(area + page), "a fresh page is zero");
            RawMemory.store64(area + page, page ^ 0x5A5A);
        }
        for (long page = 0; page < size; page += 4096) {
            Failure.expect(page ^ 0x5A5A, RawMemory.load64(area + page), "a word written to mapped memory");
        }
        Failure.check(Sys.freeFrames() <= before - size / 4096, "1 MiB mapped took no frames");
        Failure.expect(0, Mman.munmap(area, size), "munmap");
        Failure.expect(before, Sys.freeFrames(), "free frames after munmap");
        Failure.expect(Mman.MAP_FAILED, Mman.mmap(0, 0, Mman.PROT_READ, Mman.MAP_PRIVATE | Mman.MAP_ANONYMOUS), "mmap of 0 bytes");
        Failure.expect(-1, Mman.munmap(area + 1, 4096), "munmap of an unaligned address");
    }

    private static void sleep() {
        long start = Sys.now();
        Failure.expect(0, Time.nanosleep(50_000_000L), "nanosleep of 50 ms");
        Failure.check(Sys.now() - start >= 50_000_000L, "woke after " + (Sys.now() - start) + " ns");
        long[] bad = {0, 1_000_000_000L};
        Failure.expect(-Errno.EINVAL, RawSyscall.call(SyscallNumbers.NANOSLEEP, RawSyscall.address(bad), 0, 0, 0, 0, 0),
                "a timespec with 10^9 nanoseconds");
        int sleeper = Sys.child("sleep", new String[] {"60"});
        for (int i = 0; i < 20; i++) {
            Unistd.yieldNow();
        }
        Failure.expect(0, Signal.kill(sleeper, Signal.SIGINT), "kill of a sleeping child");
        int status = Sys.await(sleeper);
        Failure.check(Wait.signaled(status) && Wait.termSignal(status) == Signal.SIGINT, "the sleeper: " + Sys.describe(status));
    }

    private static void faultIsolation() {
        int status = Sys.await(Sys.child("null", new String[0]));
        Failure.check(Wait.signaled(status) && Wait.termSignal(status) == 11, "null read: " + Sys.describe(status));
        status = Sys.await(Sys.child("privileged", new String[0]));
        Failure.check(Wait.signaled(status), "privileged instruction: " + Sys.describe(status));
        Failure.check(Unistd.getpid() > 0, "the kernel stopped answering");
    }

    private static void stackOverflow() {
        int status = Sys.await(Sys.quietChild("recurse"));
        Failure.check(!(Wait.exited(status) && Wait.exitStatus(status) == 0), "unbounded recursion ended well");
        Sys.awaitSuccess(Sys.child("exit", new String[] {"0"}), "a child after the overflow");
    }

    private static void badElf() {
        Failure.expect(-1, Spawn.spawn("initfs:etc/init.rc", new String[] {"init.rc"}, Sys.ENV), "spawn of a text file");
        Failure.expect(Errno.EACCES, dev.moka.relibc.Errno.errno(), "errno for a text file");
        Failure.expect(-1, Spawn.spawn("initfs:bin/none", new String[] {"none"}, Sys.ENV), "spawn of a missing file");
        Failure.expect(Errno.ENOENT, dev.moka.relibc.Errno.errno(), "errno for a missing file");
        Failure.expect(-1, Spawn.spawn("sys:uname", new String[] {"uname"}, Sys.ENV), "spawn of a sys: file");
    }

    private static void dup2Redirect() {
        int[] p = Sys.pipe();
        int saved = Unistd.dup(1);
        Failure.check(saved >= 0, "dup");
        Failure.expect(1, Unistd.dup2(p[1], 1), "dup2");
        Unistd.writeAll(1, "redirected\n");
        Failure.expect(1, Unistd.dup2(saved, 1), "dup2 back");
        Unistd.close(saved);
        Unistd.close(p[1]);
        Failure.check(Console.ascii(Sys.drain(p[0])).equals("redirected\n"), "the pipe did not get the line");
    }

    private static void bigWrite() {
        int[] p = Sys.pipe();
        int child = Sys.child("bigwrite", new String[0], Spawn.FdAction.dup2(p[1], 1));
        Unistd.close(p[1]);
        byte[] buffer = new byte[8192];
        long total = 0;
        long sum = 0;
        int n;
        while ((n = Unistd.read(p[0], buffer, 0, buffer.length)) > 0) {
            for (int i = 0; i < n; i++) {
                sum += ((total + i) / 4096 & 0xFF) == (buffer[i] & 0xFF) ? 1 : 0;
            }
            total += n;
        }
        Unistd.close(p[0]);
        Sys.awaitSuccess(child, "the writer");
        Failure.expect(1 << 20, total, "bytes through the pipe");
        Failure.expect(1 << 20, sum, "bytes in their place");
    }

    private static void manyProcs() {
        // The collector must have seen this process's whole heap once, so that its own pages do not
        // count as leaks of the children.
        Object keep = null;
        for (int i = 0; i < 20_000; i++) {
            keep = new byte[1024];
        }
        Failure.check(keep != null, "warm-up");
        String[] argv = {"usertests", "--child", "exit", "0"};
        int[] status = new int[1];
        long before = Sys.freeFrames();
        for (int i = 0; i < 1000; i++) {
            int pid = Spawn.spawn(Sys.SELF, argv, Sys.ENV);
            Failure.check(pid > 0, "spawn " + i + ": " + Console.errno());
            Failure.expect(pid, Wait.waitpid(pid, status, 0), "waitpid " + i);
        }
        long after = Sys.freeFrames();
        Failure.expect(before, after, "free frames after 1000 spawn/wait cycles");
    }

    private static void syscallFuzz() {
        int nul = Fcntl.open("null:", OpenFlags.O_RDWR);
        int status = Sys.await(Sys.child("fuzz", new String[] {"20261206", "100000"}, Spawn.FdAction.dup2(nul, 0)));
        Unistd.close(nul);
        Failure.check(Wait.exited(status) && Wait.exitStatus(status) == 0, "the fuzzer ended with " + Sys.describe(status));
        Failure.check(Unistd.getpid() > 0, "getpid after the fuzzer");
    }

    private static void argsEnv() {
        Sys.awaitSuccess(Sys.child("args", new String[] {"one", "two words"}), "the child checking its arguments");
    }

    private static void uncaughtException() {
        int status = Sys.await(Sys.quietChild("throw"));
        Failure.check(Wait.exited(status) && Wait.exitStatus(status) == 1, "an uncaught exception: " + Sys.describe(status));
    }

    private static void cloexec() {
        int kept = Fcntl.open("null:", OpenFlags.O_RDONLY);
        int closing = Fcntl.open("null:", OpenFlags.O_RDONLY | OpenFlags.O_CLOEXEC);
        Sys.awaitSuccess(Sys.child("fd-closed", new String[] {Integer.toString(closing)}), "the close-on-exec descriptor");
        int status = Sys.await(Sys.child("fd-closed", new String[] {Integer.toString(kept)}));
        Failure.check(Wait.exited(status) && Wait.exitStatus(status) == 1, "the inherited descriptor was not inherited");
        Unistd.close(kept);
        Unistd.close(closing);
    }

    private static void pipeEofEpipe() {
        int[] p = Sys.pipe();
        Unistd.close(p[0]);
        byte[] b = {1};
        Failure.expect(-1, Unistd.write(p[1], b, 0, 1), "write with no reader");
        Failure.expect(Errno.EPIPE, dev.moka.relibc.Errno.errno(), "errno");
        Unistd.close(p[1]);
        Failure.expect(-Errno.ESPIPE, RawSyscall.call(SyscallNumbers.LSEEK, Sys.pipe()[0], 0, 0, 0, 0, 0), "lseek on a pipe");
    }

    private static void waitpidNohang() {
        int[] p = Sys.pipe();
        int child = Sys.child("read-stdin", new String[0], Spawn.FdAction.dup2(p[0], 0));
        Failure.expect(0, Wait.waitpid(child, new int[1], Wait.WNOHANG), "WNOHANG while the child waits");
        Unistd.close(p[0]);
        Unistd.close(p[1]);
        Sys.awaitSuccess(child, "the reader");
    }

    private static void chdirGetcwd() {
        Failure.expect(0, Unistd.chdir("sys:"), "chdir sys:");
        Failure.check("sys:".equals(Unistd.getcwd()), "getcwd after chdir sys: gave " + Unistd.getcwd());
        int fd = Fcntl.open("uname", OpenFlags.O_RDONLY);
        Failure.check(fd >= 0, "open of a relative path: " + Console.errno());
        Unistd.close(fd);
        Failure.expect(-1, Unistd.chdir("nowhere:"), "chdir to a missing scheme");
        Failure.check("sys:".equals(Unistd.getcwd()), "a failed chdir moved the directory");
    }

    private static void schemeRoots() {
        String schemes = Console.ascii(Sys.drain(Fcntl.open("sys:scheme", OpenFlags.O_RDONLY)));
        for (String name : new String[] {"debug", "null", "zero", "rand", "pipe", "sys", "time", "initfs"}) {
            Failure.check(schemes.contains(name + "\n"), "sys:scheme lacks " + name);
        }
        int dir = Fcntl.open("sys:", OpenFlags.O_RDONLY | OpenFlags.O_DIRECTORY);
        byte[] buffer = new byte[512];
        int n = Unistd.getdents(dir, buffer);
        Unistd.close(dir);
        String listing = n > 0 ? new String(buffer, 0, n, java.nio.charset.StandardCharsets.ISO_8859_1) : "";
        Failure.check(listing.contains("context\n") && listing.contains("uname\n"), "ls sys: gave " + listing);
    }

    private static void initfsReadonly() {
        Failure.expect(-1, Fcntl.open("initfs:etc/init.rc", OpenFlags.O_WRONLY), "open for writing");
        Failure.expect(-1, Fcntl.open("initfs:new", OpenFlags.O_WRONLY | OpenFlags.O_CREAT), "create");
        int fd = Fcntl.open("initfs:etc/init.rc", OpenFlags.O_RDONLY);
        Failure.check(fd >= 0, "open for reading: " + Console.errno());
        byte[] b = {1};
        Failure.expect(-1, Unistd.write(fd, b, 0, 1), "write to a read-only file");
        Unistd.close(fd);
    }

    private static void nullZeroRand() {
        int nul = Fcntl.open("null:", OpenFlags.O_RDWR);
        byte[] buffer = new byte[64];
        Failure.expect(64, Unistd.write(nul, buffer, 0, 64), "write to null:");
        Failure.expect(0, Unistd.read(nul, buffer, 0, 64), "read of null:");
        Unistd.close(nul);
        int zero = Fcntl.open("zero:", OpenFlags.O_RDONLY);
        java.util.Arrays.fill(buffer, (byte) 9);
        Failure.expect(64, Unistd.read(zero, buffer, 0, 64), "read of zero:");
        for (byte b : buffer) {
            Failure.expect(0, b, "a byte of zero:");
        }
        Unistd.close(zero);
        int rand = Fcntl.open("rand:", OpenFlags.O_RDONLY);
        Failure.expect(64, Unistd.read(rand, buffer, 0, 64), "read of rand:");
        Unistd.close(rand);
        int distinct = 0;
        boolean[] seen = new boolean[256];
        for (byte b : buffer) {
            if (!seen[b & 0xFF]) {
                seen[b & 0xFF] = true;
                distinct++;
            }
        }
        Failure.check(distinct > 16, "64 bytes of rand: hold only " + distinct + " values");
    }

    private static void clockMonotonic() {
        long last = Sys.now();
        for (int i = 0; i < 1000; i++) {
            long now = Sys.now();
            Failure.check(now >= last, "the monotonic clock went back");
            last = now;
        }
        Failure.check(last > 0, "the monotonic clock reads 0");
        Failure.expect(-Errno.EINVAL, RawSyscall.call(SyscallNumbers.CLOCK_GETTIME, 77, RawSyscall.address(new long[2]), 0, 0, 0, 0),
                "an unknown clock");
    }

    private static void sysContext() {
        String table = Console.ascii(Sys.drain(Fcntl.open("sys:context", OpenFlags.O_RDONLY)));
        Failure.check(table.startsWith("PID"), "sys:context has no header");
        String me = Integer.toString(Unistd.getpid());
        boolean found = false;
        int start = 0;
        while (start < table.length()) {
            int end = table.indexOf('\n', start);
            String line = table.substring(start, end < 0 ? table.length() : end);
            if (line.startsWith(me + " ") && line.endsWith("usertests")) {
                found = true;
            }
            start = end < 0 ? table.length() : end + 1;
        }
        Failure.check(found, "sys:context does not list this process:\n" + table);
        Failure.check(table.contains("init"), "sys:context does not list init");
    }

    private static void dupLowest() {
        int a = Fcntl.open("null:", OpenFlags.O_RDONLY);
        int b = Fcntl.open("null:", OpenFlags.O_RDONLY);
        Unistd.close(a);
        Failure.expect(a, Unistd.dup(b), "dup takes the lowest free descriptor");
        Unistd.close(a);
        Unistd.close(b);
    }

    private static void badFlags() {
        Failure.expect(-Errno.EINVAL, RawSyscall.call(SyscallNumbers.PIPE2, RawSyscall.address(new long[2]), 0x7FFF_FFFF, 0, 0, 0, 0),
                "pipe2 with unknown flags");
        int exe = Fcntl.open(Sys.SELF, OpenFlags.O_RDONLY);
        byte[] argv = "usertests\0".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        Failure.expect(-Errno.EINVAL, RawSyscall.call(SyscallNumbers.SPAWN, exe, RawSyscall.address(argv), argv.length, 0, 0, 0x40),
                "spawn with unknown flags");
        Unistd.close(exe);
        Failure.expect(-Errno.EINVAL, RawSyscall.call(SyscallNumbers.CLOCK_GETTIME, -1, RawSyscall.address(new long[2]), 0, 0, 0, 0),
                "clock -1");
    }
}
