package dev.moka.kernel.core.process;

import dev.moka.kernel.ipc.drivers.DriverPolicy;
import java.util.ArrayList;
import java.util.List;

/**
 * The processes started as drivers. The policy: only init may start one, by spawning with
 * {@code SpawnFlags.DRIVER} (what an {@code init.rc} line marked {@code driver} does); a driver's own
 * children are ordinary processes. A driver may ask for I/O ports and open {@code irq:},
 * {@code memory:}, {@code consolein:} and {@code rtc:}; every other process gets EPERM or EACCES.
 * The mark belongs to the process object, so a later process that reuses the id is not a driver.
 */
final class DriverProcesses {
    private final List<Process> drivers = new ArrayList<>();

    /** @param process a process just started as a driver */
    void mark(Process process) {
        for (int i = drivers.size() - 1; i >= 0; i--) {
            if (drivers.get(i).ended()) {
                drivers.remove(i);
            }
        }
        drivers.add(process);
    }

    /** @param process a process @return whether it is alive and was started as a driver */
    boolean isDriver(Process process) {
        if (process == null || process.ended()) {
            return false;
        }
        for (Process driver : drivers) {
            if (driver == process) {
                return true;
            }
        }
        return false;
    }

    /** @param table where ids are looked up @return this set as the schemes' policy */
    DriverPolicy policy(ProcessTable table) {
        return pid -> isDriver(table.get(pid));
    }
}
