package dev.moka.kernel.ipc.schemes;

import dev.moka.kernel.api.syscall.Clocks;
import dev.moka.kernel.api.syscall.Errno;
import dev.moka.kernel.api.syscall.OpenFlags;
import dev.moka.kernel.api.syscall.Stat;
import dev.moka.kernel.api.syscall.TimeSpec;
import dev.moka.kernel.ipc.Caller;
import dev.moka.kernel.ipc.Dirents;
import dev.moka.kernel.ipc.Handles;
import dev.moka.kernel.ipc.Scheme;
import java.util.List;

/**
 * {@code time:}: one file per clock, named by its id as Redox names them: {@code time:1} for
 * {@link Clocks#CLOCK_REALTIME}, {@code time:4} for {@link Clocks#CLOCK_MONOTONIC}. Each read of
 * at least {@value TimeSpec#SIZE} bytes gives the clock's reading now as one
 * {@link TimeSpec}; a shorter buffer gives {@code -EINVAL}. The files are streams (no position,
 * {@code -ESPIPE} to seek). Redox also lets a process write a time to arm a timeout event; that needs
 * {@code event:}, which does not exist yet, so opening for writing gives {@code -EACCES}.
 */
public final class TimeScheme implements Scheme {
    private static final List<String> CLOCKS = List.of(Integer.toString(Clocks.CLOCK_REALTIME),
            Integer.toString(Clocks.CLOCK_MONOTONIC));
    /** The handle state of the root directory. */
    private static final int ROOT = -1;

    private final Clock clock;
    private final Handles<Integer> handles = new Handles<>();

    /** @param clock the clocks' source */
    public TimeScheme(Clock clock) {
        this.clock = clock;
    }

    @Override
    public long open(String path, int flags, Caller caller) {
        int clockId;
        if (path.isEmpty()) {
            clockId = ROOT;
        } else if (CLOCKS.contains(path)) {
            clockId = Integer.parseInt(path);
        } else {
            return -Errno.ENOENT;
        }
        if (OpenFlags.canWrite(flags) || (flags & (OpenFlags.O_CREAT | OpenFlags.O_TRUNC)) != 0) {
            return clockId == ROOT ? -Errno.EISDIR : -Errno.EACCES;
        }
        if (clockId != ROOT && (flags & OpenFlags.O_DIRECTORY) != 0) {
            return -Errno.ENOTDIR;
        }
        return handles.add(clockId);
    }

    @Override
    public long read(long handle, byte[] buffer, int offset, int length, long position, int flags) {
        Integer clockId = handles.get(handle);
        if (clockId == null) {
            return -Errno.EBADF;
        }
        if (clockId == ROOT) {
            return -Errno.EISDIR;
        }
        if (length < TimeSpec.SIZE) {
            return -Errno.EINVAL;
        }
        TimeSpec.encodeNanos(clock.nanos(clockId), buffer, offset);
        return TimeSpec.SIZE;
    }

    @Override
    public long write(long handle, byte[] buffer, int offset, int length, long position, int flags) {
        return -Errno.EBADF;
    }

    @Override
    public long fsize(long handle) {
        Integer clockId = handles.get(handle);
        if (clockId == null) {
            return -Errno.EBADF;
        }
        return clockId == ROOT ? 0 : -Errno.ESPIPE;
    }

    @Override
    public long fstat(long handle, byte[] out, int offset) {
        Integer clockId = handles.get(handle);
        if (clockId == null) {
            return -Errno.EBADF;
        }
        Stat.of(clockId == ROOT ? Stat.MODE_DIR | 0555 : Stat.MODE_CHR | 0444, 0).encode(out, offset);
        return 0;
    }

    @Override
    public long fpath(long handle, byte[] buffer, int offset, int length) {
        Integer clockId = handles.get(handle);
        if (clockId == null) {
            return -Errno.EBADF;
        }
        return clockId == ROOT ? 0 : Dirents.copyAscii(Integer.toString(clockId), buffer, offset, length);
    }

    @Override
    public long dup(long handle, String how, Caller caller) {
        return handles.get(handle) == null ? -Errno.EBADF : -Errno.EINVAL;
    }

    @Override
    public long getdents(long handle, byte[] buffer, int offset, int length, long index) {
        Integer clockId = handles.get(handle);
        if (clockId == null) {
            return -Errno.EBADF;
        }
        return clockId == ROOT ? Dirents.list(CLOCKS, buffer, offset, length, index) : -Errno.ENOTDIR;
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
