package dev.moka.kernel.ipc.syscall;

import dev.moka.kernel.api.syscall.Errno;
import dev.moka.kernel.api.syscall.Fcntl;
import dev.moka.kernel.api.syscall.LittleEndian;
import dev.moka.kernel.api.syscall.OpenFlags;
import dev.moka.kernel.api.syscall.Seek;
import dev.moka.kernel.api.syscall.Stat;
import dev.moka.kernel.api.syscall.SyscallNumbers;
import dev.moka.kernel.ipc.Blocker;
import dev.moka.kernel.ipc.Dirents;
import dev.moka.kernel.ipc.Scheme;
import dev.moka.kernel.ipc.SchemeRegistry;
import dev.moka.kernel.ipc.fd.FileTable;
import dev.moka.kernel.ipc.fd.OpenFile;
import dev.moka.kernel.ipc.user.UserSchemes;

/**
 * The dispatcher of the file-like system calls: {@code open}, {@code close}, {@code read},
 * {@code write}, {@code lseek}, {@code dup}, {@code dup2}, {@code fstat}, {@code fpath},
 * {@code fcntl}, {@code pipe2}, {@code chdir}, {@code getcwd}, {@code mkdir}, {@code getdents},
 * {@code unlink}, {@code rmdir}, {@code frename}, {@code fsync}, {@code ftruncate}; an {@code open}
 * of {@code ":name"} with {@code O_CREAT} registers a user scheme ({@link UserSchemes}).
 * Each call decodes and checks its raw register arguments first (a descriptor that is not open gives
 * {@code -EBADF}, memory that is not the caller's {@code -EFAULT}, a bad flag or command
 * {@code -EINVAL}, a full table {@code -EMFILE}), then acts through the process's
 * {@link FileTable} and the scheme. Any other number gives {@code -ENOSYS}: the process layer
 * handles process calls before it gets here.
 *
 * <p>The result is always a value {@code >= 0} or {@code -errno}; a scheme's result outside that
 * range is reported as {@code -EIO}. Nothing here throws on any argument.
 *
 * <p>Bytes pass through the process's own kernel buffer ({@link FileContext}) in chunks of
 * {@value #CHUNK}: a write sends every chunk (waiting, on a blocking pipe, for room), and returns
 * the bytes sent when a later chunk fails; a read asks for further chunks only while the scheme fills
 * them, and asks without waiting, so a read from a pipe returns what is there rather than waiting
 * for the rest.
 */
public final class FileSyscalls {
    /** The bytes one scheme call moves at most, the size of a process's kernel buffer. */
    public static final int CHUNK = 4096;
    /** The name of the scheme {@code pipe2} makes pipes with. */
    public static final String PIPE_SCHEME = "pipe";

    private static final long DESCRIPTOR_PAIR_BYTES = 16;

    private final SchemeRegistry registry;
    private final PathCalls paths;

    /**
     * A dispatcher whose user schemes cannot wait: a call on one gives {@code EINTR} unless the
     * daemon has answered already. For kernels without threads, and for tests.
     *
     * @param registry the schemes that names resolve to
     */
    public FileSyscalls(SchemeRegistry registry) {
        this(registry, Blocker.refusing());
    }

    /**
     * @param registry the schemes that names resolve to
     * @param blocker  how callers of user schemes wait for their daemons, and daemons for requests
     */
    public FileSyscalls(SchemeRegistry registry, Blocker blocker) {
        this.registry = registry;
        this.paths = new PathCalls(registry, new UserSchemes(registry, blocker));
    }

