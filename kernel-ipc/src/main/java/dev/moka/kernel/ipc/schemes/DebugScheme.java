package dev.moka.kernel.ipc.schemes;

import dev.moka.kernel.api.syscall.Errno;
import dev.moka.kernel.api.syscall.OpenFlags;
import dev.moka.kernel.api.syscall.Stat;
import dev.moka.kernel.ipc.Blocker;
import dev.moka.kernel.ipc.Caller;
import dev.moka.kernel.ipc.Handles;
import dev.moka.kernel.ipc.Scheme;
import dev.moka.kernel.ipc.WaitChannel;

/**
 * {@code debug:}: the kernel console. Writes go to a {@link ConsoleSink} whole; reads take from an
 * input queue the console driver fills with {@link #offerInput}, and wait (through the
 * {@link Blocker}) while it is empty, or return {@code -EAGAIN} with {@code O_NONBLOCK}. As on a
 * terminal, an end-of-transmission byte ({@value #END_OF_INPUT}, Ctrl-D) in the input ends one read
 * with what came before it, and a read that starts at it returns 0, the end of input. The queue holds
 * {@value #INPUT_CAPACITY} bytes; a driver asks {@link #inputSpace()} and leaves the rest in the
 * device; what is offered beyond the space is dropped and counted ({@link #droppedInput()}).
 */
public final class DebugScheme implements Scheme {
    /** The input bytes kept for readers. */
    public static final int INPUT_CAPACITY = 4096;
    /** The input byte that marks the end of input (Ctrl-D). */
    public static final int END_OF_INPUT = 0x04;

    private static final Object OPEN = new Object();

    private final ConsoleSink sink;
    private final Blocker blocker;
    private final ByteRing input = new ByteRing(INPUT_CAPACITY);
    private final WaitChannel inputArrived = new WaitChannel("console input");
    private final Handles<Object> handles = new Handles<>();
    private long dropped;

    /**
     * @param sink    where writes go
     * @param blocker how readers wait for input
     */
    public DebugScheme(ConsoleSink sink, Blocker blocker) {
        this.sink = sink;
        this.blocker = blocker;
    }

    /**
     * Queues input for readers; the console driver calls this as bytes arrive.
     *
     * @param bytes  the bytes
     * @param offset the first
     * @param length how many
     */
    public void offerInput(byte[] bytes, int offset, int length) {
        int taken = input.put(bytes, offset, length);
        dropped += length - taken;
        if (taken > 0) {
            blocker.wakeAll(inputArrived);
        }
    }

    /** @return how many more input bytes the queue takes now */
    public int inputSpace() {
        return input.free();
    }

    /** @return how many input bytes were dropped because the queue was full */
    public long droppedInput() {
        return dropped;
    }

    @Override
    public long open(String path, int flags, Caller caller) {
        if (!path.isEmpty()) {
            return -Errno.ENOENT;
        }
        if ((flags & OpenFlags.O_DIRECTORY) != 0) {
            return -Errno.ENOTDIR;
        }
        return handles.add(OPEN);
    }

    @Override
    public long read(long handle, byte[] buffer, int offset, int length, long position, int flags) {
        if (handles.get(handle) == null) {
            return -Errno.EBADF;
        }
        if (length == 0) {
            return 0;
        }
        while (input.count() == 0) {
            if ((flags & OpenFlags.O_NONBLOCK) != 0) {
                return -Errno.EAGAIN;
            }
            if (!blocker.sleep(inputArrived)) {
                return -Errno.EINTR;
            }
        }
        int n = input.copy(0, buffer, offset, length);
        for (int i = 0; i < n; i++) {
            if (buffer[offset + i] == END_OF_INPUT) {
                n = i;
                break;
            }
        }
        // A read that starts at the end-of-input mark consumes it and sees the end; one that starts
        // before it stops there, so the next read sees the end.
        input.drop(n == 0 ? 1 : n);
        return n;
    }

    @Override
    public long write(long handle, byte[] buffer, int offset, int length, long position, int flags) {
        if (handles.get(handle) == null) {
            return -Errno.EBADF;
        }
        sink.write(buffer, offset, length);
        return length;
    }

    @Override
    public long fsize(long handle) {
        return handles.get(handle) == null ? -Errno.EBADF : -Errno.ESPIPE;
    }

    @Override
    public long fstat(long handle, byte[] out, int offset) {
        if (handles.get(handle) == null) {
            return -Errno.EBADF;
        }
        Stat.of(Stat.MODE_CHR | 0620, 0).encode(out, offset);
        return 0;
    }

    @Override
    public long fpath(long handle, byte[] buffer, int offset, int length) {
        return handles.get(handle) == null ? -Errno.EBADF : 0;
    }

    @Override
    public long dup(long handle, String how, Caller caller) {
        return handles.get(handle) == null ? -Errno.EBADF : -Errno.EINVAL;
    }

    @Override
    public long getdents(long handle, byte[] buffer, int offset, int length, long index) {
        return handles.get(handle) == null ? -Errno.EBADF : -Errno.ENOTDIR;
    }

    @Override
    public long close(long handle) {
        return handles.remove(handle) == null ? -Errno.EBADF : 0;
    }

    /** @return how many handles are open, for leak checks */
    public int openHandles() {
        return handles.count();
    }
}
