package java.io;

import java.util.Objects;

/** Reads its source in blocks and hands out bytes from the block, as the JDK's BufferedInputStream. */
public class BufferedInputStream extends InputStream {
    /** The source. */
    protected InputStream in;
    /** The block, made on first read. */
    protected byte[] buf;
    /** How many bytes of the block are valid. */
    protected int count;
    /** The next byte of the block to hand out. */
    protected int pos;
    private final int size;

    /** @param in the source */
    public BufferedInputStream(InputStream in) {
        this(in, 8192);
    }

    /** @param in the source @param size the block size @throws IllegalArgumentException when not positive */
    public BufferedInputStream(InputStream in, int size) {
        if (size <= 0) {
            throw new IllegalArgumentException("Buffer size <= 0");
        }
        this.in = in;
        this.size = size;
    }

    private boolean fill() throws IOException {
        if (buf == null) {
            buf = new byte[size];
        }
        int n = in.read(buf, 0, buf.length);
        count = Math.max(n, 0);
        pos = 0;
        return n > 0;
    }

    @Override
    public int read() throws IOException {
        if (pos >= count && !fill()) {
            return -1;
        }
        return buf[pos++] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, b.length);
        if (len == 0) {
            return 0;
        }
        if (pos >= count) {
            if (len >= size) {
                return in.read(b, off, len);
            }
            if (!fill()) {
                return -1;
            }
        }
        int n = Math.min(len, count - pos);
        System.arraycopy(buf, pos, b, off, n);
        pos += n;
        return n;
    }

    @Override
    public int available() throws IOException {
        return count - pos + in.available();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
