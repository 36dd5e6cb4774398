package dev.moka.kernel.ipc.drivers;

/** Which processes are drivers, and so may have interrupt lines, ports and the console's input. */
@FunctionalInterface
public interface DriverPolicy {
    /**
     * @param pid a process id
     * @return whether that process, alive, was started as a driver
     */
    boolean isDriver(int pid);

    /** @return a policy under which no process is a driver */
    static DriverPolicy none() {
        return pid -> false;
    }
}
