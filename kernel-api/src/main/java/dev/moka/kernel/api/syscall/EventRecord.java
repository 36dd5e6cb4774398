package dev.moka.kernel.api.syscall;

/**
 * The record of {@code event:}, Redox's {@code struct Event}: 24 bytes, little-endian, {@code id u64
 * @0}, {@code flags u64 @8}, {@code data u64 @16}. Written to an {@code event:} descriptor it
 * subscribes the descriptor {@code id} to the events in {@code flags} (0 ends the subscription) and
 * {@code data} comes back with every event; read from it, it reports a descriptor that is ready, the
 * ready events in {@code flags}.
 */
public final class EventRecord {
    /** Bytes of one record. */
    public static final int SIZE = 24;
    /** Offset of the descriptor. */
    public static final int OFFSET_ID = 0;
    /** Offset of the events. */
    public static final int OFFSET_FLAGS = 8;
    /** Offset of the caller's word. */
    public static final int OFFSET_DATA = 16;
    /** The descriptor has something to read (or its end). */
    public static final int EVENT_READ = 1;
    /** The descriptor takes a write. */
    public static final int EVENT_WRITE = 2;
    /** Every event there is. */
    public static final int ALL = EVENT_READ | EVENT_WRITE;

    private EventRecord() {
    }
}
