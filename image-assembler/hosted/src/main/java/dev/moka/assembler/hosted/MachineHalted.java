package dev.moka.assembler.hosted;

import java.io.Serial;

/** Thrown when the simulated CPU halts with nothing that could ever wake it: the machine has stopped. */
public final class MachineHalted extends RuntimeException {
    @Serial
    private static final long serialVersionUID = 1L;

    /** @param message why nothing can wake the CPU */
    public MachineHalted(String message) {
        super(message);
    }
}
