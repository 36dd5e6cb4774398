package dev.moka.kernel.api.syscall;

/**
 * A point in time or a duration as the ABI passes it: Redox's {@code struct TimeSpec}
 * ({@code tv_sec: i64, tv_nsec: i32}), {@value #SIZE} bytes with the trailing padding.
 *
 * @param seconds whole seconds
 * @param nanos   nanoseconds, {@code 0..999_999_999}
 */
public record TimeSpec(long seconds, int nanos) {
    /** The size of the structure in user memory. */
    public static final int SIZE = 16;

    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    /**
     * @param nanos nanoseconds, not negative
     * @return the same time as seconds and nanoseconds
     */
    public static TimeSpec ofNanos(long nanos) {
        return new TimeSpec(nanos / NANOS_PER_SECOND, (int) (nanos % NANOS_PER_SECOND));
    }

    /**
     * Writes the structure without allocating: the way a hot path stores a clock reading.
     *
     * @param nanos  nanoseconds, not negative
     * @param out    at least {@link #SIZE} bytes from {@code offset}
     * @param offset where the structure starts
     */
    public static void encodeNanos(long nanos, byte[] out, int offset) {
        LittleEndian.putLong(out, offset, nanos / NANOS_PER_SECOND);
        LittleEndian.putInt(out, offset + 8, (int) (nanos % NANOS_PER_SECOND));
        LittleEndian.putInt(out, offset + 12, 0);
    }

    /**
     * @param out    at least {@link #SIZE} bytes from {@code offset}
     * @param offset where the structure starts
     */
    public void encode(byte[] out, int offset) {
        LittleEndian.putLong(out, offset, seconds);
        LittleEndian.putInt(out, offset + 8, nanos);
        LittleEndian.putInt(out, offset + 12, 0);
    }

    /**
     * @param in     at least {@link #SIZE} bytes from {@code offset}
     * @param offset where the structure starts
     * @return the structure read back
     */
    public static TimeSpec decode(byte[] in, int offset) {
        return new TimeSpec(LittleEndian.getLong(in, offset), LittleEndian.getInt(in, offset + 8));
    }
}
