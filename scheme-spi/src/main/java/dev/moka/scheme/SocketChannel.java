package dev.moka.scheme;

import dev.moka.kernel.api.syscall.OpenFlags;
import dev.moka.relibc.Errno;
import dev.moka.relibc.Fcntl;
import dev.moka.relibc.Unistd;

/** A scheme socket through relibc: what a daemon serves its scheme over natively. */
public final class SocketChannel implements SchemeChannel {
    private final int fd;

    private SocketChannel(int fd) {
        this.fd = fd;
    }

    /**
     * Registers a scheme: {@code open(":name", O_CREAT)}. From its return, {@code name:} paths reach
     * this daemon, so a process that waits for this call to succeed knows the scheme is ready.
     *
     * @param name the scheme's name
     * @return the socket, or null with {@code Errno.errno()} set ({@code EEXIST} for a name taken)
     */
    public static SocketChannel register(String name) {
        int fd = Fcntl.open(":" + name, OpenFlags.O_CREAT | OpenFlags.O_RDWR | OpenFlags.O_CLOEXEC);
        return fd < 0 ? null : new SocketChannel(fd);
    }

    /** @return the socket's descriptor */
    public int fd() {
        return fd;
    }

    @Override
    public long read(byte[] buffer, int offset, int length) {
        int n = Unistd.read(fd, buffer, offset, length);
        return n < 0 ? -Errno.errno() : n;
    }

    @Override
    public long write(byte[] buffer, int offset, int length) {
        int n = Unistd.write(fd, buffer, offset, length);
        return n < 0 ? -Errno.errno() : n;
    }

    /** Closes the socket: the scheme leaves, and its callers get EIO. */
    public void close() {
        Unistd.close(fd);
    }
}
