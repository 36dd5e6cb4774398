package dev.moka.userland.usertests;

import dev.moka.kernel.api.syscall.OpenFlags;
import dev.moka.kernel.api.syscall.Seek;
import dev.moka.kernel.api.syscall.SyscallNumbers;
import dev.moka.relibc.Errno;
import dev.moka.relibc.Fcntl;
import dev.moka.relibc.Signal;
import dev.moka.relibc.Time;
import dev.moka.relibc.Unistd;
import dev.moka.relibc.sys.RawSyscall;

/** Tests of user schemes: a daemon and its clients, isolation, a daemon's death, and {@code file:}. */
final class SchemeTests {
    private SchemeTests() {
    }

    private static byte[] ascii(String text) {
        byte[] bytes = new byte[text.length()];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) text.charAt(i);
        }
        return bytes;
    }

    /** Starts the test daemon as {@code name:} and waits until the scheme answers. */
    private static int startDaemon(String name) {
        int pid = Sys.child("scheme-daemon", new String[] {name});
        for (int waited = 0; waited < 5000; waited++) {
            int fd = Fcntl.open(name + ":", OpenFlags.O_RDONLY | OpenFlags.O_DIRECTORY);
            if (fd >= 0) {
                Unistd.close(fd);
                return pid;
            }
            Failure.expect(dev.moka.kernel.api.syscall.Errno.ENODEV, Errno.errno(), "open " + name + ": before the daemon");
            Time.nanosleep(1_000_000L);
        }
        throw new Failure(name + ": never registered");
    }

    private static void stopDaemon(int pid) {
        Failure.expect(0, Signal.kill(pid, Signal.SIGKILL), "kill the daemon");
        Sys.await(pid);
    }

    private static String read(int fd, int max) {
        byte[] in = new byte[max];
        int n = Unistd.read(fd, in, 0, max);
        Failure.check(n >= 0, "read: " + Errno.describe(Errno.errno()));
        return new String(in, 0, n, java.nio.charset.StandardCharsets.US_ASCII);
    }

    private static long raw(int number, long a, String text) {
        byte[] bytes = ascii(text);
        return RawSyscall.call(number, a, RawSyscall.address(bytes), bytes.length, 0, 0, 0);
    }

    private static long rawPath(int number, String path) {
        byte[] bytes = ascii(path);
        return RawSyscall.call(number, RawSyscall.address(bytes), bytes.length, 0, 0, 0, 0);
    }

    static void schemeCall() {
        int pid = startDaemon("utcall");
        int fd = Fcntl.open("utcall:greeting", OpenFlags.O_CREAT | OpenFlags.O_RDWR);
        Failure.check(fd >= 0, "open utcall:greeting: " + Errno.describe(Errno.errno()));
        Failure.expect(5, Unistd.writeAll(fd, "hello"), "write");
        Failure.expect(0, Fcntl.lseek(fd, 0, Seek.SEEK_SET), "lseek");
        Failure.check(read(fd, 16).equals("hello"), "read back what was written");
        Failure.expect(0, read(fd, 16).length(), "read at the end");
        Failure.expect(5, Fcntl.lseek(fd, 0, Seek.SEEK_END), "lseek to the end asks the daemon the size");
        byte[] path = new byte[64];
        long n = RawSyscall.call(SyscallNumbers.FPATH, fd, RawSyscall.address(path), path.length, 0, 0, 0);
        Failure.check(new String(path, 0, (int) Math.max(n, 0), java.nio.charset.StandardCharsets.US_ASCII)
                .equals("utcall:greeting"), "fpath");
        Failure.expect(0, Unistd.close(fd), "close");
        Failure.expect(-dev.moka.kernel.api.syscall.Errno.EEXIST,
                openRaw(":utcall", OpenFlags.O_CREAT),
                "a second daemon cannot take the name");
        stopDaemon(pid);
    }

    private static long openRaw(String path, int flags) {
        byte[] bytes = ascii(path);
        return RawSyscall.call(SyscallNumbers.OPEN, RawSyscall.address(bytes), bytes.length, flags & 0xFFFF_FFFFL, 0, 0, 0);
    }

    static void schemeIsolation() {
        int pid = startDaemon("utiso");
        int fd = Fcntl.open("utiso:secret", OpenFlags.O_CREAT | OpenFlags.O_RDWR | OpenFlags.O_CLOEXEC);
        Failure.check(fd >= 0, "open utiso:secret");
        Failure.expect(6, Unistd.writeAll(fd, "secret"), "write");
        // The child has no descriptor fd: the number names nothing there, whatever the daemon's handle is.
        Sys.awaitSuccess(Sys.child("read-fd", new String[] {Integer.toString(fd)}), "a read of another process's descriptor");
        int other = Fcntl.open("utiso:secret", OpenFlags.O_RDONLY);
        Failure.check(other >= 0 && other != fd, "a second open gives its own descriptor");
        Failure.check(read(other, 16).equals("secret"), "through its own handle, at its own position");
        Unistd.close(other);
        Unistd.close(fd);
        stopDaemon(pid);
    }

    static void daemonDeath() {
        int pid = startDaemon("utdeath");
        int fd = Fcntl.open("utdeath:f", OpenFlags.O_CREAT | OpenFlags.O_RDWR);
        Failure.check(fd >= 0, "open utdeath:f");
        stopDaemon(pid);
        byte[] one = new byte[1];
        Failure.expect(-1, Unistd.read(fd, one, 0, 1), "read after the daemon died");
        Failure.expect(dev.moka.kernel.api.syscall.Errno.EIO, Errno.errno(), "read's errno");
        Failure.expect(-1, Unistd.write(fd, one, 0, 1), "write after the daemon died");
        Failure.expect(dev.moka.kernel.api.syscall.Errno.EIO, Errno.errno(), "write's errno");
        Failure.expect(-1, Fcntl.open("utdeath:f", OpenFlags.O_RDONLY), "open after the daemon died");
        Failure.expect(dev.moka.kernel.api.syscall.Errno.ENODEV, Errno.errno(), "open's errno");
        Failure.expect(0, Unistd.close(fd), "close never waits for a dead daemon");
    }

    static void fileOps() {
        String dir = "file:/usertests_ops";
        Failure.check(Fcntl.open(dir, OpenFlags.O_CREAT | OpenFlags.O_DIRECTORY | OpenFlags.O_RDONLY) >= 0, "mkdir " + dir);
        int fd = Fcntl.open(dir + "/a", OpenFlags.O_CREAT | OpenFlags.O_WRONLY | OpenFlags.O_TRUNC);
        Failure.check(fd >= 0, "create a");
        Failure.expect(3, Unistd.writeAll(fd, "abc"), "write");
        Unistd.close(fd);
        fd = Fcntl.open("file:usertests_ops/a", OpenFlags.O_WRONLY | OpenFlags.O_APPEND);
        Failure.expect(2, Unistd.writeAll(fd, "de"), "append");
        Unistd.close(fd);
        fd = Fcntl.open(dir + "/a", OpenFlags.O_RDWR);
        Failure.check(read(fd, 64).equals("abcde"), "file:NAME and file:/NAME are one file, appended to");
        Failure.expect(0, RawSyscall.call(SyscallNumbers.FTRUNCATE, fd, 2, 0, 0, 0, 0), "ftruncate");
        Failure.expect(0, Fcntl.lseek(fd, 0, Seek.SEEK_SET), "lseek");
        Failure.check(read(fd, 64).equals("ab"), "truncated");
        Failure.expect(0, raw(SyscallNumbers.FRENAME, fd, dir + "/b"), "rename a to b");
        Unistd.close(fd);
        Failure.expect(-1, Fcntl.open(dir + "/a", OpenFlags.O_RDONLY), "a is gone");
        int listing = Fcntl.open(dir, OpenFlags.O_RDONLY | OpenFlags.O_DIRECTORY);
        byte[] names = new byte[256];
        int n = Unistd.getdents(listing, names);
        Failure.check(new String(names, 0, Math.max(n, 0), java.nio.charset.StandardCharsets.US_ASCII).equals("b\n"), "listing");
        Unistd.close(listing);
        Failure.expect(-dev.moka.kernel.api.syscall.Errno.ENOTEMPTY, rawPath(SyscallNumbers.RMDIR, dir), "rmdir of a full directory");
        Failure.expect(0, rawPath(SyscallNumbers.UNLINK, dir + "/b"), "unlink b");
        Failure.expect(-dev.moka.kernel.api.syscall.Errno.ENOENT, rawPath(SyscallNumbers.UNLINK, dir + "/b"), "unlink again");
        Failure.expect(0, rawPath(SyscallNumbers.RMDIR, dir), "rmdir");
    }
}