    /**
     * @param number a value from {@code rax}
     * @return whether {@link #dispatch} serves the call
     */
    public static boolean serves(long number) {
        if (number < 0 || number > Integer.MAX_VALUE) {
            return false;
        }
        return switch ((int) number) {
            case SyscallNumbers.OPEN, SyscallNumbers.CLOSE, SyscallNumbers.READ, SyscallNumbers.WRITE,
                    SyscallNumbers.LSEEK, SyscallNumbers.DUP, SyscallNumbers.DUP2, SyscallNumbers.FSTAT,
                    SyscallNumbers.FPATH, SyscallNumbers.FCNTL, SyscallNumbers.PIPE2, SyscallNumbers.CHDIR,
                    SyscallNumbers.GETCWD, SyscallNumbers.MKDIR, SyscallNumbers.GETDENTS, SyscallNumbers.UNLINK,
                    SyscallNumbers.RMDIR, SyscallNumbers.FSYNC, SyscallNumbers.FTRUNCATE,
                    SyscallNumbers.FRENAME -> true;
            default -> false;
        };
    }

    /**
     * @param number  the call's number, from {@code rax}
     * @param args    the arguments from {@code rdi, rsi, rdx, r10, r8, r9}; missing ones count as 0
     * @param process the calling process
     * @return the result, {@code >= 0}, or {@code -errno}
     */
    public long dispatch(long number, long[] args, FileContext process) {
        return dispatch(number, arg(args, 0), arg(args, 1), arg(args, 2), arg(args, 3), process);
    }

    /**
     * {@link #dispatch(long, long[], FileContext)} with the arguments in hand, as the system-call path
     * has them: no array to fill.
     *
     * @param number  the call's number, from {@code rax}
     * @param a       the first argument ({@code rdi})
     * @param b       the second ({@code rsi})
     * @param c       the third ({@code rdx})
     * @param d       the fourth ({@code r10})
     * @param process the calling process
     * @return the result, {@code >= 0}, or {@code -errno}
     */
    public long dispatch(long number, long a, long b, long c, long d, FileContext process) {
        // read and write first: they are most of all calls, and a switch here tests its cases one by one.
        if (number == SyscallNumbers.READ) {
            return read(process, a, b, c);
        }
        if (number == SyscallNumbers.WRITE) {
            return write(process, a, b, c);
        }
        if (!serves(number)) {
            return -Errno.ENOSYS;
        }
        return switch ((int) number) {
            case SyscallNumbers.OPEN -> paths.open(process, a, b, c);
            case SyscallNumbers.CHDIR -> paths.chdir(process, a, b);
            case SyscallNumbers.GETCWD -> PathCalls.getcwd(process, a, b);
            case SyscallNumbers.MKDIR -> paths.mkdir(process, a, b, c);
            case SyscallNumbers.CLOSE -> close(process, a);
            case SyscallNumbers.LSEEK -> lseek(process, a, b, c);
            case SyscallNumbers.DUP -> dup(process, a, b, c);
            case SyscallNumbers.DUP2 -> dup2(process, a, b, c, d);
            case SyscallNumbers.FSTAT -> fstat(process, a, b, c);
            case SyscallNumbers.FPATH -> fpath(process, a, b, c);
            case SyscallNumbers.FCNTL -> fcntl(process, a, b, c);
            case SyscallNumbers.PIPE2 -> pipe2(process, a, b);
            case SyscallNumbers.GETDENTS -> getdents(process, a, b, c);
            case SyscallNumbers.UNLINK -> paths.unlink(process, a, b, false);
            case SyscallNumbers.RMDIR -> paths.unlink(process, a, b, true);
            case SyscallNumbers.FRENAME -> paths.frename(process, a, b, c);
            case SyscallNumbers.FSYNC -> fsync(process, a);
            case SyscallNumbers.FTRUNCATE -> ftruncate(process, a, b);
            default -> -Errno.ENOSYS;
        };
    }

    private static long arg(long[] args, int index) {
        return args != null && index < args.length ? args[index] : 0;
    }

    /** A descriptor argument as a table index; -1, which no table has, for a value out of range. */
    static int descriptor(long raw) {
        return raw >= 0 && raw <= Integer.MAX_VALUE ? (int) raw : -1;
    }

