package dev.moka.kernel.ipc.schemes;

import dev.moka.kernel.api.syscall.Errno;
import dev.moka.kernel.api.syscall.OpenFlags;
import dev.moka.kernel.api.syscall.Stat;
import dev.moka.kernel.ipc.Caller;
import dev.moka.kernel.ipc.Handles;
import dev.moka.kernel.ipc.Scheme;

/**
 * What the single-file device schemes ({@code null:}, {@code zero:}, {@code rand:}) share: one
 * character device at the root, no directories, no other paths, a size of 0 so that {@code lseek}
 * succeeds as it does on Unix's {@code /dev/null}. A subclass supplies the bytes.
 */
abstract class DeviceScheme implements Scheme {
    private static final Object OPEN = new Object();

    private final Handles<Object> handles = new Handles<>();

    /** Fills {@code buffer} with the device's bytes; the handle is known to be open. */
    abstract long readDevice(byte[] buffer, int offset, int length);

    /** Takes the written bytes; the handle is known to be open. */
    abstract long writeDevice(byte[] buffer, int offset, int length);

    @Override
    public long open(String path, int flags, Caller caller) {
        if (!path.isEmpty()) {
            return -Errno.ENOENT;
        }
        if ((flags & OpenFlags.O_DIRECTORY) != 0) {
            return -Errno.ENOTDIR;
        }
        return handles.add(OPEN);
    }

    @Override
    public long read(long handle, byte[] buffer, int offset, int length, long position, int flags) {
        return handles.get(handle) == null ? -Errno.EBADF : readDevice(buffer, offset, length);
    }

    @Override
    public long write(long handle, byte[] buffer, int offset, int length, long position, int flags) {
        return handles.get(handle) == null ? -Errno.EBADF : writeDevice(buffer, offset, length);
    }

    @Override
    public long fsize(long handle) {
        return handles.get(handle) == null ? -Errno.EBADF : 0;
    }

    @Override
    public long fstat(long handle, byte[] out, int offset) {
        if (handles.get(handle) == null) {
            return -Errno.EBADF;
        }
        Stat.of(Stat.MODE_CHR | 0666, 0).encode(out, offset);
        return 0;
    }

    @Override
    public long fpath(long handle, byte[] buffer, int offset, int length) {
        return handles.get(handle) == null ? -Errno.EBADF : 0;
    }

    @Override
    public long dup(long handle, String how, Caller caller) {
        return handles.get(handle) == null ? -Errno.EBADF : -Errno.EINVAL;
    }

    @Override
    public long getdents(long handle, byte[] buffer, int offset, int length, long index) {
        return handles.get(handle) == null ? -Errno.EBADF : -Errno.ENOTDIR;
    }

    @Override
    public long close(long handle) {
        return handles.remove(handle) == null ? -Errno.EBADF : 0;
    }

    /** @return how many handles are open, for leak checks */
    public int openHandles() {
        return handles.count();
    }
}
