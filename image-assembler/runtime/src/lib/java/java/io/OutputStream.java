package java.io;

import java.util.Objects;

/** A destination of bytes, as the JDK's OutputStream. */
public abstract class OutputStream implements Closeable, Flushable {
    /** For subclasses. */
    public OutputStream() {
    }

    /** @param b the byte to write, the low eight bits @throws IOException on failure */
    public abstract void write(int b) throws IOException;

    /** @param b every byte written @throws IOException on failure */
    public void write(byte[] b) throws IOException {
        write(b, 0, b.length);
    }

    /**
     * Writes byte by byte with {@link #write(int)}; subclasses with a faster way override it.
     *
     * @param b source @param off first index @param len how many bytes
     * @throws IOException on failure
     */
    public void write(byte[] b, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, b.length);
        for (int i = 0; i < len; i++) {
            write(b[off + i]);
        }
    }

    @Override
    public void flush() throws IOException {
    }

    @Override
    public void close() throws IOException {
    }
}
