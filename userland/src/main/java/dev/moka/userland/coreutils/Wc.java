package dev.moka.userland.coreutils;

import dev.moka.relibc.Fcntl;
import dev.moka.relibc.Unistd;
import dev.moka.userland.Console;

/** {@code wc [FILE...]}: lines, words and bytes of each file or of standard input, then a total for several. */
public final class Wc {
    private Wc() {
    }

    /** @param args the files */
    public static void main(String[] args) {
        long[] total = new long[3];
        int status = 0;
        if (args.length == 0) {
            long[] counts = count(Unistd.STDIN);
            Console.println(format(counts, null));
            System.exit(counts == null ? 1 : 0);
        }
        for (String file : args) {
            int fd = Fcntl.open(file, dev.moka.kernel.api.syscall.OpenFlags.O_RDONLY);
            long[] counts = fd < 0 ? null : count(fd);
            if (fd >= 0) {
                Unistd.close(fd);
            }
            if (counts == null) {
                Console.error("wc", file + ": " + Console.errno());
                status = 1;
                continue;
            }
            for (int i = 0; i < 3; i++) {
                total[i] += counts[i];
            }
            Console.println(format(counts, file));
        }
        if (args.length > 1) {
            Console.println(format(total, "total"));
        }
        System.exit(status);
    }

    private static long[] count(int fd) {
        byte[] buffer = new byte[4096];
        long lines = 0;
        long words = 0;
        long bytes = 0;
        boolean inWord = false;
        for (;;) {
            int n = Unistd.read(fd, buffer, 0, buffer.length);
            if (n < 0) {
                return null;
            }
            if (n == 0) {
                return new long[] {lines, words, bytes};
            }
            bytes += n;
            for (int i = 0; i < n; i++) {
                byte b = buffer[i];
                if (b == '\n') {
                    lines++;
                }
                boolean blank = b == ' ' || b == '\n' || b == '\t' || b == '\r';
                if (!blank && !inWord) {
                    words++;
                }
                inWord = !blank;
            }
        }
    }

    private static String format(long[] counts, String name) {
        if (counts == null) {
            return "wc: read failed";
        }
        return counts[0] + " " + counts[1] + " " + counts[2] + (name == null ? "" : " " + name);
    }
}
