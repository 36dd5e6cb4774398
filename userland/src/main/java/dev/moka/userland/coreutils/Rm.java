package dev.moka.userland.coreutils;

import dev.moka.relibc.Unistd;
import dev.moka.userland.Console;

/** {@code rm [-d] FILE...}: removes files; with {@code -d}, empty directories too. */
public final class Rm {
    private Rm() {
    }

    /** @param args the files */
    public static void main(String[] args) {
        boolean directories = args.length > 0 && args[0].equals("-d");
        int status = args.length == (directories ? 1 : 0) ? usage() : 0;
        for (int i = directories ? 1 : 0; i < args.length; i++) {
            int result = Unistd.unlink(args[i]);
            if (result < 0 && directories && dev.moka.relibc.Errno.errno() == dev.moka.kernel.api.syscall.Errno.EISDIR) {
                result = Unistd.rmdir(args[i]);
            }
            if (result < 0) {
                Console.error("rm", args[i] + ": " + Console.errno());
                status = 1;
            }
        }
        System.exit(status);
    }

    private static int usage() {
        Console.error("rm", "usage: rm [-d] FILE...");
        return 2;
    }
}
