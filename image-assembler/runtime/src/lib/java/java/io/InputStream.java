package java.io;

import java.util.Objects;

/** A source of bytes, read one at a time or into arrays, as the JDK's InputStream. */
public abstract class InputStream implements Closeable {
    private static final int CHUNK = 8192;

    /** For subclasses. */
    public InputStream() {
    }

    /** @return the next byte, 0 to 255, or -1 at the end @throws IOException on failure */
    public abstract int read() throws IOException;

    /** @param b filled from the start @return how many bytes were read, or -1 at the end @throws IOException on failure */
    public int read(byte[] b) throws IOException {
        return read(b, 0, b.length);
    }

    /**
     * Reads byte by byte with {@link #read()}; subclasses with a faster way override it.
     *
     * @param b destination @param off first index @param len most bytes to read
     * @return how many bytes were read (0 when len is 0), or -1 at the end
     * @throws IOException on failure
     */
    public int read(byte[] b, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, b.length);
        if (len == 0) {
            return 0;
        }
        int c = read();
        if (c == -1) {
            return -1;
        }
        b[off] = (byte) c;
        int i = 1;
        for (; i < len; i++) {
            c = read();
            if (c == -1) {
                break;
            }
            b[off + i] = (byte) c;
        }
        return i;
    }

    /** @return every byte up to the end @throws IOException on failure */
    public byte[] readAllBytes() throws IOException {
        return readNBytes(Integer.MAX_VALUE);
    }

    /** @param len most bytes to read @return the bytes read, fewer only at the end @throws IOException on failure */
    public byte[] readNBytes(int len) throws IOException {
        if (len < 0) {
            throw new IllegalArgumentException("len < 0");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] chunk = new byte[CHUNK];
        int remaining = len;
        while (remaining > 0) {
            int n = read(chunk, 0, Math.min(chunk.length, remaining));
            if (n < 0) {
                break;
            }
            out.write(chunk, 0, n);
            remaining -= n;
        }
        return out.toByteArray();
    }

    /**
     * @param b destination @param off first index @param len bytes wanted
     * @return how many were read: len, or fewer at the end @throws IOException on failure
     */
    public int readNBytes(byte[] b, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, b.length);
        int n = 0;
        while (n < len) {
            int count = read(b, off + n, len - n);
            if (count < 0) {
                break;
            }
            n += count;
        }
        return n;
    }

    /** @param n bytes to skip @return how many were skipped @throws IOException on failure */
    public long skip(long n) throws IOException {
        long remaining = n;
        byte[] chunk = new byte[(int) Math.min(CHUNK, Math.max(n, 0))];
        while (remaining > 0) {
            int count = read(chunk, 0, (int) Math.min(chunk.length, remaining));
            if (count < 0) {
                break;
            }
            remaining -= count;
        }
        return n - remaining;
    }

    /** @return how many bytes can be read without blocking; 0 here @throws IOException on failure */
    public int available() throws IOException {
        return 0;
    }

    /** @param out receives every byte up to the end @return how many were copied @throws IOException on failure */
    public long transferTo(OutputStream out) throws IOException {
        Objects.requireNonNull(out, "out");
        long total = 0;
        byte[] chunk = new byte[CHUNK];
        int n;
        while ((n = read(chunk, 0, chunk.length)) >= 0) {
            out.write(chunk, 0, n);
            total += n;
        }
        return total;
    }

    @Override
    public void close() throws IOException {
    }
}
