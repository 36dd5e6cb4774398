package dev.moka.userland.drivers;

import dev.moka.relibc.io.Ports;
import dev.moka.userland.Console;

/**
 * A driver's first step: the ports of its device. A refusal (a process started without the driver
 * mark, a range with a port the kernel keeps) ends the driver with status 1, saying why.
 */
final class PortGrant {
    private PortGrant() {
    }

    /**
     * @param driver the driver's name, for its messages
     * @param first  the first port
     * @param count  how many
     */
    static void orExit(String driver, int first, int count) {
        if (Ports.ioperm(first, count) >= 0) {
            return;
        }
        Console.error(driver, "ioperm 0x" + Integer.toHexString(first) + ": " + Console.errno());
        System.exit(1);
    }
}
