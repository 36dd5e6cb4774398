package dev.moka.userland.sh;

import dev.moka.relibc.Unistd;
import dev.moka.userland.Console;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code sh}, Moka's shell. It reads commands from standard input one line at a time (byte by byte,
 * so a program it starts reads the rest of the input itself) and runs them: programs with
 * arguments, pipelines ({@code a | b | c}), redirections ({@code < > >>}), several jobs on a line
 * ({@code ;}), background jobs ({@code &}), variables ({@code NAME=value}, {@code export},
 * {@code $NAME}, {@code $?}) and the built-ins {@code cd}, {@code pwd}, {@code exit [N]},
 * {@code export}, {@code unset}. Ctrl-C on the console ends the foreground job, not the shell. At
 * the end of input the shell exits with status 0.
 */
public final class Shell {
    private final Map<String, String> environment = new LinkedHashMap<>();
    private final Jobs jobs;
    private int lastStatus;
    /** The status {@code exit} asked for, or -1 while the shell goes on. */
    private int exitStatus = -1;
    private final byte[] one = new byte[1];

    private Shell() {
        for (Map.Entry<String, String> entry : System.getenv().entrySet()) {
            environment.put(entry.getKey(), entry.getValue());
        }
        jobs = new Jobs(environment);
    }

    /** @param args {@code -c COMMAND} runs one line and exits with its status; otherwise none */
    public static void main(String[] args) {
        Shell shell = new Shell();
        if (args.length == 2 && args[0].equals("-c")) {
            shell.runLine(args[1]);
            System.exit(shell.exitStatus >= 0 ? shell.exitStatus : shell.lastStatus);
        }
        for (String line = shell.readLine(); line != null && shell.exitStatus < 0; line = shell.readLine()) {
            shell.runLine(line);
        }
        System.exit(Math.max(shell.exitStatus, 0));
    }

    /** @return the next line without its line feed, or null at the end of input */
    private String readLine() {
        StringBuilder line = new StringBuilder();
        for (;;) {
            int n = Unistd.read(Unistd.STDIN, one, 0, 1);
            if (n <= 0) {
                return line.isEmpty() ? null : line.toString();
            }
            if (one[0] == '\n') {
                return line.toString();
            }
            line.append((char) (one[0] & 0xFF));
        }
    }

    /** Runs one line; after {@code exit} nothing more runs, and the shell ends with its status. */
    void runLine(String line) {
        List<Words.Segment> segments;
        try {
            segments = Words.segments(line);
        } catch (IllegalArgumentException bad) {
            Console.error("sh", bad.getMessage());
            lastStatus = 2;
            return;
        }
        for (Words.Segment segment : segments) {
            if (exitStatus >= 0) {
                return;
            }
            List<CommandLine.Job> parsed;
            try {
                parsed = CommandLine.parse(Words.tokens(segment.text(), environment, lastStatus));
            } catch (IllegalArgumentException bad) {
                Console.error("sh", bad.getMessage());
                lastStatus = 2;
                return;
            }
            for (CommandLine.Job job : parsed) {
                if (exitStatus < 0) {
                    run(segment.background() ? new CommandLine.Job(job.commands(), true) : job);
                }
            }
        }
    }

    private void run(CommandLine.Job job) {
        jobs.reapBackground();
        List<CommandLine.Command> commands = job.commands();
        if (commands.size() == 1 && commands.get(0).redirects().isEmpty() && !job.background()) {
            Integer builtin = builtin(commands.get(0).words());
            if (builtin != null) {
                lastStatus = builtin;
                return;
            }
        }
        lastStatus = jobs.run(job);
    }

    /** @return the built-in's status, or null when the command is no built-in */
    private Integer builtin(List<String> words) {
        String name = words.get(0);
        switch (name) {
            case "exit" -> {
                int status = lastStatus;
                if (words.size() > 1) {
                    try {
                        status = Integer.parseInt(words.get(1)) & 0xFF;
                    } catch (NumberFormatException notNumber) {
                        Console.error("sh", "exit: " + words.get(1) + ": a number is needed");
                        status = 2;
                    }
                }
                exitStatus = status;
                return status;
            }
            case "cd" -> {
                String target = words.size() > 1 ? words.get(1) : environment.getOrDefault("HOME", "initfs:");
                if (Unistd.chdir(target) < 0) {
                    Console.error("sh", "cd: " + target + ": " + Console.errno());
                    return 1;
                }
                return 0;
            }
            case "pwd" -> {
                String cwd = Unistd.getcwd();
                if (cwd == null) {
                    Console.error("sh", "pwd: " + Console.errno());
                    return 1;
                }
                Console.println(cwd);
                return 0;
            }
            case "export" -> {
                for (String assignment : words.subList(1, words.size())) {
                    int equals = assignment.indexOf('=');
                    if (equals > 0) {
                        environment.put(assignment.substring(0, equals), assignment.substring(equals + 1));
                    }
                }
                return 0;
            }
            case "unset" -> {
                for (String variable : words.subList(1, words.size())) {
                    environment.remove(variable);
                }
                return 0;
            }
            default -> {
                if (isAssignment(words)) {
                    for (String assignment : words) {
                        int equals = assignment.indexOf('=');
                        environment.put(assignment.substring(0, equals), assignment.substring(equals + 1));
                    }
                    return 0;
                }
                return null;
            }
        }
    }

    private static boolean isAssignment(List<String> words) {
        for (String word : words) {
            int equals = word.indexOf('=');
            if (equals <= 0) {
                return false;
            }
            for (int i = 0; i < equals; i++) {
                char c = word.charAt(i);
                if (!(Character.isLetterOrDigit(c) || c == '_')) {
                    return false;
                }
            }
        }
        return true;
    }
}
