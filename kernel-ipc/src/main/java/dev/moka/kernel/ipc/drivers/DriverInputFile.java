package dev.moka.kernel.ipc.drivers;

import dev.moka.kernel.api.syscall.Errno;
import dev.moka.kernel.api.syscall.OpenFlags;
import dev.moka.kernel.ipc.Caller;
import dev.moka.kernel.ipc.Handles;

/**
 * A device file through which a driver hands the kernel what its device produced ({@code rtc:},
 * {@code consolein:}): the scheme's root only, opened write-only and by drivers only
 * ({@code EACCES} otherwise); reads are {@code EBADF}. Subclasses say what a write does.
 */
public abstract class DriverInputFile extends DeviceFile {
    private final DriverPolicy drivers;
    private final Handles<Boolean> handles = new Handles<>();

    /** @param drivers who may open it */
    protected DriverInputFile(DriverPolicy drivers) {
        this.drivers = drivers;
    }

    @Override
    protected final boolean isOpen(long handle) {
        return handles.get(handle) != null;
    }

    @Override
    public final long open(String path, int flags, Caller caller) {
        if (!drivers.isDriver(caller.pid()) || (flags & OpenFlags.O_ACCMODE) != OpenFlags.O_WRONLY) {
            return -Errno.EACCES;
        }
        return path.isEmpty() ? handles.add(Boolean.TRUE) : -Errno.ENOENT;
    }

    @Override
    public final long read(long handle, byte[] buffer, int offset, int length, long position, int flags) {
        return -Errno.EBADF; // opened for writing only
    }

    @Override
    public final long close(long handle) {
        return handles.remove(handle) != null ? 0 : -Errno.EBADF;
    }
}
