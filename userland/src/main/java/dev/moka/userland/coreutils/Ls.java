package dev.moka.userland.coreutils;

import dev.moka.kernel.api.syscall.OpenFlags;
import dev.moka.relibc.Fcntl;
import dev.moka.relibc.Unistd;
import dev.moka.userland.Console;

/**
 * {@code ls [DIR...]}: lists each directory (the working directory without one), one name per line.
 * A scheme root such as {@code sys:} is a directory; a file that is not one is printed as given.
 */
public final class Ls {
    private Ls() {
    }

    /** @param args the directories */
    public static void main(String[] args) {
        String[] targets = args.length == 0 ? new String[] {"."} : args;
        int status = 0;
        for (int i = 0; i < targets.length; i++) {
            if (targets.length > 1) {
                Console.out((i > 0 ? "\n" : "") + targets[i] + ":\n");
            }
            status |= list(targets[i].equals(".") ? currentDirectory() : targets[i]);
        }
        System.exit(status);
    }

    private static String currentDirectory() {
        String cwd = Unistd.getcwd();
        return cwd == null ? "." : cwd;
    }

    private static int list(String path) {
        int fd = Fcntl.open(path, OpenFlags.O_RDONLY | OpenFlags.O_DIRECTORY);
        if (fd < 0) {
            if (dev.moka.relibc.Errno.errno() == 20) {
                Console.println(path);
                return 0;
            }
            Console.error("ls", path + ": " + Console.errno());
            return 1;
        }
        byte[] buffer = new byte[4096];
        int status = 0;
        for (;;) {
            int n = Unistd.getdents(fd, buffer);
            if (n == 0) {
                break;
            }
            if (n < 0) {
                Console.error("ls", path + ": " + Console.errno());
                status = 1;
                break;
            }
            if (Unistd.write(Unistd.STDOUT, buffer, 0, n) != n) {
                status = 1;
                break;
            }
        }
        Unistd.close(fd);
        return status;
    }
}