    /** A scheme's result, or {@code -EIO} for one that is neither a value nor an error number. */
    static long checked(long result) {
        return result >= 0 || Errno.isError(result) ? result : -Errno.EIO;
    }

    private static long close(FileContext process, long fd) {
        return checked(process.files().close(descriptor(fd)));
    }

    private static long read(FileContext process, long fd, long address, long length) {
        OpenFile file = process.files().get(descriptor(fd));
        if (file == null || !file.canRead()) {
            return -Errno.EBADF;
        }
        if (length == 0) {
            return 0;
        }
        if (!process.memory().isAccessible(address, length, true)) {
            return -Errno.EFAULT;
        }
        byte[] buffer = process.buffer;
        int flags = file.status();
        long total = 0;
        while (total < length) {
            int chunk = (int) Math.min(CHUNK, length - total);
            long n = checked(file.scheme().read(file.handle(), buffer, 0, chunk, file.position(), flags));
            if (n <= 0) {
                return total > 0 ? total : n;
            }
            n = Math.min(n, chunk);
            if (!process.memory().copyOut(buffer, 0, (int) n, address + total)) {
                return total > 0 ? total : -Errno.EFAULT;
            }
            file.setPosition(file.position() + n);
            total += n;
            if (n < chunk) {
                break;
            }
            // Whatever follows the first chunk is taken only if it is there already.
            flags |= OpenFlags.O_NONBLOCK;
        }
        return total;
    }

    private static long write(FileContext process, long fd, long address, long length) {
        OpenFile file = process.files().get(descriptor(fd));
        if (file == null || !file.canWrite()) {
            return -Errno.EBADF;
        }
        if (length == 0) {
            return 0;
        }
        if (!process.memory().isAccessible(address, length, false)) {
            return -Errno.EFAULT;
        }
        if ((file.status() & OpenFlags.O_APPEND) != 0) {
            long size = file.scheme().fsize(file.handle());
            if (size >= 0) {
                file.setPosition(size);
            }
        }
        byte[] buffer = process.buffer;
        long total = 0;
        while (total < length) {
            int chunk = (int) Math.min(CHUNK, length - total);
            if (!process.memory().copyIn(address + total, buffer, 0, chunk)) {
                return total > 0 ? total : -Errno.EFAULT;
            }
            long n = checked(file.scheme().write(file.handle(), buffer, 0, chunk, file.position(), file.status()));
            if (n <= 0) {
                return total > 0 ? total : n;
            }
            n = Math.min(n, chunk);
            file.setPosition(file.position() + n);
            total += n;
        }
        return total;
    }

    private static long lseek(FileContext process, long fd, long offset, long whence) {
        OpenFile file = process.files().get(descriptor(fd));
        if (file == null) {
            return -Errno.EBADF;
        }
        long size = checked(file.scheme().fsize(file.handle()));
        if (size < 0) {
            return size;
        }
        long base;
        if (whence == Seek.SEEK_SET) {
            base = 0;
        } else if (whence == Seek.SEEK_CUR) {
            base = file.position();
        } else if (whence == Seek.SEEK_END) {
            base = size;
        } else {
            return -Errno.EINVAL;
        }
        long target = base + offset;
        boolean overflowed = offset > 0 && target < base;
        if (overflowed || target < 0) {
            return -Errno.EINVAL;
        }
        file.setPosition(target);
        return target;
    }

    private static long dup(FileContext process, long fd, long howAddress, long howLength) {
        if (howLength == 0) {
            return process.files().dup(descriptor(fd));
        }
        return dupDerived(process, fd, howAddress, howLength, -1);
    }

    private static long dup2(FileContext process, long fd, long target, long howAddress, long howLength) {
        FileTable files = process.files();
        int targetFd = descriptor(target);
        if (howLength == 0) {
            return files.dup2(descriptor(fd), targetFd);
        }
        if (targetFd < 0 || targetFd >= files.limit()) {
            return -Errno.EBADF;
        }
        return dupDerived(process, fd, howAddress, howLength, targetFd);
    }

