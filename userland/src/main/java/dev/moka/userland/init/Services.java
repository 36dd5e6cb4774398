package dev.moka.userland.init;

import dev.moka.relibc.Time;
import dev.moka.relibc.Wait;
import dev.moka.userland.Console;
import java.util.ArrayList;
import java.util.List;

/**
 * The services init supervises ({@code spawn restart ...} in {@code init.rc}): when one dies (is
 * killed, faults, or exits with a status other than 0), init starts it again with the same
 * arguments and driver mark and logs {@code init: restarted NAME (pid OLD -> NEW)}. One that exits
 * with status 0 has finished on purpose (a driver whose device the machine lacks) and is let go.
 * A service that ends within
 * {@value #QUICK_NANOS} ns of its start {@value #QUICK_LIMIT} times in a row is given up, so a
 * program that cannot start does not spin the machine.
 */
final class Services {
    static final long QUICK_NANOS = 1_000_000_000L;
    static final int QUICK_LIMIT = 5;

    private final InitScript script;
    private final List<Service> services = new ArrayList<>();

    Services(InitScript script) {
        this.script = script;
    }

    /** One supervised program. */
    private static final class Service {
        final String[] argv;
        final boolean driver;
        int pid;
        long started;
        int quickEnds;

        Service(String[] argv, boolean driver, int pid) {
            this.argv = argv;
            this.driver = driver;
            this.pid = pid;
            this.started = Time.clockGettime(Time.CLOCK_MONOTONIC);
        }
    }

    /** @param pid a started service @param argv its arguments @param driver whether it is a driver */
    void watch(int pid, String[] argv, boolean driver) {
        services.add(new Service(argv, driver, pid));
    }

    /**
     * @param pid    a process of init's that ended: restarted if it is a service that died
     * @param status its wait status
     */
    void ended(int pid, int status) {
        for (int i = 0; i < services.size(); i++) {
            Service service = services.get(i);
            if (service.pid != pid) {
                continue;
            }
            if (Wait.exited(status) && Wait.exitStatus(status) == 0) {
                services.remove(i);
                return;
            }
            long now = Time.clockGettime(Time.CLOCK_MONOTONIC);
            service.quickEnds = now - service.started < QUICK_NANOS ? service.quickEnds + 1 : 0;
            if (service.quickEnds >= QUICK_LIMIT) {
                Console.error("init", service.argv[0] + " ended " + QUICK_LIMIT + " times right after starting; not restarted");
                services.remove(i);
                return;
            }
            int fresh = script.start(service.argv, false, service.driver);
            if (fresh < 0) {
                Console.error("init", "cannot restart " + service.argv[0] + ": " + Console.errno());
                services.remove(i);
                return;
            }
            Console.println("init: restarted " + service.argv[0] + " (pid " + pid + " -> " + fresh + ")");
            service.pid = fresh;
            service.started = now;
            return;
        }
    }
}
