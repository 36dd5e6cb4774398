package java.io;

import java.util.Objects;

/**
 * Standard input, file descriptor 0 (a kernel has none: it is always at its end), read a block at a
 * time as the JDK's buffered {@code System.in} is. The block is made on the first read, so an image
 * that never reads standard input pays for no more than this object.
 */
public final class MokaStandardInput extends InputStream {
    private byte[] block;
    private int count;
    private int next;

    /** For {@code System.in}. */
    public MokaStandardInput() {
    }

    private boolean fill() {
        if (block == null) {
            block = new byte[8192];
        }
        int n = MokaIo.read(0, block, 0, block.length);
        count = Math.max(n, 0);
        next = 0;
        return n > 0;
    }

    @Override
    public int read() {
        if (next >= count && !fill()) {
            return -1;
        }
        return block[next++] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) {
        Objects.checkFromIndexSize(off, len, b.length);
        if (len == 0) {
            return 0;
        }
        if (next >= count) {
            if (len >= 8192) {
                return MokaIo.read(0, b, off, len);
            }
            if (!fill()) {
                return -1;
            }
        }
        int n = Math.min(len, count - next);
        System.arraycopy(block, next, b, off, n);
        next += n;
        return n;
    }

    @Override
    public int available() {
        return count - next;
    }
}
