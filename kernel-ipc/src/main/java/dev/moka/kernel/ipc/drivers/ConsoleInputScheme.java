package dev.moka.kernel.ipc.drivers;

import dev.moka.kernel.api.syscall.Errno;
import dev.moka.kernel.ipc.schemes.DebugScheme;

/**
 * {@code consolein:}: where a keyboard driver types into the console. Bytes written to it join
 * {@code debug:}'s input queue as if they had come over the serial line (what does not fit is
 * dropped, as the queue drops); Ctrl-C ({@code 0x03}) interrupts the console's foreground job
 * instead. Write-only, and only for drivers ({@code EACCES} for others and for reading).
 */
public final class ConsoleInputScheme extends DriverInputFile {
    /** The byte a terminal sends for Ctrl-C. */
    public static final int INTERRUPT = 0x03;

    private final DebugScheme console;
    private final Runnable interrupt;
    private final byte[] one = new byte[1];

    /**
     * @param console   the console whose input the bytes join
     * @param interrupt what Ctrl-C does
     * @param drivers   who may type
     */
    public ConsoleInputScheme(DebugScheme console, Runnable interrupt, DriverPolicy drivers) {
        super(drivers);
        this.console = console;
        this.interrupt = interrupt;
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
}