    /**
     * A descriptor for a new open file from the scheme's {@code dup(handle, how)}, at {@code at} or,
     * for {@code at < 0}, the lowest free one.
     */
    private static long dupDerived(FileContext process, long fd, long howAddress, long howLength, int at) {
        FileTable files = process.files();
        OpenFile file = files.get(descriptor(fd));
        if (file == null) {
            return -Errno.EBADF;
        }
        long length = PathCalls.copyText(process, howAddress, howLength);
        if (length < 0) {
            return length;
        }
        String how = PathCalls.ascii(process.buffer, (int) length);
        if (at < 0 && !files.hasRoomFor(1)) {
            return -Errno.EMFILE;
        }
        long handle = checked(file.scheme().dup(file.handle(), how, process.caller()));
        if (handle < 0) {
            return handle;
        }
        OpenFile derived = new OpenFile(file.scheme(), file.schemeName(), handle, derivedStatus(file.status(), how));
        long installed = at < 0 ? files.install(derived, false) : files.installAt(at, derived, false);
        if (installed < 0) {
            file.scheme().close(handle);
        }
        return installed;
    }

    /**
     * The status of an open file derived with {@code how}: the original's, except that {@code "read"}
     * and {@code "write"} (Redox's way to get one end of a pipe from the other) set the access mode.
     */
    static int derivedStatus(int status, String how) {
        if (how.equals("read")) {
            return (status & ~OpenFlags.O_ACCMODE) | OpenFlags.O_RDONLY;
        }
        if (how.equals("write")) {
            return (status & ~OpenFlags.O_ACCMODE) | OpenFlags.O_WRONLY;
        }
        return status;
    }

    private static long fstat(FileContext process, long fd, long address, long length) {
        OpenFile file = process.files().get(descriptor(fd));
        if (file == null) {
            return -Errno.EBADF;
        }
        if (length < Stat.SIZE) {
            return -Errno.EINVAL;
        }
        if (!process.memory().isAccessible(address, Stat.SIZE, true)) {
            return -Errno.EFAULT;
        }
        long result = checked(file.scheme().fstat(file.handle(), process.buffer, 0));
        if (result < 0) {
            return result;
        }
        return process.memory().copyOut(process.buffer, 0, Stat.SIZE, address) ? 0 : -Errno.EFAULT;
    }

    private static long fpath(FileContext process, long fd, long address, long length) {
        OpenFile file = process.files().get(descriptor(fd));
        if (file == null) {
            return -Errno.EBADF;
        }
        if (length == 0) {
            return 0;
        }
        if (!process.memory().isAccessible(address, length, true)) {
            return -Errno.EFAULT;
        }
        byte[] buffer = process.buffer;
        int prefix = Dirents.copyAscii(file.schemeName(), buffer, 0, CHUNK - 1);
        buffer[prefix++] = ':';
        long path = checked(file.scheme().fpath(file.handle(), buffer, prefix, CHUNK - prefix));
        if (path < 0) {
            return path;
        }
        int n = (int) Math.min(length, prefix + Math.min(path, CHUNK - prefix));
        return process.memory().copyOut(buffer, 0, n, address) ? n : -Errno.EFAULT;
    }

    private static long fcntl(FileContext process, long fd, long command, long argument) {
        FileTable files = process.files();
        int descriptor = descriptor(fd);
        OpenFile file = files.get(descriptor);
        if (file == null) {
            return -Errno.EBADF;
        }
        if (command == Fcntl.F_DUPFD) {
            if (argument < 0 || argument >= files.limit()) {
                return -Errno.EINVAL;
            }
            return files.dupAtLeast(descriptor, (int) argument);
        } else if (command == Fcntl.F_GETFD) {
            return files.closeOnExecFlag(descriptor) == 1 ? Fcntl.FD_CLOEXEC : 0;
        } else if (command == Fcntl.F_SETFD) {
            return files.setCloseOnExecFlag(descriptor, (argument & Fcntl.FD_CLOEXEC) != 0);
        } else if (command == Fcntl.F_GETFL) {
            return file.status() & 0xFFFF_FFFFL;
        } else if (command == Fcntl.F_SETFL) {
            file.setChangeableStatus((int) argument);
            return 0;
        }
        return -Errno.EINVAL;
    }

