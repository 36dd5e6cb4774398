package dev.moka.kernel.ipc.schemes;

import dev.moka.kernel.api.syscall.Errno;
import dev.moka.kernel.api.syscall.EventRecord;
import dev.moka.kernel.api.syscall.OpenFlags;
import dev.moka.kernel.api.syscall.Stat;
import dev.moka.kernel.ipc.Blocker;
import dev.moka.kernel.ipc.Caller;
import dev.moka.kernel.ipc.Handles;
import dev.moka.kernel.ipc.Scheme;
import dev.moka.kernel.ipc.WaitChannel;

/**
 * {@code pipe:}: kernel pipes, each a bounded buffer of {@value #CAPACITY} bytes between read ends
 * and write ends.
 *
 * <p>As in Redox, {@code open("pipe:")} makes a new pipe and returns its read end, and
 * {@code dup(readEnd, "write")} returns a write end of the same pipe ({@code "read"} another read
 * end); the {@code pipe2} call does both.
 *
 * <ul>
 *   <li>A read takes what is there, up to the length asked. On an empty pipe it waits (through the
 *       {@link Blocker}) while a write end is open, and returns 0, the end, once none is.</li>
 *   <li>A write puts what fits and waits while the pipe is full. With no read end open it fails with
 *       {@code -EPIPE}, since nobody could ever read the bytes.</li>
 *   <li>With {@code O_NONBLOCK} either returns {@code -EAGAIN} instead of waiting; a wait the
 *       blocker abandons returns {@code -EINTR}.</li>
 * </ul>
 * Pipes are streams: {@code fsize} is {@code -ESPIPE}; {@code fstat} reports a FIFO whose size is
 * the bytes waiting.
 */
public final class PipeScheme implements Scheme {
    /** The bytes a pipe holds before writers wait. */
    public static final int CAPACITY = 64 * 1024;

    private final Blocker blocker;
    private final Handles<End> handles = new Handles<>();

    /** @param blocker how readers and writers wait */
    public PipeScheme(Blocker blocker) {
        this.blocker = blocker;
    }

    @Override
    public long open(String path, int flags, Caller caller) {
        if (!path.isEmpty()) {
            return -Errno.ENOENT;
        }
        if ((flags & OpenFlags.O_DIRECTORY) != 0) {
            return -Errno.ENOTDIR;
        }
        Pipe pipe = new Pipe();
        pipe.readers++;
        return handles.add(new End(pipe, false));
    }

    @Override
    public long dup(long handle, String how, Caller caller) {
        End end = handles.get(handle);
        if (end == null) {
            return -Errno.EBADF;
        }
        boolean writer;
        if (how.equals("write")) {
            writer = true;
        } else if (how.equals("read")) {
            writer = false;
        } else {
            return -Errno.EINVAL;
        }
        if (writer) {
            end.pipe.writers++;
        } else {
            end.pipe.readers++;
        }
        return handles.add(new End(end.pipe, writer));
    }

    @Override
    public long read(long handle, byte[] buffer, int offset, int length, long position, int flags) {
        End end = handles.get(handle);
        if (end == null || end.writer) {
            return -Errno.EBADF;
        }
        if (length == 0) {
            return 0;
        }
        Pipe pipe = end.pipe;
        while (pipe.bytes.count() == 0) {
            if (pipe.writers == 0) {
                return 0;
            }
            if ((flags & OpenFlags.O_NONBLOCK) != 0) {
                return -Errno.EAGAIN;
            }
            if (!blocker.sleep(pipe.readable)) {
                return -Errno.EINTR;
            }
        }
        int n = pipe.bytes.take(buffer, offset, length);
        blocker.wakeAll(pipe.writable);
        return n;
    }

    @Override
    public long write(long handle, byte[] buffer, int offset, int length, long position, int flags) {
        End end = handles.get(handle);
        if (end == null || !end.writer) {
            return -Errno.EBADF;
        }
        if (length == 0) {
            return 0;
        }
        Pipe pipe = end.pipe;
        while (true) {
            if (pipe.readers == 0) {
                return -Errno.EPIPE;
            }
            if (pipe.bytes.free() > 0) {
                break;
            }
            if ((flags & OpenFlags.O_NONBLOCK) != 0) {
                return -Errno.EAGAIN;
            }
            if (!blocker.sleep(pipe.writable)) {
                return -Errno.EINTR;
            }
        }
        int n = pipe.bytes.put(buffer, offset, length);
        blocker.wakeAll(pipe.readable);
        return n;
    }

    @Override
    public long fsize(long handle) {
        return handles.get(handle) == null ? -Errno.EBADF : -Errno.ESPIPE;
    }

    @Override
    public long fstat(long handle, byte[] out, int offset) {
        End end = handles.get(handle);
        if (end == null) {
            return -Errno.EBADF;
        }
        Stat.of(Stat.MODE_FIFO | 0600, end.pipe.bytes.count()).encode(out, offset);
        return 0;
    }

    @Override
    public long fpath(long handle, byte[] buffer, int offset, int length) {
        return handles.get(handle) == null ? -Errno.EBADF : 0;
    }

    @Override
    public long getdents(long handle, byte[] buffer, int offset, int length, long index) {
        return handles.get(handle) == null ? -Errno.EBADF : -Errno.ENOTDIR;
    }

    @Override
    public long close(long handle) {
        End end = handles.remove(handle);
        if (end == null) {
            return -Errno.EBADF;
        }
        Pipe pipe = end.pipe;
        if (end.writer) {
            pipe.writers--;
            if (pipe.writers == 0) {
                blocker.wakeAll(pipe.readable);
            }
        } else {
            pipe.readers--;
            if (pipe.readers == 0) {
                blocker.wakeAll(pipe.writable);
            }
        }
        return 0;
    }

    /** @return how many pipe ends are open, for leak checks */
    public int openHandles() {
        return handles.count();
    }

    /** A read end is ready when bytes wait or no writer is left; a write end when room is left or no reader. */
    @Override
    public int readiness(long handle) {
        End end = handles.get(handle);
        if (end == null) {
            return -Errno.EBADF;
        }
        Pipe pipe = end.pipe;
        if (end.writer) {
            return pipe.bytes.count() < CAPACITY || pipe.readers == 0 ? EventRecord.EVENT_WRITE : 0;
        }
        return pipe.bytes.count() > 0 || pipe.writers == 0 ? EventRecord.EVENT_READ : 0;
    }

    /** Both of the pipe's channels: every change of either end's readiness wakes one. */
    @Override
    public WaitChannel[] readinessChannels(long handle) {
        End end = handles.get(handle);
        return end == null ? new WaitChannel[0] : new WaitChannel[] {end.pipe.readable, end.pipe.writable};
    }

    /** One pipe: its bytes, how many ends of each kind are open, and what waiters wait for. */
    private static final class Pipe {
        final ByteRing bytes = new ByteRing(CAPACITY);
        final WaitChannel readable = new WaitChannel("pipe readable");
        final WaitChannel writable = new WaitChannel("pipe writable");
        int readers;
        int writers;
    }

    /** A handle: one end of a pipe. */
    private record End(Pipe pipe, boolean writer) {
    }
}
