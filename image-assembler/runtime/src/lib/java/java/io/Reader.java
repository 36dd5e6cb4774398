package java.io;

import java.util.Objects;

/** A source of characters, as the JDK's Reader. */
public abstract class Reader implements Closeable {
    /** For subclasses. */
    protected Reader() {
    }

    /**
     * @param cbuf destination @param off first index @param len most chars to read
     * @return how many chars were read (0 when len is 0), or -1 at the end
     * @throws IOException on failure
     */
    public abstract int read(char[] cbuf, int off, int len) throws IOException;

    /** @return the next char, or -1 at the end @throws IOException on failure */
    public int read() throws IOException {
        char[] one = new char[1];
        return read(one, 0, 1) == -1 ? -1 : one[0];
    }

    /** @param cbuf filled from the start @return how many chars were read, or -1 at the end @throws IOException on failure */
    public int read(char[] cbuf) throws IOException {
        return read(cbuf, 0, cbuf.length);
    }

    /** @param n chars to skip @return how many were skipped @throws IOException on failure */
    public long skip(long n) throws IOException {
        if (n < 0L) {
            throw new IllegalArgumentException("skip value is negative");
        }
        char[] chunk = new char[(int) Math.min(n, 8192)];
        long remaining = n;
        while (remaining > 0) {
            int count = read(chunk, 0, (int) Math.min(remaining, chunk.length));
            if (count == -1) {
                break;
            }
            remaining -= count;
        }
        return n - remaining;
    }

    /** @return whether a read would not block; false here @throws IOException on failure */
    public boolean ready() throws IOException {
        return false;
    }

    static void checkRange(char[] cbuf, int off, int len) {
        Objects.checkFromIndexSize(off, len, cbuf.length);
    }
}
