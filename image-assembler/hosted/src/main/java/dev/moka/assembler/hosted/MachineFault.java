package dev.moka.assembler.hosted;

import java.io.Serial;

/**
 * Thrown when the kernel touches something the simulated machine does not have: an address beyond
 * RAM or in a hole, or an I/O port with no device. The message names the address or port.
 */
public final class MachineFault extends RuntimeException {
    @Serial
    private static final long serialVersionUID = 1L;

    /** @param message what was accessed, with its address or port in hex */
    public MachineFault(String message) {
        super(message);
    }
}
