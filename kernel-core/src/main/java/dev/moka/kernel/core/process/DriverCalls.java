package dev.moka.kernel.core.process;

import dev.moka.kernel.api.arch.UserMode;
import dev.moka.kernel.api.syscall.Errno;

/** The system calls only drivers may make: {@code ioperm}. Decodes first, then acts. */
final class DriverCalls {
    /** The number of I/O ports. */
    static final long PORTS = 1 << 16;

    private DriverCalls() {
    }

    /**
     * {@code ioperm(first, count)}: the caller's run may use the ports from then on.
     *
     * @param mode     the machine's user mode
     * @param isDriver whether the caller was started as a driver
     * @param first    the first port
     * @param count    how many
     * @return 0; EPERM for a process that is not a driver, EINVAL for an empty range, one beyond the
     *         last port or one with a port the kernel keeps
     */
    static long ioperm(UserMode mode, boolean isDriver, long first, long count) {
        if (!isDriver) {
            return -Errno.EPERM;
        }
        if (first < 0 || count <= 0 || first >= PORTS || count > PORTS - first) {
            return -Errno.EINVAL;
        }
        return mode.allowPorts((int) first, (int) count) ? 0 : -Errno.EINVAL;
    }
}
