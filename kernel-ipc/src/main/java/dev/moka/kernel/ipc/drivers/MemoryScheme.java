package dev.moka.kernel.ipc.drivers;

import dev.moka.kernel.api.syscall.Errno;
import dev.moka.kernel.ipc.Caller;
import dev.moka.kernel.ipc.Handles;

/**
 * {@code memory:physical}: device memory for drivers, through the kernel. The file position is the
 * physical address: a read or write of 1, 2, 4 or 8 bytes at an address aligned to that size is one
 * access of that width (what a device register needs), any other length is copied byte by byte.
 * Only ranges {@link PhysicalWindow#isGrantable} allows are served: RAM, the kernel's interrupt
 * controllers and addresses the kernel does not reach are {@code EINVAL}, so no driver can touch the
 * kernel's memory or another process's. Only drivers open it ({@code EACCES}).
 *
 * <p>Redox maps such memory into the driver ({@code memory:physical@uc} and {@code fmap}); here each
 * access is a system call, which suits drivers that touch a few registers now and then.
 */
public final class MemoryScheme extends DeviceFile {
    /** The window's size: the physical addresses the kernel reaches, the low 4 GiB. */
    public static final long WINDOW = 1L << 32;

    private final PhysicalWindow memory;
    private final DriverPolicy drivers;
    private final Handles<Boolean> handles = new Handles<>();

    /**
     * @param memory  the kernel's access to physical memory, with its grant rule
     * @param drivers who may open it
     */
    public MemoryScheme(PhysicalWindow memory, DriverPolicy drivers) {
        this.memory = memory;
        this.drivers = drivers;
    }

    @Override
    protected boolean isOpen(long handle) {
        return handles.get(handle) != null;
    }

    @Override
    public long open(String path, int flags, Caller caller) {
        if (!drivers.isDriver(caller.pid())) {
            return -Errno.EACCES;
        }
        return path.equals("physical") ? handles.add(Boolean.TRUE) : -Errno.ENOENT;
    }

    /** The window's size, so that {@code lseek} moves freely within it. */
    @Override
    public long fsize(long handle) {
        return isOpen(handle) ? WINDOW : -Errno.EBADF;
    }

    private long check(long handle, long position, int length) {
        if (!isOpen(handle)) {
            return -Errno.EBADF;
        }
        if (length == 0) {
            return 0;
        }
        if (position < 0 || position >= WINDOW || length > WINDOW - position
                || !memory.isGrantable(position, position + length)) {
            return -Errno.EINVAL;
        }
        return length;
    }

    private static boolean isOneAccess(long position, int length) {
        return (length == 1 || length == 2 || length == 4 || length == 8) && position % length == 0;
    }

    @Override
    public long read(long handle, byte[] buffer, int offset, int length, long position, int flags) {
        long checked = check(handle, position, length);
        if (checked <= 0) {
            return checked;
        }
        if (isOneAccess(position, length)) {
            long value = memory.load(position, length);
            for (int i = 0; i < length; i++) {
                buffer[offset + i] = (byte) (value >>> (8 * i));
            }
        } else {
            for (int i = 0; i < length; i++) {
                buffer[offset + i] = (byte) memory.load(position + i, 1);
            }
        }
        return length;
    }

    @Override
    public long write(long handle, byte[] buffer, int offset, int length, long position, int flags) {
        long checked = check(handle, position, length);
        if (checked <= 0) {
            return checked;
        }
        if (isOneAccess(position, length)) {
            long value = 0;
            for (int i = 0; i < length; i++) {
                value |= (buffer[offset + i] & 0xFFL) << (8 * i);
            }
            memory.store(position, length, value);
        } else {
            for (int i = 0; i < length; i++) {
                memory.store(position + i, 1, buffer[offset + i]);
            }
        }
        return length;
    }

    @Override
    public long close(long handle) {
        return handles.remove(handle) != null ? 0 : -Errno.EBADF;
    }
}
