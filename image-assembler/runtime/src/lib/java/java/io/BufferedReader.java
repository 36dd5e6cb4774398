package java.io;

/**
 * Reads characters a block at a time and hands out characters and lines, as the JDK's
 * BufferedReader: a line ends at {@code \n}, {@code \r} or {@code \r\n}, and the last line needs no
 * terminator.
 */
public class BufferedReader extends Reader {
    private final Reader in;
    private final char[] buffer;
    private int count;
    private int next;
    private boolean skipLineFeed;

    /** @param in the source */
    public BufferedReader(Reader in) {
        this(in, 8192);
    }

    /** @param in the source @param size the block size @throws IllegalArgumentException when not positive */
    public BufferedReader(Reader in, int size) {
        if (size <= 0) {
            throw new IllegalArgumentException("Buffer size <= 0");
        }
        this.in = in;
        this.buffer = new char[size];
    }

    private boolean fill() throws IOException {
        while (next >= count) {
            int n = in.read(buffer, 0, buffer.length);
            if (n < 0) {
                return false;
            }
            count = n;
            next = 0;
        }
        return true;
    }

    /** Drops a {@code \n} that completes a {@code \r} the previous line ended with. */
    private boolean fillSkippingLineFeed() throws IOException {
        if (!fill()) {
            return false;
        }
        if (skipLineFeed) {
            skipLineFeed = false;
            if (buffer[next] == '\n') {
                next++;
                return fillSkippingLineFeed();
            }
        }
        return true;
    }

    @Override
    public int read() throws IOException {
        return fillSkippingLineFeed() ? buffer[next++] : -1;
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        checkRange(cbuf, off, len);
        if (len == 0) {
            return 0;
        }
        if (!fillSkippingLineFeed()) {
            return -1;
        }
        int n = Math.min(len, count - next);
        System.arraycopy(buffer, next, cbuf, off, n);
        next += n;
        return n;
    }

    /** @return the next line without its terminator, or null at the end @throws IOException on failure */
    public String readLine() throws IOException {
        StringBuilder line = null;
        while (true) {
            if (!fillSkippingLineFeed()) {
                return line == null ? null : line.toString();
            }
            int start = next;
            while (next < count && buffer[next] != '\n' && buffer[next] != '\r') {
                next++;
            }
            if (line == null) {
                line = new StringBuilder(next - start + 16);
            }
            line.append(buffer, start, next - start);
            if (next < count) {
                skipLineFeed = buffer[next] == '\r';
                next++;
                return line.toString();
            }
        }
    }

    @Override
    public boolean ready() throws IOException {
        return next < count || in.ready();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
