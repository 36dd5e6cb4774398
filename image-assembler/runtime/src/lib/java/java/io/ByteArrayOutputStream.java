package java.io;

import java.nio.charset.Charset;
import java.util.Objects;

/** Collects bytes in a growing array, as the JDK's ByteArrayOutputStream. */
public class ByteArrayOutputStream extends OutputStream {
    /** The bytes. */
    protected byte[] buf;
    /** How many of them are valid. */
    protected int count;

    /** Creates one with room for 32 bytes. */
    public ByteArrayOutputStream() {
        this(32);
    }

    /** @param size the initial room @throws IllegalArgumentException when negative */
    public ByteArrayOutputStream(int size) {
        if (size < 0) {
            throw new IllegalArgumentException("Negative initial size: " + size);
        }
        buf = new byte[size];
    }

    private void ensure(int minCapacity) {
        if (minCapacity > buf.length) {
            byte[] bigger = new byte[Math.max(buf.length * 2, minCapacity)];
            System.arraycopy(buf, 0, bigger, 0, count);
            buf = bigger;
        }
    }

    @Override
    public void write(int b) {
        ensure(count + 1);
        buf[count++] = (byte) b;
    }

    @Override
    public void write(byte[] b, int off, int len) {
        Objects.checkFromIndexSize(off, len, b.length);
        ensure(count + len);
        System.arraycopy(b, off, buf, count, len);
        count += len;
    }

    /** @param b every byte written */
    public void writeBytes(byte[] b) {
        write(b, 0, b.length);
    }

    /** @param out receives the bytes collected so far @throws IOException when it fails */
    public void writeTo(OutputStream out) throws IOException {
        out.write(buf, 0, count);
    }

    /** Forgets the bytes collected; the room stays. */
    public void reset() {
        count = 0;
    }

    /** @return a copy of the bytes collected */
    public byte[] toByteArray() {
        byte[] copy = new byte[count];
        System.arraycopy(buf, 0, copy, 0, count);
        return copy;
    }

    /** @return how many bytes were collected */
    public int size() {
        return count;
    }

    /** @return the bytes decoded as UTF-8, the default charset */
    @Override
    public String toString() {
        return new String(buf, 0, count);
    }

    /** @param charset how the bytes are encoded @return them decoded */
    public String toString(Charset charset) {
        return new String(buf, 0, count, charset);
    }

    /** @param charsetName how the bytes are encoded @return them decoded @throws UnsupportedEncodingException when unknown */
    public String toString(String charsetName) throws UnsupportedEncodingException {
        return new String(buf, 0, count, charsetName);
    }

    @Override
    public void close() {
    }
}
