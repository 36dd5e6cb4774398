package dev.moka.kernel.ipc.schemes;

/**
 * The kernel log behind {@code sys:log}: the newest {@code capacity} bytes of what the kernel
 * logged, older bytes overwritten. Appending never allocates.
 */
public final class LogBuffer {
    /** The size of the log unless its creator picks another. */
    public static final int DEFAULT_CAPACITY = 16 * 1024;

    private final ByteRing bytes;

    /** A log of {@link #DEFAULT_CAPACITY}. */
    public LogBuffer() {
        this(DEFAULT_CAPACITY);
    }

    /** @param capacity the bytes kept, at least 1 */
    public LogBuffer(int capacity) {
        bytes = new ByteRing(capacity);
    }

    /**
     * @param source the bytes to log
     * @param offset the first
     * @param length how many
     */
    public void append(byte[] source, int offset, int length) {
        bytes.putOverwriting(source, offset, length);
    }

    /**
     * Logs a line of ASCII text; other characters become {@code '?'}.
     *
     * @param line the text, without its end of line
     */
    public void appendLine(String line) {
        byte[] one = new byte[1];
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            one[0] = c < 128 ? (byte) c : (byte) '?';
            bytes.putOverwriting(one, 0, 1);
        }
        one[0] = '\n';
        bytes.putOverwriting(one, 0, 1);
    }

    /** @return a copy of the bytes kept, oldest first */
    public byte[] snapshot() {
        byte[] copy = new byte[bytes.count()];
        bytes.copy(0, copy, 0, copy.length);
        return copy;
    }
}
