package dev.moka.kernel.ipc.drivers;

import dev.moka.kernel.api.syscall.Errno;
import dev.moka.kernel.api.syscall.Stat;
import dev.moka.kernel.ipc.Caller;
import dev.moka.kernel.ipc.Scheme;

/**
 * The calls a character device of this package answers alike: a stream (no size, {@code ESPIPE}),
 * a character device to {@code fstat}, no {@code dup}, no listing. Subclasses say which handles are
 * open.
 */
public abstract class DeviceFile implements Scheme {
    /** For subclasses. */
    protected DeviceFile() {
    }

    /** @param handle a handle @return whether it is open */
    protected abstract boolean isOpen(long handle);

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
}
