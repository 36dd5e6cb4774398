package java.io;

import java.util.Objects;

/** Reads the bytes of an array, as the JDK's ByteArrayInputStream. */
public class ByteArrayInputStream extends InputStream {
    /** The bytes. */
    protected byte[] buf;
    /** The next byte to read. */
    protected int pos;
    /** One past the last byte to read. */
    protected int count;

    /** @param buf the bytes, not copied */
    public ByteArrayInputStream(byte[] buf) {
        this.buf = buf;
        this.count = buf.length;
    }

    /** @param buf the bytes, not copied @param offset the first one read @param length how many */
    public ByteArrayInputStream(byte[] buf, int offset, int length) {
        this.buf = buf;
        this.pos = offset;
        this.count = Math.min(offset + length, buf.length);
    }

    @Override
    public int read() {
        return pos < count ? buf[pos++] & 0xff : -1;
    }

    @Override
    public int read(byte[] b, int off, int len) {
        Objects.checkFromIndexSize(off, len, b.length);
        if (pos >= count) {
            return -1;
        }
        int n = Math.min(len, count - pos);
        System.arraycopy(buf, pos, b, off, n);
        pos += n;
        return n;
    }

    @Override
    public long skip(long n) {
        long k = Math.max(0, Math.min(n, count - pos));
        pos += (int) k;
        return k;
    }

    @Override
    public int available() {
        return count - pos;
    }
}
