package dev.moka.kernel.ipc.syscall;

import dev.moka.kernel.api.syscall.Errno;
import dev.moka.kernel.api.syscall.OpenFlags;
import dev.moka.kernel.api.syscall.Stat;
import dev.moka.kernel.ipc.Dirents;
import dev.moka.kernel.ipc.Scheme;
import dev.moka.kernel.ipc.SchemePath;
import dev.moka.kernel.ipc.SchemeRegistry;
import dev.moka.kernel.ipc.fd.FileTable;
import dev.moka.kernel.ipc.fd.OpenFile;
import dev.moka.kernel.ipc.user.UserScheme;
import dev.moka.kernel.ipc.user.UserSchemes;

/**
 * The calls that take a name: {@code open}, {@code chdir}, {@code mkdir}, and {@code getcwd},
 * which gives one back. A name is a slice (address, length) of printable ASCII, at most
 * {@value SchemePath#MAX_LENGTH} bytes; an empty name gives {@code -ENOENT}, a longer one
 * {@code -ENAMETOOLONG}, other bytes {@code -EINVAL}. It is resolved against the working directory
 * ({@link SchemePath}); an empty scheme name gives {@code -EINVAL}, a scheme nobody registered
 * {@code -ENODEV}.
 */
final class PathCalls {
    private final SchemeRegistry registry;
    private final UserSchemes userSchemes;

    PathCalls(SchemeRegistry registry, UserSchemes userSchemes) {
        this.registry = registry;
        this.userSchemes = userSchemes;
    }

    long open(FileContext process, long address, long length, long rawFlags) {
        if (rawFlags < 0 || rawFlags > 0xFFFF_FFFFL) {
            return -Errno.EINVAL;
        }
        int flags = (int) rawFlags;
        FileTable files = process.files();
        if (!files.hasRoomFor(1)) {
            return -Errno.EMFILE;
        }
        if (length > 0 && length <= SchemePath.MAX_LENGTH && isSchemeCreation(process, address)) {
            return createScheme(process, address, length, flags);
        }
        Resolution target = resolve(process, address, length);
        if (target.error() < 0) {
            return target.error();
        }
        Scheme scheme = target.scheme();
        long handle = FileSyscalls.checked(scheme.open(target.path().path(), flags, process.caller()));
        if (handle < 0) {
            return handle;
        }
        long fd = files.install(new OpenFile(scheme, target.path().scheme(), handle, flags),
                (flags & OpenFlags.O_CLOEXEC) != 0);
        if (fd < 0) {
            scheme.close(handle);
        }
        return fd;
    }

    /** Whether the name starts with {@code ':'}, a request to serve a scheme. */
    private static boolean isSchemeCreation(FileContext process, long address) {
        byte[] first = process.buffer;
        return process.memory().isAccessible(address, 1, false) && process.memory().copyIn(address, first, 0, 1)
                && first[0] == ':';
    }

    /**
     * {@code open(":name", O_CREAT)}: registers a user scheme and gives the daemon its socket, a
     * descriptor that is never inherited.
     */
    private long createScheme(FileContext process, long address, long length, int flags) {
        long copied = copyText(process, address, length);
        if (copied < 0) {
            return copied;
        }
        if ((flags & OpenFlags.O_CREAT) == 0) {
            return -Errno.EINVAL; // an empty scheme name, unless it asks to create one
        }
        String name = ascii(process.buffer, (int) copied).substring(1);
        long refused = userSchemes.whyNot(name);
        if (refused < 0) {
            return refused;
        }
        UserScheme scheme = userSchemes.register(name, process.caller());
        if (scheme == null) {
            return -Errno.EINVAL;
        }
        long fd = process.files().install(new OpenFile(scheme.socket(), name, 0, OpenFlags.O_RDWR), true);
        if (fd < 0) {
            scheme.socket().close(0);
        }
        return fd;
    }

    long unlink(FileContext process, long address, long length, boolean directory) {
        Resolution target = resolve(process, address, length);
        if (target.error() < 0) {
            return target.error();
        }
        String path = target.path().path();
        if (path.isEmpty()) {
            return directory ? -Errno.EBUSY : -Errno.EISDIR;
        }
        Scheme scheme = target.scheme();
        return FileSyscalls.checked(directory ? scheme.rmdir(path, process.caller()) : scheme.unlink(path, process.caller()));
    }

