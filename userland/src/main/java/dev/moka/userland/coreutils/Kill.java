package dev.moka.userland.coreutils;

import dev.moka.relibc.Signal;
import dev.moka.userland.Console;

/** {@code kill [-SIGNAL] PID...}: sends a signal (by number, or KILL, TERM, INT; TERM by default) to each process. */
public final class Kill {
    private Kill() {
    }

    /** @param args an optional signal, then the pids */
    public static void main(String[] args) {
        int signal = Signal.SIGTERM;
        int first = 0;
        if (args.length > 0 && args[0].startsWith("-")) {
            signal = signal(args[0].substring(1));
            first = 1;
            if (signal < 0) {
                Console.error("kill", "unknown signal " + args[0]);
                System.exit(2);
            }
        }
        if (first >= args.length) {
            Console.error("kill", "usage: kill [-SIGNAL] PID...");
            System.exit(2);
        }
        int status = 0;
        for (int i = first; i < args.length; i++) {
            int pid;
            try {
                pid = Integer.parseInt(args[i]);
            } catch (NumberFormatException notNumber) {
                Console.error("kill", args[i] + ": not a process id");
                status = 1;
                continue;
            }
            if (Signal.kill(pid, signal) < 0) {
                Console.error("kill", "(" + pid + ") - " + Console.errno());
                status = 1;
            }
        }
        System.exit(status);
    }

    private static int signal(String name) {
        return switch (name) {
            case "KILL", "SIGKILL" -> Signal.SIGKILL;
            case "TERM", "SIGTERM" -> Signal.SIGTERM;
            case "INT", "SIGINT" -> Signal.SIGINT;
            default -> {
                try {
                    yield Integer.parseInt(name);
                } catch (NumberFormatException notNumber) {
                    yield -1;
                }
            }
        };
    }
}
