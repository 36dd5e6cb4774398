package dev.moka.scheme;

/**
 * Where a daemon reads requests and writes responses: natively its scheme socket
 * ({@link SocketChannel}), hosted the kernel's socket object driven directly.
 */
public interface SchemeChannel {
    /**
     * Reads one request record and the bytes after it, waiting for one.
     *
     * @return the bytes read, or {@code -errno}
     */
    long read(byte[] buffer, int offset, int length);

    /**
     * Writes one response record and the bytes after it.
     *
     * @return the bytes written, or {@code -errno}
     */
    long write(byte[] buffer, int offset, int length);
}
