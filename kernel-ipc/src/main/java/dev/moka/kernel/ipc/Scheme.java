package dev.moka.kernel.ipc;

import dev.moka.kernel.api.syscall.Errno;

/**
 * A kernel scheme: the server of every resource under one {@code name:}. A scheme hands out
 * <em>handles</em> (its own numbers for what it opened) and answers calls on them; it never sees
 * file descriptors, which belong to the process's {@link dev.moka.kernel.ipc.fd.FileTable}.
 *
 * <p>Rules every scheme keeps, and the contract kit in {@code moka-testkit} checks:
 * <ul>
 *   <li>Errors are results, never exceptions: each call returns a value {@code >= 0} or
 *       {@code -errno} (see {@link dev.moka.kernel.api.syscall.Errno}). A handle the scheme did not
 *       hand out, or has closed, gives {@code -EBADF}.</li>
 *   <li>The kernel keeps the file position: reads and writes get it as {@code position}, and a
 *       stream (a pipe, a console) ignores it. This is Redox's current protocol; it lets
 *       descriptors that share an open file share its offset without the scheme knowing.</li>
 *   <li>The kernel has already checked the access mode of the open file; a scheme still refuses
 *       what its handle cannot do (a read on a pipe's write end) with {@code -EBADF}.</li>
 *   <li>A call that must wait (an empty pipe) waits through the {@link Blocker} the scheme was given,
 *       unless {@code flags} has {@code O_NONBLOCK}, when it returns {@code -EAGAIN}.</li>
 *   <li>Paths arrive canonical (see {@link SchemePath}): no leading {@code '/'}, no empty,
 *       {@code "."} or {@code ".."} segments; the empty path is the scheme's root.</li>
 * </ul>
 */
public interface Scheme {
    /**
     * @param path   the canonical path within the scheme
     * @param flags  the open flags ({@link dev.moka.kernel.api.syscall.OpenFlags}), mode in the low 16 bits
     * @param caller who asks
     * @return a new handle, or {@code -errno}: {@code -ENOENT} for nothing at that path,
     *         {@code -EACCES} for an access the resource does not allow, {@code -ENOTDIR} for
     *         {@code O_DIRECTORY} on something that is not one
     */
    long open(String path, int flags, Caller caller);

    /**
     * @param handle   an open handle
     * @param buffer   where the bytes go
     * @param offset   the first index of {@code buffer} to fill
     * @param length   at most this many bytes
     * @param position the open file's position; streams ignore it
     * @param flags    the open file's status flags ({@code O_NONBLOCK} matters)
     * @return the number of bytes read, {@code 0} at the end, or {@code -errno}
     */
    long read(long handle, byte[] buffer, int offset, int length, long position, int flags);

    /**
     * @param handle   an open handle
     * @param buffer   where the bytes come from
     * @param offset   the first index of {@code buffer} to take
     * @param length   at most this many bytes
     * @param position the open file's position; streams ignore it
     * @param flags    the open file's status flags
     * @return the number of bytes written, or {@code -errno}
     */
    long write(long handle, byte[] buffer, int offset, int length, long position, int flags);

    /**
     * @param handle an open handle
     * @return the size in bytes, used for {@code SEEK_END} and {@code O_APPEND}; {@code -ESPIPE}
     *         for a stream, which has no position
     */
    long fsize(long handle);

    /**
     * @param handle an open handle
     * @param out    receives a {@link dev.moka.kernel.api.syscall.Stat} in its ABI layout
     * @param offset where in {@code out}; {@code Stat.SIZE} bytes are there
     * @return 0 or {@code -errno}
     */
    long fstat(long handle, byte[] out, int offset);

    /**
     * @param handle an open handle
     * @param buffer receives the handle's canonical path within the scheme, as ASCII
     * @param offset where in {@code buffer}
     * @param length room in {@code buffer}; a longer path is cut to it
     * @return the number of bytes written, or {@code -errno}
     */
    long fpath(long handle, byte[] buffer, int offset, int length);

