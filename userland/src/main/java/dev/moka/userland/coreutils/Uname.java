package dev.moka.userland.coreutils;

import dev.moka.relibc.Fcntl;
import dev.moka.relibc.Unistd;
import dev.moka.userland.Console;

/** {@code uname [-a]}: the system's name ({@code Moka}); with {@code -a} also its version and machine, from {@code sys:uname}. */
public final class Uname {
    private Uname() {
    }

    /** @param args {@code -a} or nothing */
    public static void main(String[] args) {
        int fd = Fcntl.open("sys:uname", dev.moka.kernel.api.syscall.OpenFlags.O_RDONLY);
        byte[] text = fd < 0 ? null : Console.readAll(fd);
        if (text == null) {
            Console.error("uname", "sys:uname: " + Console.errno());
            System.exit(1);
        }
        Unistd.close(fd);
        String all = Console.ascii(text).strip().replace('\n', ' ');
        int blank = all.indexOf(' ');
        Console.println(args.length > 0 && args[0].equals("-a") || blank < 0 ? all : all.substring(0, blank));
    }
}
