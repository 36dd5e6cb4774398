package dev.moka.assembler.hosted;

import java.io.Serial;

/**
 * Thrown through the kernel when it writes to the debug-exit device, so that the kernel thread stops
 * at that instruction just as QEMU would.
 */
public final class MachineExit extends RuntimeException {
    @Serial
    private static final long serialVersionUID = 1L;

    private final int value;

    /** @param value the value written to the exit device */
    public MachineExit(int value) {
        super("exit device written: 0x" + Integer.toHexString(value), null, false, false);
        this.value = value;
    }

    /** @return the value written to the exit device */
    public int value() {
        return value;
    }
}