    long frename(FileContext process, long fd, long address, long length) {
        OpenFile file = process.files().get(FileSyscalls.descriptor(fd));
        if (file == null) {
            return -Errno.EBADF;
        }
        Resolution target = resolve(process, address, length);
        if (target.error() < 0) {
            return target.error();
        }
        if (!target.path().scheme().equals(file.schemeName()) || target.scheme() != file.scheme()) {
            return -Errno.EXDEV;
        }
        return FileSyscalls.checked(file.scheme().frename(file.handle(), target.path().path(), process.caller()));
    }

    long chdir(FileContext process, long address, long length) {
        Resolution target = resolve(process, address, length);
        if (target.error() < 0) {
            return target.error();
        }
        long handle = FileSyscalls.checked(target.scheme().open(target.path().path(),
                OpenFlags.O_RDONLY | OpenFlags.O_DIRECTORY, process.caller()));
        if (handle < 0) {
            return handle;
        }
        target.scheme().close(handle);
        process.setWorkingDirectory(target.path());
        return 0;
    }

    long mkdir(FileContext process, long address, long length, long mode) {
        Resolution target = resolve(process, address, length);
        if (target.error() < 0) {
            return target.error();
        }
        int flags = OpenFlags.O_CREAT | OpenFlags.O_EXCL | OpenFlags.O_DIRECTORY | OpenFlags.O_RDONLY
                | (int) (mode & Stat.MODE_PERM);
        long handle = FileSyscalls.checked(target.scheme().open(target.path().path(), flags, process.caller()));
        if (handle < 0) {
            return handle;
        }
        target.scheme().close(handle);
        return 0;
    }

    static long getcwd(FileContext process, long address, long length) {
        String directory = process.workingDirectory().toString();
        if (length >= 0 && length < directory.length()) {
            return -Errno.ERANGE;
        }
        if (!process.memory().isAccessible(address, directory.length(), true)) {
            return -Errno.EFAULT;
        }
        int n = Dirents.copyAscii(directory, process.buffer, 0, FileSyscalls.CHUNK);
        return process.memory().copyOut(process.buffer, 0, n, address) ? n : -Errno.EFAULT;
    }

    private Resolution resolve(FileContext process, long address, long length) {
        if (length == 0) {
            return Resolution.failed(-Errno.ENOENT);
        }
        long copied = copyText(process, address, length);
        if (copied < 0) {
            return Resolution.failed(copied);
        }
        SchemePath path = SchemePath.resolve(ascii(process.buffer, (int) copied), process.workingDirectory());
        if (path == null) {
            return Resolution.failed(-Errno.EINVAL);
        }
        if (path.scheme().length() + 1 + path.path().length() > SchemePath.MAX_LENGTH) {
            return Resolution.failed(-Errno.ENAMETOOLONG);
        }
        Scheme scheme = registry.lookup(path.scheme());
        if (scheme == null) {
            return Resolution.failed(-Errno.ENODEV);
        }
        return new Resolution(0, scheme, path);
    }

    /**
     * Copies a text argument into the process's kernel buffer.
     *
     * @return its length, or {@code -ENAMETOOLONG}, {@code -EFAULT}, {@code -EINVAL} (a byte that is
     *         not printable ASCII)
     */
    static long copyText(FileContext process, long address, long length) {
        if (length < 0 || length > SchemePath.MAX_LENGTH) {
            return -Errno.ENAMETOOLONG;
        }
        byte[] buffer = process.buffer;
        if (!process.memory().isAccessible(address, length, false)
                || !process.memory().copyIn(address, buffer, 0, (int) length)) {
            return -Errno.EFAULT;
        }
        for (int i = 0; i < length; i++) {
            if (buffer[i] < 0x20 || buffer[i] > 0x7E) {
                return -Errno.EINVAL;
            }
        }
        return length;
    }

    /** The first {@code length} bytes of {@code buffer}, known to be ASCII, as a string. */
    static String ascii(byte[] buffer, int length) {
        char[] chars = new char[length];
        for (int i = 0; i < length; i++) {
            chars[i] = (char) buffer[i];
        }
        return new String(chars);
    }

    /** A resolved name and its scheme, or the error that stopped the resolution. */
    private record Resolution(long error, Scheme scheme, SchemePath path) {
        static Resolution failed(long error) {
            return new Resolution(error, null, null);
        }
    }
}
