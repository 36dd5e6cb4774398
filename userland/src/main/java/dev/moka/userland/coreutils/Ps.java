package dev.moka.userland.coreutils;

import dev.moka.relibc.Fcntl;
import dev.moka.relibc.Unistd;
import dev.moka.userland.Console;

/**
 * {@code ps}: the processes, from {@code sys:context}: a header {@code PID PPID STATE NAME} and one
 * line per process, in those columns.
 */
public final class Ps {
    private Ps() {
    }

    /** @param args none */
    public static void main(String[] args) {
        int fd = Fcntl.open("sys:context", dev.moka.kernel.api.syscall.OpenFlags.O_RDONLY);
        byte[] table = fd < 0 ? null : Console.readAll(fd);
        if (table == null) {
            Console.error("ps", "sys:context: " + Console.errno());
            System.exit(1);
        }
        Unistd.close(fd);
        StringBuilder out = new StringBuilder();
        String text = Console.ascii(table);
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            String[] columns = columns(text.substring(start, end));
            if (columns.length >= 4) {
                out.append(pad(columns[0], 6)).append(pad(columns[1], 6)).append(pad(columns[2], 9)).append(columns[3]);
                for (int i = 4; i < columns.length; i++) {
                    out.append(' ').append(columns[i]);
                }
                out.append('\n');
            }
            start = end + 1;
        }
        Console.out(out.toString());
    }

    private static String[] columns(String line) {
        java.util.List<String> words = new java.util.ArrayList<>();
        int i = 0;
        while (i < line.length()) {
            while (i < line.length() && line.charAt(i) == ' ') {
                i++;
            }
            int start = i;
            while (i < line.length() && line.charAt(i) != ' ') {
                i++;
            }
            if (i > start) {
                words.add(line.substring(start, i));
            }
        }
        return words.toArray(new String[0]);
    }

    private static String pad(String column, int width) {
        StringBuilder padded = new StringBuilder(column);
        do {
            padded.append(' ');
        } while (padded.length() < width);
        return padded.toString();
    }
}
