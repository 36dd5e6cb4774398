package dev.moka.userland;

import dev.moka.relibc.Errno;
import dev.moka.relibc.Unistd;

/** Output helpers the programs share: whole strings to a descriptor, and error lines. */
public final class Console {
    private Console() {
    }

    /** @param text written whole to standard output */
    public static void out(String text) {
        Unistd.writeAll(Unistd.STDOUT, text);
    }

    /** @param line written with a line feed to standard output */
    public static void println(String line) {
        out(line + "\n");
    }

    /**
     * Writes {@code program: message} to standard error.
     *
     * @param program the program's name
     * @param message what went wrong
     */
    public static void error(String program, String message) {
        Unistd.writeAll(Unistd.STDERR, program + ": " + message + "\n");
    }

    /** @return the current errno, described as {@code strerror} would */
    public static String errno() {
        return Errno.describe(Errno.errno());
    }

    /**
     * Reads a whole file.
     *
     * @param fd an open descriptor
     * @return its bytes up to the end, or null on a read error
     */
    public static byte[] readAll(int fd) {
        byte[] data = new byte[4096];
        int size = 0;
        for (;;) {
            if (size == data.length) {
                byte[] bigger = new byte[data.length * 2];
                System.arraycopy(data, 0, bigger, 0, size);
                data = bigger;
            }
            int n = Unistd.read(fd, data, size, data.length - size);
            if (n < 0) {
                return null;
            }
            if (n == 0) {
                byte[] exact = new byte[size];
                System.arraycopy(data, 0, exact, 0, size);
                return exact;
            }
            size += n;
        }
    }

    /** @param bytes ASCII or UTF-8 bytes @return them as a string (each byte one char) */
    public static String ascii(byte[] bytes) {
        char[] chars = new char[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            chars[i] = (char) (bytes[i] & 0xFF);
        }
        return new String(chars);
    }
}
