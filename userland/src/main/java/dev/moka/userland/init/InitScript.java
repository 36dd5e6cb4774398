package dev.moka.userland.init;

import dev.moka.kernel.api.syscall.OpenFlags;
import dev.moka.relibc.Errno;
import dev.moka.relibc.Fcntl;
import dev.moka.relibc.Time;
import dev.moka.relibc.Spawn;
import dev.moka.relibc.Unistd;
import dev.moka.relibc.Wait;
import dev.moka.userland.Console;
import dev.moka.userland.Executables;
import dev.moka.userland.sh.Words;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * init's script language, one command per line: {@code echo WORDS}, {@code export NAME=VALUE},
 * {@code cd DIR}, {@code run PROGRAM ARGS} (start and wait), {@code spawn PROGRAM ARGS} (start in
 * the background; {@code run driver ...} and {@code spawn driver ...} start a driver, {@code spawn
 * restart ...} a service init restarts whenever it ends), {@code await SCHEME} (wait until a daemon has registered the scheme, for at most
 * {@value #AWAIT_MILLIS} ms). Blank lines and lines starting with {@code #} are skipped; {@code $NAME} expands.
 * A line that fails is reported ({@code init: line N: ...}) and the script goes on.
 */
final class InitScript {
    private final Map<String, String> environment = new LinkedHashMap<>();

    InitScript() {
        for (Map.Entry<String, String> entry : System.getenv().entrySet()) {
            environment.put(entry.getKey(), entry.getValue());
        }
    }

    void runAll(String text) {
        int number = 0;
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            number++;
            String problem = run(text.substring(start, end));
            if (problem != null) {
                Console.error("init", "line " + number + ": " + problem);
            }
            start = end + 1;
        }
    }

    /** @return null, or what went wrong */
    String run(String line) {
        List<String> words;
        try {
            words = Words.split(line, environment, 0);
        } catch (IllegalArgumentException bad) {
            return bad.getMessage();
        }
        if (words.isEmpty()) {
            return null;
        }
        String command = words.get(0);
        List<String> rest = words.subList(1, words.size());
        switch (command) {
            case "echo" -> Console.println(String.join(" ", rest));
            case "export" -> {
                for (String assignment : rest) {
                    int equals = assignment.indexOf('=');
                    if (equals <= 0) {
                        return "export needs NAME=VALUE, not " + assignment;
                    }
                    environment.put(assignment.substring(0, equals), assignment.substring(equals + 1));
                }
            }
            case "cd" -> {
                if (rest.size() != 1 || Unistd.chdir(rest.get(0)) < 0) {
                    return "cd " + String.join(" ", rest) + ": " + (rest.size() != 1 ? "needs one directory" : Console.errno());
                }
            }
            case "run", "spawn" -> {
                boolean driver = false;
                boolean restart = false;
                while (!rest.isEmpty() && (rest.get(0).equals("driver") || rest.get(0).equals("restart"))) {
                    driver |= rest.get(0).equals("driver");
                    restart |= rest.get(0).equals("restart");
                    rest = rest.subList(1, rest.size());
                }
                if (rest.isEmpty()) {
                    return command + " needs a program";
                }
                if (restart && command.equals("run")) {
                    return "restart is for spawn, not run";
                }
                String[] argv = rest.toArray(new String[0]);
                int pid = start(argv, command.equals("run"), driver);
                if (pid >= 0 && restart) {
                    services.watch(pid, argv, driver);
                }
                if (pid < 0) {
                    return rest.get(0) + ": " + Errno.describe(Errno.errno());
                }
                if (command.equals("run")) {
                    int[] status = new int[1];
                    if (Wait.waitpid(pid, status, 0) == pid && Executables.shellStatus(status[0]) != 0) {
                        return rest.get(0) + " ended with status " + Executables.shellStatus(status[0]);
                    }
                }
            }
            case "await" -> {
                if (rest.size() != 1) {
                    return "await needs one scheme name";
                }
                return awaitScheme(rest.get(0));
            }
            default -> {
                return "unknown command " + command + " (echo, export, cd, run, spawn, await)";
            }
        }
        return null;
    }

    /**
     * Waits for a scheme a daemon registers, polling its root once a millisecond: a daemon registers
     * before it serves, so once {@code open} stops giving ENODEV the scheme answers.
     *
     * @return null, or what went wrong
     */
    static String awaitScheme(String name) {
        String root = name.endsWith(":") ? name : name + ":";
        for (int waited = 0; waited < AWAIT_MILLIS; waited++) {
            int fd = Fcntl.open(root, OpenFlags.O_RDONLY);
            if (fd >= 0) {
                Unistd.close(fd);
                return null;
            }
            if (Errno.errno() != dev.moka.kernel.api.syscall.Errno.ENODEV) {
                return "await " + root + ": " + Errno.describe(Errno.errno());
            }
            Time.nanosleep(1_000_000L);
        }
        return "await " + root + ": no daemon registered it in " + AWAIT_MILLIS + " ms";
    }

    /** How long {@code await} waits for a scheme. */
    static final int AWAIT_MILLIS = 5000;

    /** The services init restarts when they end. */
    final Services services = new Services(this);

    /** Starts a program with init's environment; @return its pid, or -1 with errno set */
    int start(String[] argv, boolean foreground) {
        return start(argv, foreground, false);
    }

    /** As {@link #start(String[], boolean)}, perhaps as a driver. */
    int start(String[] argv, boolean foreground, boolean driver) {
        List<String> env = new ArrayList<>();
        for (Map.Entry<String, String> entry : environment.entrySet()) {
            env.add(entry.getKey() + "=" + entry.getValue());
        }
        String path = Executables.resolve(argv[0], environment.get("PATH"));
        return Spawn.spawn(path, argv, env.toArray(new String[0]),
                (foreground ? Spawn.FOREGROUND : 0) | (driver ? Spawn.DRIVER : 0));
    }
}
