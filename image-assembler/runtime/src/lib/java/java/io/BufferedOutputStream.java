package java.io;

import java.util.Objects;

/** Collects bytes in a block and passes the block on when full or flushed, as the JDK's BufferedOutputStream. */
public class BufferedOutputStream extends FilterOutputStream {
    /** The block. */
    protected byte[] buf;
    /** How many bytes of the block are filled. */
    protected int count;

    /** @param out the stream written to */
    public BufferedOutputStream(OutputStream out) {
        this(out, 8192);
    }

    /** @param out the stream written to @param size the block size @throws IllegalArgumentException when not positive */
    public BufferedOutputStream(OutputStream out, int size) {
        super(out);
        if (size <= 0) {
            throw new IllegalArgumentException("Buffer size <= 0");
        }
        buf = new byte[size];
    }

    private void flushBuffer() throws IOException {
        if (count > 0) {
            out.write(buf, 0, count);
            count = 0;
        }
    }

    @Override
    public void write(int b) throws IOException {
        if (count >= buf.length) {
            flushBuffer();
        }
        buf[count++] = (byte) b;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, b.length);
        if (len >= buf.length) {
            flushBuffer();
            out.write(b, off, len);
            return;
        }
        if (len > buf.length - count) {
            flushBuffer();
        }
        System.arraycopy(b, off, buf, count, len);
        count += len;
    }

    @Override
    public void flush() throws IOException {
        flushBuffer();
        out.flush();
    }
}
