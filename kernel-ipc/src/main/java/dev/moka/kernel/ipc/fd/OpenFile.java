package dev.moka.kernel.ipc.fd;

import dev.moka.kernel.api.syscall.OpenFlags;
import dev.moka.kernel.ipc.Scheme;

/**
 * An open file description: one scheme handle with its position and status flags, shared by every
 * descriptor that {@code dup} made from the same {@code open} (in one process or, after a spawn,
 * several). Descriptors that share it share its position: a read through one moves the other.
 *
 * <p>The description counts the descriptors that refer to it and closes the scheme handle when the
 * last one goes.
 */
public final class OpenFile {
    private final Scheme scheme;
    private final String schemeName;
    private final long handle;
    private int status;
    private long position;
    private int references;

    /**
     * @param scheme     the scheme that handed out the handle
     * @param schemeName the scheme's name, for {@code fpath}
     * @param handle     the scheme's handle
     * @param status     the access mode and status flags it was opened with; creation flags are dropped
     */
    public OpenFile(Scheme scheme, String schemeName, long handle, int status) {
        this.scheme = scheme;
        this.schemeName = schemeName;
        this.handle = handle;
        this.status = status & (OpenFlags.O_ACCMODE | OpenFlags.O_APPEND | OpenFlags.O_NONBLOCK
                | OpenFlags.O_DIRECTORY | OpenFlags.O_STAT);
    }

    /** @return the scheme that serves this file */
    public Scheme scheme() {
        return scheme;
    }

    /** @return the scheme's name */
    public String schemeName() {
        return schemeName;
    }

    /** @return the scheme's handle */
    public long handle() {
        return handle;
    }

    /** @return the access mode and status flags, what {@code fcntl(F_GETFL)} reports */
    public int status() {
        return status;
    }

    /**
     * Changes the flags {@code fcntl(F_SETFL)} may change ({@link OpenFlags#CHANGEABLE_STATUS}); the
     * others stay as they are.
     *
     * @param flags the new flags
     */
    public void setChangeableStatus(int flags) {
        status = (status & ~OpenFlags.CHANGEABLE_STATUS) | (flags & OpenFlags.CHANGEABLE_STATUS);
    }

    /** @return whether the file was opened for reading */
    public boolean canRead() {
        return OpenFlags.canRead(status);
    }

    /** @return whether the file was opened for writing */
    public boolean canWrite() {
        return OpenFlags.canWrite(status);
    }

    /** @return the position of the next read or write */
    public long position() {
        return position;
    }

    /** @param position the new position, not negative */
    public void setPosition(long position) {
        this.position = position;
    }

    /** @return how many descriptors refer to this description */
    public int references() {
        return references;
    }

    void retain() {
        references++;
    }

    /** @return the scheme's close result when this was the last reference, else 0 */
    long release() {
        references--;
        return references == 0 ? scheme.close(handle) : 0;
    }
}
