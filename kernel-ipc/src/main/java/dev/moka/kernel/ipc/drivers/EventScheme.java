package dev.moka.kernel.ipc.drivers;

import dev.moka.kernel.api.syscall.Errno;
import dev.moka.kernel.api.syscall.EventRecord;
import dev.moka.kernel.api.syscall.OpenFlags;
import dev.moka.kernel.ipc.Blocker;
import dev.moka.kernel.ipc.Caller;
import dev.moka.kernel.ipc.Handles;
import dev.moka.kernel.ipc.WaitChannel;
import dev.moka.kernel.ipc.fd.FileTable;
import dev.moka.kernel.ipc.fd.OpenFile;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code event:}: wait on several descriptors at once, Redox's way. {@code open("event:")} makes a
 * queue. Writing {@link EventRecord}s to it subscribes descriptors of the process that opened it:
 * {@code id} the descriptor, {@code flags} the events wanted ({@code EVENT_READ}, {@code EVENT_WRITE};
 * 0 ends the subscription), {@code data} a word returned with each event. Reading it gives one record
 * per subscribed descriptor that is ready now, {@code flags} holding the ready events among those
 * wanted, as many as fit; it waits while none is ready (or gives {@code EAGAIN} with
 * {@code O_NONBLOCK}).
 *
 * <p>Events are level-triggered: a descriptor is reported as long as it is ready, so a reader that
 * serves one read per event loses nothing. Readiness comes from each scheme's
 * {@link dev.moka.kernel.ipc.Scheme#readiness}; a subscription follows the open file, so it ends by
 * itself when the file's last descriptor closes. A queue's readers sleep on a channel of the queue's
 * own, which watches the channels each subscribed scheme names ({@code readinessChannels}); the
 * kernel's {@link ReadinessBlocker} wakes it with them. An event queue subscribed in another is
 * reported when the outer one looks, but does not wake it.
 *
 * <p>Errors: a record length that is not a whole number of records is {@code EINVAL}, as are unknown
 * flags; a descriptor that is not open is {@code EBADF}; a read with room for no record is
 * {@code EINVAL}.
 */
public final class EventScheme extends DeviceFile {
    /** The file tables of processes, by pid. */
    @FunctionalInterface
    public interface Files {
        /**
         * @param pid a process id
         * @return its file table, or null when it has none
         */
        FileTable of(int pid);
    }

    private final Files files;
    private final Blocker blocker;
    private final Handles<Queue> handles = new Handles<>();

    /**
     * @param files   where a subscriber's descriptors are looked up
     * @param blocker how readers wait; it must wake a channel's watchers with it ({@link ReadinessBlocker})
     */
    public EventScheme(Files files, Blocker blocker) {
        this.files = files;
        this.blocker = blocker;
    }

    @Override
    protected boolean isOpen(long handle) {
        return handles.get(handle) != null;
    }

    @Override
    public long open(String path, int flags, Caller caller) {
        if (!path.isEmpty()) {
            return -Errno.ENOENT;
        }
        if ((flags & OpenFlags.O_DIRECTORY) != 0) {
            return -Errno.ENOTDIR;
        }
        return handles.add(new Queue(caller.pid()));
    }

    @Override
    public long write(long handle, byte[] buffer, int offset, int length, long position, int flags) {
        Queue queue = handles.get(handle);
        if (queue == null) {
            return -Errno.EBADF;
        }
        if (length == 0 || length % EventRecord.SIZE != 0) {
            return -Errno.EINVAL;
        }
        FileTable table = files.of(queue.pid);
        for (int at = offset; at < offset + length; at += EventRecord.SIZE) {
            long fd = word(buffer, at + EventRecord.OFFSET_ID);
            long wanted = word(buffer, at + EventRecord.OFFSET_FLAGS);
            if ((wanted & ~(long) EventRecord.ALL) != 0) {
                return -Errno.EINVAL;
            }
            OpenFile file = table == null || fd < 0 || fd >= table.limit() ? null : table.get((int) fd);
            if (file == null) {
                return -Errno.EBADF;
            }
            queue.unsubscribe((int) fd);
            if (wanted != 0) {
                queue.subscribe(new Subscription((int) fd, file, (int) wanted,
                        word(buffer, at + EventRecord.OFFSET_DATA),
                        file.scheme().readinessChannels(file.handle())));
            }
        }
        return length;
    }

    @Override
    public long read(long handle, byte[] buffer, int offset, int length, long position, int flags) {
        Queue queue = handles.get(handle);
        if (queue == null) {
            return -Errno.EBADF;
        }
        if (length < EventRecord.SIZE) {
            return -Errno.EINVAL;
        }
        for (;;) {
            int written = queue.collect(buffer, offset, length / EventRecord.SIZE);
            if (written > 0) {
                return (long) written * EventRecord.SIZE;
            }
            if ((flags & OpenFlags.O_NONBLOCK) != 0) {
                return -Errno.EAGAIN;
            }
            if (!blocker.sleep(queue.ready)) {
                return -Errno.EINTR;
            }
        }
    }

    /** An event queue is ready to read when a subscribed descriptor is ready. */
    @Override
    public int readiness(long handle) {
        Queue queue = handles.get(handle);
        if (queue == null) {
            return -Errno.EBADF;
        }
        return queue.anyReady() ? EventRecord.EVENT_READ : 0;
    }

    @Override
    public long close(long handle) {
        Queue queue = handles.remove(handle);
        if (queue == null) {
            return -Errno.EBADF;
        }
        queue.unsubscribeAll();
        return 0;
    }

    private static long word(byte[] buffer, int at) {
        long value = 0;
        for (int i = 0; i < Long.BYTES; i++) {
            value |= (buffer[at + i] & 0xFFL) << (8 * i);
        }
        return value;
    }

    private static void putWord(byte[] buffer, int at, long value) {
        for (int i = 0; i < Long.BYTES; i++) {
            buffer[at + i] = (byte) (value >>> (8 * i));
        }
    }

    /** One descriptor watched: the open file it named when subscribed, and the channels watched for it. */
    private record Subscription(int fd, OpenFile file, int wanted, long data, WaitChannel[] channels) {
        /** @return the ready events among those wanted; 0 once the file is closed */
        int ready() {
            if (file.references() == 0) {
                return 0;
            }
            int ready = file.scheme().readiness(file.handle());
            return ready < 0 ? 0 : ready & wanted;
        }
    }

    /** One event queue: its opener, what it watches, and the channel its readers sleep on. */
    private static final class Queue {
        final int pid;
        final List<Subscription> subscriptions = new ArrayList<>();
        final WaitChannel ready = new WaitChannel("event queue");

        Queue(int pid) {
            this.pid = pid;
        }

        void subscribe(Subscription s) {
            subscriptions.add(s);
            for (WaitChannel channel : s.channels()) {
                channel.addWatcher(ready);
            }
        }

        void drop(int index) {
            for (WaitChannel channel : subscriptions.remove(index).channels()) {
                channel.removeWatcher(ready);
            }
        }

        void unsubscribe(int fd) {
            for (int i = subscriptions.size() - 1; i >= 0; i--) {
                if (subscriptions.get(i).fd() == fd) {
                    drop(i);
                }
            }
        }

        void unsubscribeAll() {
            for (int i = subscriptions.size() - 1; i >= 0; i--) {
                drop(i);
            }
        }

        boolean anyReady() {
            for (Subscription s : subscriptions) {
                if (s.ready() != 0) {
                    return true;
                }
            }
            return false;
        }

        /** Writes a record per ready subscription, at most {@code room}; drops those of closed files. */
        int collect(byte[] buffer, int offset, int room) {
            int count = 0;
            for (int i = 0; i < subscriptions.size() && count < room; i++) {
                Subscription s = subscriptions.get(i);
                if (s.file().references() == 0) {
                    drop(i--);
                    continue;
                }
                int ready = s.ready();
                if (ready != 0) {
                    int at = offset + count * EventRecord.SIZE;
                    putWord(buffer, at + EventRecord.OFFSET_ID, s.fd());
                    putWord(buffer, at + EventRecord.OFFSET_FLAGS, ready);
                    putWord(buffer, at + EventRecord.OFFSET_DATA, s.data());
                    count++;
                }
            }
            return count;
        }
    }
}
