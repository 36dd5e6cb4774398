package dev.moka.drivers.x86;

import dev.moka.kernel.api.arch.ArchPack;
import dev.moka.kernel.api.magic.Magic;

/**
 * The x86_64 PC as the generic kernel sees it: COM1 is the console, and QEMU's {@code isa-debug-exit}
 * device at port {@value #EXIT_PORT} ends the run. QEMU exits with {@code (value << 1) | 1}, so a
 * successful run ends with status 33 and a failed one with 35.
 */
public final class X86ArchPack implements ArchPack {
    /** I/O port of QEMU's debug-exit device. */
    public static final int EXIT_PORT = 0xf4;
    /** Value written to the exit device when the kernel succeeded. */
    public static final int EXIT_SUCCESS = 0x10;
    /** Value written to the exit device when the kernel failed. */
    public static final int EXIT_FAILURE = 0x11;

    @Override
    public String name() {
        return "x86_64";
    }

    @Override
    public void consoleWrite(int b) {
        Com1.write(b);
    }

    @Override
    public void exit(boolean success) {
        Magic.outb(EXIT_PORT, success ? EXIT_SUCCESS : EXIT_FAILURE);
        // Without the exit device (real hardware) the machine stays halted.
        for (;;) {
            Magic.hlt();
        }
    }
}
