package java.io;

/** A destination of data that can be flushed. */
public interface Flushable {
    /** Writes out buffered output. @throws IOException on failure */
    void flush() throws IOException;
}
