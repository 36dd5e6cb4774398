package dev.moka.kernel.ipc.user;

import dev.moka.kernel.api.syscall.Errno;
import dev.moka.kernel.api.syscall.EventRecord;
import dev.moka.kernel.api.syscall.Stat;
import dev.moka.kernel.ipc.Caller;
import dev.moka.kernel.ipc.Scheme;
import dev.moka.kernel.ipc.WaitChannel;

/**
 * The daemon's end of a user scheme, behind the descriptor {@code open(":name", O_CREAT)} gives:
 * a read takes the next request, a write gives a response, and the last close means the daemon is
 * gone. It has the one handle 0.
 */
final class SchemeSocket implements Scheme {
    private final UserScheme scheme;
    private boolean open = true;

    SchemeSocket(UserScheme scheme) {
        this.scheme = scheme;
    }

    private boolean isOpen(long handle) {
        return open && handle == 0;
    }

    @Override
    public long open(String path, int flags, Caller caller) {
        return -Errno.EACCES;
    }

    @Override
    public long read(long handle, byte[] buffer, int offset, int length, long position, int flags) {
        return isOpen(handle) ? scheme.nextRequest(buffer, offset, length, flags) : -Errno.EBADF;
    }

    @Override
    public long write(long handle, byte[] buffer, int offset, int length, long position, int flags) {
        return isOpen(handle) ? scheme.respond(buffer, offset, length) : -Errno.EBADF;
    }

    @Override
    public long fsize(long handle) {
        return isOpen(handle) ? -Errno.ESPIPE : -Errno.EBADF;
    }

    @Override
    public long fstat(long handle, byte[] out, int offset) {
        if (!isOpen(handle)) {
            return -Errno.EBADF;
        }
        Stat.of(Stat.MODE_CHR | 0600, 0).encode(out, offset);
        return 0;
    }

    @Override
    public long fpath(long handle, byte[] buffer, int offset, int length) {
        return isOpen(handle) ? 0 : -Errno.EBADF;
    }

    @Override
    public long dup(long handle, String how, Caller caller) {
        return isOpen(handle) ? -Errno.EINVAL : -Errno.EBADF;
    }

    @Override
    public long getdents(long handle, byte[] buffer, int offset, int length, long index) {
        return isOpen(handle) ? -Errno.ENOTDIR : -Errno.EBADF;
    }

    /** Readable when a request waits; a response can always be written. */
    @Override
    public int readiness(long handle) {
        if (!isOpen(handle)) {
            return -Errno.EBADF;
        }
        return (scheme.hasRequests() ? EventRecord.EVENT_READ : 0) | EventRecord.EVENT_WRITE;
    }

    /** A queued request wakes this channel. */
    @Override
    public WaitChannel[] readinessChannels(long handle) {
        return isOpen(handle) ? new WaitChannel[] {scheme.requestsReady()} : new WaitChannel[0];
    }

    @Override
    public long close(long handle) {
        if (!isOpen(handle)) {
            return -Errno.EBADF;
        }
        open = false;
        scheme.daemonGone();
        return 0;
    }
}
