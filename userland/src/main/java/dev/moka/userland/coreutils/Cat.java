package dev.moka.userland.coreutils;

import dev.moka.relibc.Fcntl;
import dev.moka.relibc.Unistd;
import dev.moka.userland.Console;

/** {@code cat [FILE...]}: copies each file, or standard input without one ({@code -} too), to standard output. */
public final class Cat {
    private Cat() {
    }

    /** @param args the files */
    public static void main(String[] args) {
        byte[] buffer = new byte[4096];
        int status = 0;
        if (args.length == 0) {
            status = copy(Unistd.STDIN, "-", buffer);
        }
        for (String file : args) {
            if (file.equals("-")) {
                status |= copy(Unistd.STDIN, file, buffer);
                continue;
            }
            int fd = Fcntl.open(file, dev.moka.kernel.api.syscall.OpenFlags.O_RDONLY);
            if (fd < 0) {
                Console.error("cat", file + ": " + Console.errno());
                status = 1;
                continue;
            }
            status |= copy(fd, file, buffer);
            Unistd.close(fd);
        }
        System.exit(status);
    }

    private static int copy(int fd, String name, byte[] buffer) {
        for (;;) {
            int n = Unistd.read(fd, buffer, 0, buffer.length);
            if (n == 0) {
                return 0;
            }
            if (n < 0 || Unistd.write(Unistd.STDOUT, buffer, 0, n) != n) {
                Console.error("cat", name + ": " + Console.errno());
                return 1;
            }
        }
    }
}
