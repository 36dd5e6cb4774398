package dev.moka.userland.init;

import dev.moka.relibc.Fcntl;
import dev.moka.relibc.Unistd;
import dev.moka.relibc.Wait;
import dev.moka.userland.Console;
import dev.moka.userland.Executables;

/**
 * Process 1. Runs {@value #SCRIPT} line by line ({@link InitScript}), then starts the shell on the
 * console and waits, collecting every orphan the kernel hands it meanwhile. When the shell ends, init
 * ends with the shell's status ({@code $?} form), which the kernel makes the machine's.
 */
public final class Init {
    /** The script init runs first. */
    public static final String SCRIPT = "initfs:etc/init.rc";

    private Init() {
    }

    /** @param args ignored */
    public static void main(String[] args) {
        InitScript script = new InitScript();
        int fd = Fcntl.open(SCRIPT, dev.moka.kernel.api.syscall.OpenFlags.O_RDONLY);
        if (fd >= 0) {
            byte[] text = Console.readAll(fd);
            Unistd.close(fd);
            if (text != null) {
                script.runAll(Console.ascii(text));
            }
        }
        int shell = script.start(new String[] {"sh"}, false);
        if (shell < 0) {
            Console.error("init", "cannot start the shell: " + Console.errno());
            System.exit(1);
        }
        int[] status = new int[1];
        for (;;) {
            int pid = Wait.waitpid(-1, status, 0);
            if (pid == shell) {
                System.exit(Executables.shellStatus(status[0]));
            }
            if (pid < 0) {
                Console.error("init", "lost the shell: " + Console.errno());
                System.exit(1);
            }
            script.services.ended(pid, status[0]);
        }
    }
}
