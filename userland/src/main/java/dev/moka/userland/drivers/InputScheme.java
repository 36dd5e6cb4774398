package dev.moka.userland.drivers;

import dev.moka.kernel.api.syscall.Stat;
import dev.moka.kernel.api.syscall.Errno;
import dev.moka.scheme.SchemeHandler;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code input:}, the key events of the keyboard: every open handle gets the events that arrive
 * after it opened, {@value #EVENT_SIZE} bytes each: the scancode (make code, set 1), 1 when it had
 * the {@code 0xE0} prefix, 1 for a press or 0 for a release, and the character it types (0 for
 * none). A read gives the whole events waiting that fit; with none waiting it gives {@code EAGAIN}
 * at once (the daemon answers every request right away). A handle keeps at most
 * {@value #QUEUE_EVENTS} events; older ones are dropped.
 */
final class InputScheme implements SchemeHandler {
    static final int EVENT_SIZE = 4;
    static final int QUEUE_EVENTS = 256;

    /** Per handle: its waiting events; null for a free slot. */
    private final List<List<byte[]>> queues = new ArrayList<>();

    InputScheme() {
        queues.add(null); // handle 0 is never given out
    }

    /** Adds an event to every open handle's queue. */
    void publish(int code, boolean extended, boolean pressed, int character) {
        byte[] event = {(byte) code, (byte) (extended ? 1 : 0), (byte) (pressed ? 1 : 0), (byte) character};
        for (List<byte[]> queue : queues) {
            if (queue != null) {
                if (queue.size() == QUEUE_EVENTS) {
                    queue.remove(0);
                }
                queue.add(event);
            }
        }
    }

    private List<byte[]> queue(long handle) {
        return handle > 0 && handle < queues.size() ? queues.get((int) handle) : null;
    }

    @Override
    public long open(String path, int flags, long caller) {
        if (!path.isEmpty()) {
            return -Errno.ENOENT;
        }
        for (int h = 1; h < queues.size(); h++) {
            if (queues.get(h) == null) {
                queues.set(h, new ArrayList<>());
                return h;
            }
        }
        queues.add(new ArrayList<>());
        return queues.size() - 1;
    }

    @Override
    public long read(long handle, byte[] buffer, int offset, int length, long position) {
        List<byte[]> queue = queue(handle);
        if (queue == null) {
            return -Errno.EBADF;
        }
        if (length < EVENT_SIZE) {
            return -Errno.EINVAL;
        }
        if (queue.isEmpty()) {
            return -Errno.EAGAIN;
        }
        int n = 0;
        while (!queue.isEmpty() && n + EVENT_SIZE <= length) {
            System.arraycopy(queue.remove(0), 0, buffer, offset + n, EVENT_SIZE);
            n += EVENT_SIZE;
        }
        return n;
    }

    @Override
    public long write(long handle, byte[] buffer, int offset, int length, long position) {
        return queue(handle) == null ? -Errno.EBADF : -Errno.EACCES;
    }

    @Override
    public long close(long handle) {
        if (queue(handle) == null) {
            return -Errno.EBADF;
        }
        queues.set((int) handle, null);
        return 0;
    }

    @Override
    public long fsize(long handle) {
        return queue(handle) == null ? -Errno.EBADF : -Errno.ESPIPE;
    }

    @Override
    public long fstat(long handle, byte[] out, int offset) {
        if (queue(handle) == null) {
            return -Errno.EBADF;
        }
        Stat.of(Stat.MODE_CHR | 0444, 0).encode(out, offset);
        return 0;
    }

    @Override
    public long fpath(long handle, byte[] buffer, int offset, int length) {
        return queue(handle) == null ? -Errno.EBADF : 0;
    }

    @Override
    public long getdents(long handle, byte[] buffer, int offset, int length, long index) {
        return queue(handle) == null ? -Errno.EBADF : -Errno.ENOTDIR;
    }
}
