package dev.moka.relibc;

import dev.moka.kernel.api.syscall.SyscallNumbers;
import dev.moka.relibc.sys.RawSyscall;

/**
 * The file-descriptor and process functions of {@code <unistd.h>}. Each returns what POSIX says
 * (a count, a descriptor, 0) or -1 with {@link Errno#errno()} set.
 */
public final class Unistd {
    /** Standard input. */
    public static final int STDIN = 0;
    /** Standard output. */
    public static final int STDOUT = 1;
    /** Standard error. */
    public static final int STDERR = 2;

    private Unistd() {
    }

    /** Reads up to {@code length} bytes into {@code buffer} from {@code offset}; 0 at the end of the input. */
    public static int read(int fd, byte[] buffer, int offset, int length) {
        checkRange(buffer, offset, length);
        return (int) Errno.check(RawSyscall.call(SyscallNumbers.READ, fd, RawSyscall.address(buffer) + offset, length,
                0, 0, 0));
    }

    /** Writes up to {@code length} bytes of {@code buffer} from {@code offset}; returns how many were written. */
    public static int write(int fd, byte[] buffer, int offset, int length) {
        checkRange(buffer, offset, length);
        return (int) Errno.check(RawSyscall.call(SyscallNumbers.WRITE, fd, RawSyscall.address(buffer) + offset, length,
                0, 0, 0));
    }

    /** Writes all of {@code text} (UTF-8), going on after partial writes; -1 on the first error. */
    public static int writeAll(int fd, String text) {
        byte[] bytes = CStrings.bytes(text);
        int done = 0;
        while (done < bytes.length) {
            int n = write(fd, bytes, done, bytes.length - done);
            if (n <= 0) {
                return -1;
            }
            done += n;
        }
        return done;
    }

    /** Closes a descriptor. */
    public static int close(int fd) {
        return (int) Errno.check(RawSyscall.call(SyscallNumbers.CLOSE, fd, 0, 0, 0, 0, 0));
    }

    /** @return the lowest free descriptor, sharing {@code fd}'s open file */
    public static int dup(int fd) {
        return (int) Errno.check(RawSyscall.call(SyscallNumbers.DUP, fd, 0, 0, 0, 0, 0));
    }

    /** Makes {@code newFd} share {@code fd}'s open file, closing what {@code newFd} had; returns {@code newFd}. */
    public static int dup2(int fd, int newFd) {
        return (int) Errno.check(RawSyscall.call(SyscallNumbers.DUP2, fd, newFd, 0, 0, 0, 0));
    }

    /**
     * @param fds receives the read end at index 0 and the write end at index 1
     * @return 0, or -1
     */
    public static int pipe(int[] fds) {
        return pipe(fds, 0);
    }

    /**
     * {@code pipe2}.
     *
     * @param fds   receives the read end at index 0 and the write end at index 1
     * @param flags 0, or {@code O_CLOEXEC} and {@code O_NONBLOCK}
     * @return 0, or -1
     */
    public static int pipe(int[] fds, int flags) {
        if (fds.length < 2) {
            throw new IllegalArgumentException("pipe needs room for two descriptors");
        }
        long[] ends = new long[2];
        long result = Errno.check(RawSyscall.call(SyscallNumbers.PIPE2, RawSyscall.address(ends), flags, 0, 0, 0, 0));
        if (result < 0) {
            return -1;
        }
        fds[0] = (int) ends[0];
        fds[1] = (int) ends[1];
        return 0;
    }

    /** @return the calling process's id */
    public static int getpid() {
        return (int) RawSyscall.call(SyscallNumbers.GETPID, 0, 0, 0, 0, 0, 0);
    }

    /** @return the parent's id */
    public static int getppid() {
        return (int) RawSyscall.call(SyscallNumbers.GETPPID, 0, 0, 0, 0, 0, 0);
    }

