package dev.moka.kernel.api.syscall;

/**
 * Little-endian loads and stores in byte arrays: how the structures of the system-call ABI
 * ({@link Stat}, {@link TimeSpec}, descriptor pairs) are laid out in user memory on x86_64.
 */
public final class LittleEndian {
    private LittleEndian() {
    }

    /**
     * @param bytes  the array
     * @param offset where the value starts
     * @param value  the low 16 bits are stored
     */
    public static void putShort(byte[] bytes, int offset, int value) {
        bytes[offset] = (byte) value;
        bytes[offset + 1] = (byte) (value >> 8);
    }

    /**
     * @param bytes  the array
     * @param offset where the value starts
     * @param value  the value
     */
    public static void putInt(byte[] bytes, int offset, int value) {
        for (int i = 0; i < 4; i++) {
            bytes[offset + i] = (byte) (value >> (8 * i));
        }
    }

    /**
     * @param bytes  the array
     * @param offset where the value starts
     * @param value  the value
     */
    public static void putLong(byte[] bytes, int offset, long value) {
        // Unrolled, highest index first: an offset past the end throws before any byte is written.
        bytes[offset + 7] = (byte) (value >> 56);
        bytes[offset + 6] = (byte) (value >> 48);
        bytes[offset + 5] = (byte) (value >> 40);
        bytes[offset + 4] = (byte) (value >> 32);
        bytes[offset + 3] = (byte) (value >> 24);
        bytes[offset + 2] = (byte) (value >> 16);
        bytes[offset + 1] = (byte) (value >> 8);
        bytes[offset] = (byte) value;
    }

    /**
     * @param bytes  the array
     * @param offset where the value starts
     * @return the unsigned 16-bit value
     */
    public static int getShort(byte[] bytes, int offset) {
        return (bytes[offset] & 0xFF) | (bytes[offset + 1] & 0xFF) << 8;
    }

    /**
     * @param bytes  the array
     * @param offset where the value starts
     * @return the value
     */
    public static int getInt(byte[] bytes, int offset) {
        int value = 0;
        for (int i = 3; i >= 0; i--) {
            value = value << 8 | (bytes[offset + i] & 0xFF);
        }
        return value;
    }

    /**
     * @param bytes  the array
     * @param offset where the value starts
     * @return the value
     */
    public static long getLong(byte[] bytes, int offset) {
        return (bytes[offset + 7] & 0xFFL) << 56 | (bytes[offset + 6] & 0xFFL) << 48 | (bytes[offset + 5] & 0xFFL) << 40
                | (bytes[offset + 4] & 0xFFL) << 32 | (bytes[offset + 3] & 0xFFL) << 24 | (bytes[offset + 2] & 0xFFL) << 16
                | (bytes[offset + 1] & 0xFFL) << 8 | bytes[offset] & 0xFFL;
    }
}
