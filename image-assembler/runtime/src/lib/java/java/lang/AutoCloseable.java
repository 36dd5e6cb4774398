package java.lang;

/** A resource for try-with-resources. */
public interface AutoCloseable {
    /** @throws Exception when closing fails */
    void close() throws Exception;
}