    /** Changes the working directory to {@code path} ({@code scheme:path}, or relative to the current one). */
    public static int chdir(String path) {
        byte[] bytes = CStrings.bytes(path);
        return (int) Errno.check(RawSyscall.call(SyscallNumbers.CHDIR, RawSyscall.address(bytes), bytes.length,
                0, 0, 0, 0));
    }

    /** @return the working directory as {@code scheme:path}, or null with errno set */
    public static String getcwd() {
        byte[] buffer = new byte[4096];
        long n = Errno.check(RawSyscall.call(SyscallNumbers.GETCWD, RawSyscall.address(buffer), buffer.length,
                0, 0, 0, 0));
        return n < 0 ? null : CStrings.string(buffer, (int) n);
    }

    /**
     * Lists a directory opened with {@code O_DIRECTORY}: whole entries, each a name and a line feed,
     * from entry number {@code index} on.
     *
     * @return the bytes written into {@code buffer}, 0 when no entries remain, or -1
     */
    public static int getdents(int fd, byte[] buffer) {
        return (int) Errno.check(RawSyscall.call(SyscallNumbers.GETDENTS, fd, RawSyscall.address(buffer), buffer.length,
                0, 0, 0));
    }

    /** Gives up the rest of the time slice. */
    public static void yieldNow() {
        RawSyscall.call(SyscallNumbers.YIELD, 0, 0, 0, 0, 0, 0);
    }

    /** Ends the process at once with {@code status}, flushing nothing (POSIX {@code _exit}). */
    public static void exit(int status) {
        RawSyscall.call(SyscallNumbers.EXIT, status, 0, 0, 0, 0, 0);
    }

    static void checkRange(byte[] buffer, int offset, int length) {
        if (offset < 0 || length < 0 || offset > buffer.length - length) {
            throw new IndexOutOfBoundsException("range [" + offset + ", " + offset + " + " + length
                    + ") of an array of " + buffer.length);
        }
    }
    /** Removes a file ({@code scheme:path}, or relative to the working directory). */
    public static int unlink(String path) {
        return pathCall(SyscallNumbers.UNLINK, path);
    }

    /** Removes an empty directory. */
    public static int rmdir(String path) {
        return pathCall(SyscallNumbers.RMDIR, path);
    }

    private static int pathCall(int number, String path) {
        byte[] bytes = CStrings.bytes(path);
        return (int) Errno.check(RawSyscall.call(number, RawSyscall.address(bytes), bytes.length, 0, 0, 0, 0));
    }

    /** Sets the size of the file open on {@code fd}. */
    public static int ftruncate(int fd, long length) {
        return (int) Errno.check(RawSyscall.call(SyscallNumbers.FTRUNCATE, fd, length, 0, 0, 0, 0));
    }

    /** Makes what was written to {@code fd} durable. */
    public static int fsync(int fd) {
        return (int) Errno.check(RawSyscall.call(SyscallNumbers.FSYNC, fd, 0, 0, 0, 0, 0));
    }

    /**
     * Gives the file at {@code from} the name {@code to} in the same scheme ({@code <stdio.h>}'s
     * {@code rename}, here with the other file functions): Redox's way, an open of {@code from}, an
     * {@code frename} of the descriptor and a close. EXDEV across schemes.
     */
    public static int rename(String from, String to) {
        int fd = Fcntl.open(from, dev.moka.kernel.api.syscall.OpenFlags.O_RDONLY | dev.moka.kernel.api.syscall.OpenFlags.O_CLOEXEC);
        if (fd < 0) {
            return -1;
        }
        byte[] bytes = CStrings.bytes(to);
        long result = Errno.check(RawSyscall.call(SyscallNumbers.FRENAME, fd, RawSyscall.address(bytes), bytes.length,
                0, 0, 0));
        int errno = Errno.errno();
        RawSyscall.call(SyscallNumbers.CLOSE, fd, 0, 0, 0, 0, 0);
        Errno.set(errno);
        return (int) result;
    }
}
