package dev.moka.userland.sh;

import dev.moka.relibc.Fcntl;
import dev.moka.relibc.Spawn;
import dev.moka.relibc.Unistd;
import dev.moka.relibc.Wait;
import dev.moka.kernel.api.syscall.OpenFlags;
import dev.moka.userland.Console;
import dev.moka.userland.Executables;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Starts the shell's jobs: each command of a pipeline is a process whose standard streams the
 * shell wires with {@code spawn}'s descriptor actions to the pipes between them and to redirected
 * files, which the shell opens close-on-exec so that only the wired copies reach the children. A
 * foreground job is waited for (and is what Ctrl-C ends); a background job is collected later.
 */
final class Jobs {
    /** The status of a command that cannot be found or started, as POSIX shells use. */
    static final int NOT_FOUND = 127;

    private final Map<String, String> environment;
    private final List<Integer> background = new ArrayList<>();

    Jobs(Map<String, String> environment) {
        this.environment = environment;
    }

    /** @return the job's status: the last command's, or 0 for a background job */
    int run(CommandLine.Job job) {
        List<CommandLine.Command> commands = job.commands();
        int[] pids = new int[commands.size()];
        int input = -1;
        int status = 0;
        for (int i = 0; i < commands.size(); i++) {
            int[] pipe = {-1, -1};
            if (i + 1 < commands.size() && Unistd.pipe(pipe, OpenFlags.O_CLOEXEC) < 0) {
                Console.error("sh", "pipe: " + Console.errno());
                pids[i] = -1;
                break;
            }
            pids[i] = start(commands.get(i), input, pipe[1], job.background());
            if (input >= 0) {
                Unistd.close(input);
            }
            if (pipe[1] >= 0) {
                Unistd.close(pipe[1]);
            }
            input = pipe[0];
        }
        if (input >= 0) {
            Unistd.close(input);
        }
        int[] wait = new int[1];
        for (int i = 0; i < pids.length; i++) {
            if (pids[i] <= 0) {
                status = pids[i] < 0 ? -pids[i] : NOT_FOUND;
                continue;
            }
            if (job.background()) {
                background.add(pids[i]);
                Console.println("[" + pids[i] + "]");
                continue;
            }
            if (Wait.waitpid(pids[i], wait, 0) == pids[i]) {
                status = Executables.shellStatus(wait[0]);
            }
        }
        return job.background() ? 0 : status;
    }

    /** Collects background jobs that have ended, so they do not stay zombies. */
    void reapBackground() {
        int[] wait = new int[1];
        for (int i = background.size() - 1; i >= 0; i--) {
            int pid = background.get(i);
            if (Wait.waitpid(pid, wait, Wait.WNOHANG) != 0) {
                background.remove(i);
            }
        }
    }

    /**
     * @return the child's pid; 0 when it could not be found or started (reported); a negated status
     *         when a redirection failed
     */
    private int start(CommandLine.Command command, int input, int output, boolean inBackground) {
        List<Spawn.FdAction> actions = new ArrayList<>();
        List<Integer> opened = new ArrayList<>();
        try {
            if (input >= 0) {
                actions.add(Spawn.FdAction.dup2(input, 0));
            }
            if (output >= 0) {
                actions.add(Spawn.FdAction.dup2(output, 1));
            }
            for (CommandLine.Redirect redirect : command.redirects()) {
                int flags = redirect.fd() == 0 ? OpenFlags.O_RDONLY
                        : OpenFlags.O_WRONLY | OpenFlags.O_CREAT | (redirect.append() ? OpenFlags.O_APPEND : OpenFlags.O_TRUNC);
                int fd = Fcntl.open(redirect.path(), flags | OpenFlags.O_CLOEXEC);
                if (fd < 0) {
                    Console.error("sh", redirect.path() + ": " + Console.errno());
                    return -1;
                }
                opened.add(fd);
                actions.add(Spawn.FdAction.dup2(fd, redirect.fd()));
            }
            List<String> words = command.words();
            String path = Executables.resolve(words.get(0), environment.get("PATH"));
            int pid = Spawn.spawn(path, words.toArray(new String[0]), environment(),
                    inBackground ? 0 : Spawn.FOREGROUND, actions.toArray(new Spawn.FdAction[0]));
            if (pid < 0) {
                Console.error("sh", words.get(0) + ": " + (dev.moka.relibc.Errno.errno() == 2 ? "not found" : Console.errno()));
                return 0;
            }
            return pid;
        } finally {
            for (int fd : opened) {
                Unistd.close(fd);
            }
        }
    }

    private String[] environment() {
        String[] env = new String[environment.size()];
        int i = 0;
        for (Map.Entry<String, String> entry : environment.entrySet()) {
            env[i++] = entry.getKey() + "=" + entry.getValue();
        }
        return env;
    }
}
