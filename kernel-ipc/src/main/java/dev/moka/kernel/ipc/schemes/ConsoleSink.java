package dev.moka.kernel.ipc.schemes;

/** Where {@code debug:} sends what processes write: the serial line, a screen, a test's buffer. */
public interface ConsoleSink {
    /**
     * @param bytes  the bytes written
     * @param offset the first
     * @param length how many; all of them are taken
     */
    void write(byte[] bytes, int offset, int length);
}
