package dev.moka.relibc.io;

import dev.moka.kernel.api.syscall.EventRecord;
import dev.moka.kernel.api.syscall.OpenFlags;
import dev.moka.relibc.Fcntl;
import dev.moka.relibc.Unistd;

/**
 * An {@code event:} queue: subscribe descriptors, then wait until some are ready. Events are
 * level-triggered: a descriptor is reported as long as it is ready.
 */
public final class EventQueue {
    private final int fd;
    private final byte[] record = new byte[EventRecord.SIZE];
    private final byte[] events;

    private EventQueue(int fd, int capacity) {
        this.fd = fd;
        this.events = new byte[capacity * EventRecord.SIZE];
    }

    /**
     * @param capacity how many events one {@link #await} reports at most
     * @return a new queue, or null with errno set
     */
    public static EventQueue open(int capacity) {
        int fd = Fcntl.open("event:", OpenFlags.O_RDWR | OpenFlags.O_CLOEXEC);
        return fd < 0 ? null : new EventQueue(fd, Math.max(1, capacity));
    }

    /** @return the queue's own descriptor */
    public int fd() {
        return fd;
    }

    /**
     * @param watched a descriptor of this process
     * @param flags   {@code EventRecord.EVENT_READ} and/or {@code EVENT_WRITE}; 0 ends the subscription
     * @param data    a word reported with each of its events
     * @return 0, or -1 with errno ({@code EBADF}, {@code EINVAL})
     */
    public int subscribe(int watched, int flags, long data) {
        put(0, watched);
        put(EventRecord.OFFSET_FLAGS, flags);
        put(EventRecord.OFFSET_DATA, data);
        return Unistd.write(fd, record, 0, record.length) < 0 ? -1 : 0;
    }

    /**
     * Waits until a subscribed descriptor is ready.
     *
     * @return how many events {@link #id}, {@link #flags} and {@link #data} describe, or -1 with errno
     */
    public int await() {
        int n = Unistd.read(fd, events, 0, events.length);
        return n < 0 ? -1 : n / EventRecord.SIZE;
    }

    /** @param index an event of the last {@link #await} @return its descriptor */
    public int id(int index) {
        return (int) get(index * EventRecord.SIZE + EventRecord.OFFSET_ID);
    }

    /** @param index an event of the last {@link #await} @return its ready events */
    public int flags(int index) {
        return (int) get(index * EventRecord.SIZE + EventRecord.OFFSET_FLAGS);
    }

    /** @param index an event of the last {@link #await} @return the word subscribed with it */
    public long data(int index) {
        return get(index * EventRecord.SIZE + EventRecord.OFFSET_DATA);
    }

    /** Closes the queue. */
    public void close() {
        Unistd.close(fd);
    }

    private void put(int at, long value) {
        for (int i = 0; i < 8; i++) {
            record[at + i] = (byte) (value >>> (8 * i));
        }
    }

    private long get(int at) {
        long value = 0;
        for (int i = 0; i < 8; i++) {
            value |= (events[at + i] & 0xFFL) << (8 * i);
        }
        return value;
    }
}
