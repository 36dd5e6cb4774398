package dev.moka.userland.drivers;

import dev.moka.kernel.api.syscall.Errno;
import dev.moka.relibc.io.Ports;
import dev.moka.userland.Console;

/**
 * A driver's first step: the ports of its device. On a machine that gives programs no port I/O (the
 * hosted simulated machine) there is no device to drive: the driver says so and ends with status 0,
 * which init takes as done rather than crashed, so it does not restart it. Any other refusal ends
 * the driver with status 1.
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
        if (dev.moka.relibc.Errno.errno() == Errno.ENODEV) {
            Console.error(driver, "this machine gives programs no port I/O: no device to drive");
            System.exit(0);
        }
        Console.error(driver, "ioperm 0x" + Integer.toHexString(first) + ": " + Console.errno());
        System.exit(1);
    }
}
