package dev.moka.kernel.ipc.drivers;

import dev.moka.kernel.api.arch.IrqLines;
import dev.moka.kernel.api.syscall.Errno;
import dev.moka.kernel.api.syscall.EventRecord;
import dev.moka.kernel.api.syscall.OpenFlags;
import dev.moka.kernel.ipc.Blocker;
import dev.moka.kernel.ipc.Caller;
import dev.moka.kernel.ipc.Handles;
import dev.moka.kernel.ipc.WaitChannel;

/**
 * {@code irq:N}: interrupt line N for a driver, with Redox's counter protocol. A read (8 bytes at
 * least) gives how many times the line has fired since boot, as a little-endian {@code u64}, and
 * waits while every firing is acknowledged already; a write of such a count acknowledges the firings
 * up to it, and once all are acknowledged the line is unmasked. The machine masks a line as it fires
 * ({@link IrqLines}), so a driver that has not yet served its device is not interrupted again.
 *
 * <p>Only drivers open it ({@code EACCES} for others); a line that is not a number, out of range or
 * the kernel's own (the timer's, the cascade) is {@code EINVAL}. Counts are per line, shared by
 * every opener: a restarted driver finds the firings its predecessor left unacknowledged and
 * acknowledges them, which unmasks the line again.
 *
 * <p>The interrupt path only counts ({@link #fired}); a kernel thread, woken by the interrupt,
 * calls {@link #wakeWaiters} to wake the readers of lines that fired, since waking a process takes
 * what an interrupt handler may not. Whoever attaches the machine's lines decides how (the kernel's
 * sink counts here, then wakes that thread).
 */
public final class IrqScheme extends DeviceFile implements IrqLines.Sink {
    private final IrqLines lines;
    private final Blocker blocker;
    private final DriverPolicy drivers;
    private final long[] fired;
    private final long[] acknowledged;
    private final long[] seen;
    private final WaitChannel[] channels;
    private final Handles<Integer> handles = new Handles<>();

    /**
     * @param lines   the machine's lines, which the caller attaches to a sink that calls {@link #fired}
     * @param blocker how readers wait
     * @param drivers who may open lines
     */
    public IrqScheme(IrqLines lines, Blocker blocker, DriverPolicy drivers) {
        this.lines = lines;
        this.blocker = blocker;
        this.drivers = drivers;
        int count = lines.count();
        fired = new long[count];
        acknowledged = new long[count];
        seen = new long[count];
        channels = new WaitChannel[count];
        for (int i = 0; i < count; i++) {
            channels[i] = new WaitChannel("irq " + i);
        }
    }

    /** In the interrupt path: counts a firing. The line is masked already. */
    @Override
    public void fired(int line) {
        if (line >= 0 && line < fired.length) {
            fired[line]++;
        }
    }

    /**
     * Wakes the readers of every line that fired since the last call. Called with the kernel held
     * off, as scheme code is.
     *
     * @return whether any line had fired
     */
    public boolean wakeWaiters() {
        boolean any = false;
        for (int line = 0; line < fired.length; line++) {
            long count = fired[line];
            if (count != seen[line]) {
                seen[line] = count;
                blocker.wakeAll(channels[line]);
                any = true;
            }
        }
        return any;
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
        int line = lineOf(path);
        if (line < 0 || !lines.isGrantable(line)) {
            return -Errno.EINVAL;
        }
        if ((flags & OpenFlags.O_DIRECTORY) != 0) {
            return -Errno.ENOTDIR;
        }
        if (acknowledged[line] == fired[line]) {
            lines.unmask(line); // the first opener's: lines start masked
        }
        return handles.add(line);
    }

    /** @return the decimal line number a path names, or -1 */
    private int lineOf(String path) {
        if (path.isEmpty() || path.length() > 3) {
            return -1;
        }
        int line = 0;
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            line = line * 10 + (c - '0');
        }
        return line < fired.length ? line : -1;
    }

    @Override
    public long read(long handle, byte[] buffer, int offset, int length, long position, int flags) {
        Integer line = handles.get(handle);
        if (line == null) {
            return -Errno.EBADF;
        }
        if (length < Long.BYTES) {
            return -Errno.EINVAL;
        }
        while (fired[line] == acknowledged[line]) {
            if ((flags & OpenFlags.O_NONBLOCK) != 0) {
                return -Errno.EAGAIN;
            }
            if (!blocker.sleep(channels[line])) {
                return -Errno.EINTR;
            }
        }
        long count = fired[line];
        for (int i = 0; i < Long.BYTES; i++) {
            buffer[offset + i] = (byte) (count >>> (8 * i));
        }
        return Long.BYTES;
    }

    @Override
    public long write(long handle, byte[] buffer, int offset, int length, long position, int flags) {
        Integer line = handles.get(handle);
        if (line == null) {
            return -Errno.EBADF;
        }
        if (length < Long.BYTES) {
            return -Errno.EINVAL;
        }
        long count = 0;
        for (int i = 0; i < Long.BYTES; i++) {
            count |= (buffer[offset + i] & 0xFFL) << (8 * i);
        }
        if (count < acknowledged[line] || count > fired[line]) {
            return -Errno.EINVAL;
        }
        acknowledged[line] = count;
        if (count == fired[line]) {
            lines.unmask(line);
        }
        return Long.BYTES;
    }

    @Override
    public int readiness(long handle) {
        Integer line = handles.get(handle);
        if (line == null) {
            return -Errno.EBADF;
        }
        return (fired[line] != acknowledged[line] ? EventRecord.EVENT_READ : 0) | EventRecord.EVENT_WRITE;
    }

    /** The line's channel, which {@link #wakeWaiters} wakes when it fired. */
    @Override
    public WaitChannel[] readinessChannels(long handle) {
        Integer line = handles.get(handle);
        return line == null ? new WaitChannel[0] : new WaitChannel[] {channels[line]};
    }

    @Override
    public long close(long handle) {
        return handles.remove(handle) != null ? 0 : -Errno.EBADF;
    }
}