    /**
     * A new handle derived from an open one, Redox's {@code dup} with a non-empty argument: a pipe's
     * read end gives its write end for {@code "write"}. (A {@code dup} with an empty argument never
     * reaches the scheme: the kernel shares the open file.)
     *
     * @param handle an open handle
     * @param how    what to derive
     * @param caller who asks
     * @return the new handle, or {@code -errno} ({@code -EINVAL} for a {@code how} the scheme does not know)
     */
    long dup(long handle, String how, Caller caller);

    /**
     * Lists a directory: whole entries only, each an ASCII name followed by {@code '\n'}, starting at
     * entry number {@code index}.
     *
     * @param handle a handle opened on a directory
     * @param buffer receives the entries
     * @param offset where in {@code buffer}
     * @param length room in {@code buffer}
     * @param index  the number of entries already listed
     * @return the bytes written, 0 when no entries remain, {@code -EINVAL} when the next entry does
     *         not fit, {@code -ENOTDIR} for a handle that is no directory, or another {@code -errno}
     */
    long getdents(long handle, byte[] buffer, int offset, int length, long index);

    /**
     * @param handle an open handle, which is invalid afterwards
     * @return 0 or {@code -errno}
     */
    long close(long handle);

    /**
     * Removes a file. Schemes without names to remove keep the default, {@code -EOPNOTSUPP}.
     *
     * @param path   the canonical path within the scheme
     * @param caller who asks
     * @return 0, or {@code -ENOENT}, {@code -EISDIR} (a directory: that is {@link #rmdir}), ...
     */
    default long unlink(String path, Caller caller) {
        return -Errno.EOPNOTSUPP;
    }

    /**
     * Removes an empty directory.
     *
     * @param path   the canonical path within the scheme
     * @param caller who asks
     * @return 0, or {@code -ENOENT}, {@code -ENOTDIR}, {@code -ENOTEMPTY}, ...
     */
    default long rmdir(String path, Caller caller) {
        return -Errno.EOPNOTSUPP;
    }

    /**
     * Sets a file's size: bytes past it go, a gap up to it reads as zeros.
     *
     * @param handle an open handle
     * @param length the new size, {@code >= 0}
     * @return 0, or {@code -errno} ({@code -EISDIR}, {@code -EINVAL} for a stream)
     */
    default long ftruncate(long handle, long length) {
        return -Errno.EINVAL;
    }

    /**
     * Makes what was written durable; a scheme in memory has nothing to do.
     *
     * @param handle an open handle
     * @return 0 or {@code -errno}
     */
    default long fsync(long handle) {
        return 0;
    }

    /**
     * Gives an open file a new name in the same scheme, replacing a file already there (Redox's
     * {@code frename}; {@code rename(old, new)} is an open of {@code old} and this call).
     *
     * @param handle  an open handle
     * @param newPath the canonical new path within the scheme
     * @param caller  who asks
     * @return 0, or {@code -errno}
     */
    default long frename(long handle, String newPath, Caller caller) {
        return -Errno.EOPNOTSUPP;
    }

    /**
     * What a handle is ready for now, for {@code event:}: {@code EventRecord.EVENT_READ} when a read
     * would not wait (data, or the end), {@code EventRecord.EVENT_WRITE} when a write would not. The
     * default is both, as for a file, which never waits; schemes whose calls wait say when they
     * would not.
     *
     * @param handle an open handle
     * @return the ready events, or {@code -EBADF} for a handle that is not open
     */
    default int readiness(long handle) {
        return dev.moka.kernel.api.syscall.EventRecord.ALL;
    }

    /**
     * The channels this scheme wakes when the handle's {@link #readiness} may change, for
     * {@code event:} to watch. The default, none, suits a handle that is always ready.
     *
     * @param handle an open handle
     * @return the channels; empty for none or a handle that is not open
     */
    default WaitChannel[] readinessChannels(long handle) {
        return new WaitChannel[0];
    }
}
