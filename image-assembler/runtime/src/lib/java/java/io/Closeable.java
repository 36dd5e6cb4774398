package java.io;

/** A source or destination of data that can be closed. */
public interface Closeable extends AutoCloseable {
    /** Releases what the stream holds; closing twice has no effect. @throws IOException on failure */
    @Override
    void close() throws IOException;
}
