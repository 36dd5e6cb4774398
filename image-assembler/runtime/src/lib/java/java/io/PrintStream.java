package java.io;

/**
 * A byte stream to a file descriptor that prints text as UTF-8. Output is buffered and flushed at
 * each line end on the error stream, when the buffer fills, and when the program exits. As on the
 * JDK, it is an output stream, and its methods never throw IOException.
 */
public class PrintStream extends OutputStream {
    private final int fd;
    private final byte[] buffer = new byte[8192];
    private int count;

    /** @param fd the file descriptor to write to */
    public PrintStream(int fd) {
        this.fd = fd;
    }

    private static boolean isHighSurrogate(char c) {
        return c >= 0xd800 && c <= 0xdbff;
    }

    private static boolean isLowSurrogate(char c) {
        return c >= 0xdc00 && c <= 0xdfff;
    }

    /** Writes out buffered bytes. */
    @Override
    public void flush() {
        if (count > 0) {
            MokaIo.write(fd, buffer, count);
            count = 0;
        }
    }

    /** @param b one byte */
    @Override
    public void write(int b) {
        if (count == buffer.length) {
            flush();
        }
        buffer[count++] = (byte) b;
    }

    /** @param b source @param off first index @param len how many bytes */
    @Override
    public void write(byte[] b, int off, int len) {
        java.util.Objects.checkFromIndexSize(off, len, b.length);
        for (int i = 0; i < len; i++) {
            write(b[off + i]);
        }
    }

    /** @param b every byte written */
    @Override
    public void write(byte[] b) {
        write(b, 0, b.length);
    }

    /** @param b every byte written */
    public void writeBytes(byte[] b) {
        write(b, 0, b.length);
    }

    /** Flushes; standard output and error stay open. */
    @Override
    public void close() {
        flush();
    }

    /** @param s printed as UTF-8, "null" for null */
    public void print(String s) {
        if (s == null) {
            s = "null";
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                write(c);
            } else if (c < 0x800) {
                write(0xc0 | (c >> 6));
                write(0x80 | (c & 0x3f));
            } else if (isHighSurrogate(c) && i + 1 < s.length() && isLowSurrogate(s.charAt(i + 1))) {
                int cp = ((c - 0xd800) << 10) + (s.charAt(i + 1) - 0xdc00) + 0x10000;
                i++;
                write(0xf0 | (cp >> 18));
                write(0x80 | ((cp >> 12) & 0x3f));
                write(0x80 | ((cp >> 6) & 0x3f));
                write(0x80 | (cp & 0x3f));
            } else if (c >= 0xd800 && c <= 0xdfff) {
                write('?');
            } else {
                write(0xe0 | (c >> 12));
                write(0x80 | ((c >> 6) & 0x3f));
                write(0x80 | (c & 0x3f));
            }
        }
        if (fd == 2) {
            flush();
        }
    }

    /** @param o printed through String.valueOf */
    public void print(Object o) {
        print(String.valueOf(o));
    }

    /** @param i printed in decimal */
    public void print(int i) {
        print(String.valueOf(i));
    }

    /** @param l printed in decimal */
    public void print(long l) {
        print(String.valueOf(l));
    }

    /** @param c printed as one character */
    public void print(char c) {
        print(String.valueOf(c));
    }

    /** @param b printed as true or false */
    public void print(boolean b) {
        print(String.valueOf(b));
    }

    /** @param chars printed as text */
    public void print(char[] chars) {
        print(new String(chars));
    }

    /** Ends the line. */
    public void println() {
        write('\n');
        if (fd == 2) {
            flush();
        }
    }

    /** @param s printed, then the line ends */
    public void println(String s) {
        print(s);
        println();
    }

    /** @param o printed, then the line ends */
    public void println(Object o) {
        print(String.valueOf(o));
        println();
    }

    /** @param i printed, then the line ends */
    public void println(int i) {
        print(i);
        println();
    }

    /** @param l printed, then the line ends */
    public void println(long l) {
        print(l);
        println();
    }

    /** @param c printed, then the line ends */
    public void println(char c) {
        print(c);
        println();
    }

    /** @param b printed, then the line ends */
    public void println(boolean b) {
        print(b);
        println();
    }

    /** @param chars printed, then the line ends */
    public void println(char[] chars) {
        print(chars);
        println();
    }

    /** @param f printed as Float.toString */
    public void print(float f) {
        print(Float.toString(f));
    }

    /** @param d printed as Double.toString */
    public void print(double d) {
        print(Double.toString(d));
    }

    /** @param f printed, then the line ends */
    public void println(float f) {
        print(f);
        println();
    }

    /** @param d printed, then the line ends */
    public void println(double d) {
        print(d);
        println();
    }

    /**
     * @param format printf-style format @param args its arguments @return this
     * @throws java.util.IllegalFormatException as String.format; text before the bad specifier is printed
     */
    public PrintStream printf(String format, Object... args) {
        return format(format, args);
    }

    /** @param format printf-style format @param args its arguments @return this */
    public PrintStream format(String format, Object... args) {
        new java.util.Formatter(this).format(format, args);
        return this;
    }
}
