package java.io;

/** Passes everything to another output stream, as the JDK's FilterOutputStream; a base for filters. */
public class FilterOutputStream extends OutputStream {
    /** The stream written to. */
    protected OutputStream out;

    /** @param out the stream written to */
    public FilterOutputStream(OutputStream out) {
        this.out = out;
    }

    @Override
    public void write(int b) throws IOException {
        out.write(b);
    }

    @Override
    public void write(byte[] b) throws IOException {
        write(b, 0, b.length);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        java.util.Objects.checkFromIndexSize(off, len, b.length);
        for (int i = 0; i < len; i++) {
            write(b[off + i]);
        }
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        flush();
        out.close();
    }
}
