package dev.moka.kernel.ipc.drivers;

import dev.moka.kernel.api.syscall.Errno;
import dev.moka.kernel.api.syscall.OpenFlags;
import dev.moka.kernel.ipc.Caller;
import dev.moka.kernel.ipc.Handles;
import dev.moka.kernel.ipc.schemes.DebugScheme;

/**
 * {@code consolein:}: where a keyboard driver types into the console. Bytes written to it join
 * {@code debug:}'s input queue as if they had come over the serial line (what does not fit is
 * dropped, as the queue drops); Ctrl-C ({@code 0x03}) interrupts the console's foreground job
 * instead. Write-only, and only for drivers ({@code EACCES} for others and for reading).
 */
public final class ConsoleInputScheme extends DeviceFile {
    /** The byte a terminal sends for Ctrl-C. */
    public static final int INTERRUPT = 0x03;

    private final DebugScheme console;
    private final Runnable interrupt;
    private final DriverPolicy drivers;
    private final Handles<Boolean> handles = new Handles<>();
    private final byte[] one = new byte[1];

    /**
     * @param console   the console whose input the bytes join
     * @param interrupt what Ctrl-C does
     * @param drivers   who may type
     */
    public ConsoleInputScheme(DebugScheme console, Runnable interrupt, DriverPolicy drivers) {
        this.console = console;
        this.interrupt = interrupt;
        this.drivers = drivers;
    }

    @Override
    protected boolean isOpen(long handle) {
        return handles.get(handle) != null;
    }

    @Override
    public long open(String path, int flags, Caller caller) {
        if (!drivers.isDriver(caller.pid()) || (flags & OpenFlags.O_ACCMODE) != OpenFlags.O_WRONLY) {
            return -Errno.EACCES;
        }
        return path.isEmpty() ? handles.add(Boolean.TRUE) : -Errno.ENOENT;
    }

    @Override
    public long read(long handle, byte[] buffer, int offset, int length, long position, int flags) {
        return -Errno.EBADF; // opened for writing only
    }

    @Override
    public long write(long handle, byte[] buffer, int offset, int length, long position, int flags) {
        if (!isOpen(handle)) {
            return -Errno.EBADF;
        }
        for (int i = 0; i < length; i++) {
            int b = buffer[offset + i] & 0xFF;
            if (b == INTERRUPT) {
                interrupt.run();
            } else {
                one[0] = (byte) (b == '\r' ? '\n' : b);
                console.offerInput(one, 0, 1);
            }
        }
        return length;
    }

    @Override
    public long close(long handle) {
        return handles.remove(handle) != null ? 0 : -Errno.EBADF;
    }
}