    private long pipe2(FileContext process, long address, long flags) {
        if ((flags & ~(long) (OpenFlags.O_CLOEXEC | OpenFlags.O_NONBLOCK)) != 0) {
            return -Errno.EINVAL;
        }
        if (!process.memory().isAccessible(address, DESCRIPTOR_PAIR_BYTES, true)) {
            return -Errno.EFAULT;
        }
        FileTable files = process.files();
        if (!files.hasRoomFor(2)) {
            return -Errno.EMFILE;
        }
        Scheme pipes = registry.lookup(PIPE_SCHEME);
        if (pipes == null) {
            return -Errno.ENODEV;
        }
        int nonBlocking = (int) flags & OpenFlags.O_NONBLOCK;
        long readHandle = checked(pipes.open("", OpenFlags.O_RDONLY | nonBlocking, process.caller()));
        if (readHandle < 0) {
            return readHandle;
        }
        long writeHandle = checked(pipes.dup(readHandle, "write", process.caller()));
        if (writeHandle < 0) {
            pipes.close(readHandle);
            return writeHandle;
        }
        boolean closeOnExec = (flags & OpenFlags.O_CLOEXEC) != 0;
        long readFd = files.install(new OpenFile(pipes, PIPE_SCHEME, readHandle, OpenFlags.O_RDONLY | nonBlocking), closeOnExec);
        long writeFd = files.install(new OpenFile(pipes, PIPE_SCHEME, writeHandle, OpenFlags.O_WRONLY | nonBlocking), closeOnExec);
        byte[] buffer = process.buffer;
        LittleEndian.putLong(buffer, 0, readFd);
        LittleEndian.putLong(buffer, 8, writeFd);
        if (!process.memory().copyOut(buffer, 0, (int) DESCRIPTOR_PAIR_BYTES, address)) {
            files.close((int) readFd);
            files.close((int) writeFd);
            return -Errno.EFAULT;
        }
        return 0;
    }

    private static long fsync(FileContext process, long fd) {
        OpenFile file = process.files().get(descriptor(fd));
        return file == null ? -Errno.EBADF : checked(file.scheme().fsync(file.handle()));
    }

    private static long ftruncate(FileContext process, long fd, long length) {
        OpenFile file = process.files().get(descriptor(fd));
        if (file == null || !file.canWrite()) {
            return file == null ? -Errno.EBADF : -Errno.EINVAL;
        }
        if (length < 0) {
            return -Errno.EINVAL;
        }
        return checked(file.scheme().ftruncate(file.handle(), length));
    }

    private static long getdents(FileContext process, long fd, long address, long length) {
        OpenFile file = process.files().get(descriptor(fd));
        if (file == null || !file.canRead()) {
            return -Errno.EBADF;
        }
        if (length <= 0) {
            return -Errno.EINVAL;
        }
        if (!process.memory().isAccessible(address, length, true)) {
            return -Errno.EFAULT;
        }
        int chunk = (int) Math.min(CHUNK, length);
        long n = checked(file.scheme().getdents(file.handle(), process.buffer, 0, chunk, file.position()));
        if (n <= 0) {
            return n;
        }
        n = Math.min(n, chunk);
        if (!process.memory().copyOut(process.buffer, 0, (int) n, address)) {
            return -Errno.EFAULT;
        }
        file.setPosition(file.position() + Dirents.count(process.buffer, 0, (int) n));
        return n;
    }
}
