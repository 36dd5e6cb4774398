package java.io;

import java.util.Objects;

/** Standard input, file descriptor 0, read with one system call per request (a kernel has none). */
final class MokaStandardInput extends InputStream {
    private final byte[] one = new byte[1];

    @Override
    public int read() throws IOException {
        return MokaIo.read(0, one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, b.length);
        return len == 0 ? 0 : MokaIo.read(0, b, off, len);
    }
}
