package dev.moka.scheme;

import dev.moka.kernel.api.syscall.Errno;

/**
 * A scheme's operations as a daemon serves them. Every method returns a value or {@code -errno}
 * ({@link Errno}); a handle the daemon never handed out, or has closed, gives {@code -EBADF}. Paths
 * arrive canonical (no leading {@code '/'}, no {@code "."} or {@code ".."}; the empty path is the
 * root), and the kernel keeps every file position, passing it with each read and write. {@code caller}
 * is the process id of the opener. The defaults refuse with {@code -EOPNOTSUPP} (or {@code -EBADF}
 * for a handle operation a scheme cannot have been asked for).
 */
public interface SchemeHandler {
    /** @return a new handle for {@code path}, or {@code -errno} ({@code flags}: {@code OpenFlags}) */
    long open(String path, int flags, long caller);

    /** @return the bytes read into {@code buffer} from {@code position}, 0 at the end */
    long read(long handle, byte[] buffer, int offset, int length, long position);

    /** @return the bytes written from {@code buffer} at {@code position} */
    long write(long handle, byte[] buffer, int offset, int length, long position);

    /** @return 0; the handle is invalid afterwards (the kernel sends close one-way and never waits) */
    long close(long handle);

    /** @return the size, for {@code SEEK_END} and {@code O_APPEND}; {@code -ESPIPE} for a stream */
    long fsize(long handle);

    /** @return 0, with a {@code Stat} ({@code Stat.SIZE} bytes) written at {@code offset} */
    long fstat(long handle, byte[] out, int offset);

    /** @return the bytes of the handle's path within the scheme written into {@code buffer} */
    long fpath(long handle, byte[] buffer, int offset, int length);

    /**
     * @return the bytes of whole entries (each a name and {@code '\n'}) from entry {@code index}, 0 when
     *         none remain, {@code -EINVAL} when the next does not fit, {@code -ENOTDIR} for a file
     */
    long getdents(long handle, byte[] buffer, int offset, int length, long index);

    /** @return a handle derived from {@code handle} by {@code how} */
    default long dup(long handle, String how, long caller) {
        return -Errno.EINVAL;
    }

    /** @return 0 after setting the file's size */
    default long ftruncate(long handle, long length) {
        return -Errno.EINVAL;
    }

    /** @return 0 once written data is durable */
    default long fsync(long handle) {
        return 0;
    }

    /** @return 0 after giving the open file the name {@code newPath} */
    default long frename(long handle, String newPath, long caller) {
        return -Errno.EOPNOTSUPP;
    }

    /** @return 0 after removing the file at {@code path} */
    default long unlink(String path, long caller) {
        return -Errno.EOPNOTSUPP;
    }

    /** @return 0 after removing the empty directory at {@code path} */
    default long rmdir(String path, long caller) {
        return -Errno.EOPNOTSUPP;
    }

    /** A request was given up by its caller; a daemon that answers at once has nothing to do. */
    default void cancel(int tag) {
    }
}
