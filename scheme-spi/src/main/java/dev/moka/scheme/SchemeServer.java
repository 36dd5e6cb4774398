package dev.moka.scheme;

import dev.moka.kernel.api.syscall.Errno;
import dev.moka.kernel.api.syscall.LittleEndian;
import dev.moka.kernel.api.syscall.SchemeProtocol;
import dev.moka.kernel.api.syscall.Stat;

/**
 * The serve loop of a daemon: reads a request record ({@link SchemeProtocol}), calls the
 * {@link SchemeHandler}, writes the response record with the bytes the call returns. One buffer of
 * {@link SchemeProtocol#BUFFER_SIZE} bytes serves both directions, so serving allocates only the
 * strings of paths.
 */
public final class SchemeServer {
    private final SchemeHandler handler;
    private final SchemeChannel channel;
    private final byte[] buffer = new byte[SchemeProtocol.BUFFER_SIZE];
    private final byte[] reply = new byte[SchemeProtocol.BUFFER_SIZE];
    /** How many bytes the handler put after the response record; one array for every request. */
    private final int[] replyLength = new int[1];

    /**
     * @param handler the scheme's operations
     * @param channel where requests come from and responses go
     */
    public SchemeServer(SchemeHandler handler, SchemeChannel channel) {
        this.handler = handler;
        this.channel = channel;
    }

    /**
     * Serves until reading the channel fails.
     *
     * @return the error that ended it ({@code -errno})
     */
    public long serve() {
        for (;;) {
            long result = serveOne();
            if (result < 0) {
                return result;
            }
        }
    }

    /**
     * Serves one request.
     *
     * @return 0, or the {@code -errno} of reading the channel (a failed response write is the
     *         caller's loss and goes unreported)
     */
    public long serveOne() {
        long n = channel.read(buffer, 0, buffer.length);
        if (n < 0) {
            return n;
        }
        if (n < SchemeProtocol.REQUEST_SIZE) {
            return -Errno.EIO;
        }
        int opcode = buffer[SchemeProtocol.OFFSET_OPCODE] & 0xFF;
        boolean oneway = (buffer[SchemeProtocol.OFFSET_FLAGS] & SchemeProtocol.FLAG_ONEWAY) != 0;
        int tag = LittleEndian.getInt(buffer, SchemeProtocol.OFFSET_TAG);
        long caller = LittleEndian.getLong(buffer, SchemeProtocol.OFFSET_CALLER);
        int payload = (int) n - SchemeProtocol.REQUEST_SIZE;
        replyLength[0] = 0;
        long result = handle(opcode, caller, payload, replyLength);
        if (oneway) {
            return 0;
        }
        // The record is the flags, three reserved bytes, the tag and the result: all written here.
        reply[0] = SchemeProtocol.KIND_RESULT;
        reply[1] = 0;
        reply[2] = 0;
        reply[3] = 0;
        LittleEndian.putInt(reply, SchemeProtocol.OFFSET_TAG, tag);
        LittleEndian.putLong(reply, SchemeProtocol.OFFSET_RESULT, result);
        int length = SchemeProtocol.RESPONSE_SIZE + (result >= 0 ? replyLength[0] : 0);
        channel.write(reply, 0, length);
        return 0;
    }

    private long arg(int index) {
        return LittleEndian.getLong(buffer, SchemeProtocol.OFFSET_ARGS + 8 * index);
    }

    private String text(int length) {
        char[] chars = new char[length];
        for (int i = 0; i < length; i++) {
            chars[i] = (char) (buffer[SchemeProtocol.REQUEST_SIZE + i] & 0xFF);
        }
        return new String(chars);
    }

    /** Calls the handler; bytes it returns go to {@code reply} after the record, their count in {@code replyLength[0]}. */
    private long handle(int opcode, long caller, int payload, int[] replyLength) {
        int at = SchemeProtocol.RESPONSE_SIZE;
        int room = (int) Math.min(Math.max(arg(2), 0), SchemeProtocol.MAX_REPLY);
        long handle = arg(0);
        switch (opcode) {
            case SchemeProtocol.OPEN_AT:
                return handler.open(text(payload), (int) arg(3), caller);
            case SchemeProtocol.READ: {
                long n = handler.read(handle, reply, at, room, arg(3));
                replyLength[0] = n > 0 ? (int) Math.min(n, room) : 0;
                return n;
            }
            case SchemeProtocol.WRITE:
                return handler.write(handle, buffer, SchemeProtocol.REQUEST_SIZE, payload, arg(3));
            case SchemeProtocol.CLOSE:
                return handler.close(handle);
            case SchemeProtocol.DUP:
                return handler.dup(handle, text(payload), caller);
            case SchemeProtocol.FSIZE:
                return handler.fsize(handle);
            case SchemeProtocol.FSTAT: {
                long n = handler.fstat(handle, reply, at);
                replyLength[0] = Stat.SIZE;
                return n;
            }
            case SchemeProtocol.FPATH: {
                long n = handler.fpath(handle, reply, at, room);
                replyLength[0] = n > 0 ? (int) Math.min(n, room) : 0;
                return n;
            }
            case SchemeProtocol.GETDENTS: {
                long n = handler.getdents(handle, reply, at, room, arg(4));
                replyLength[0] = n > 0 ? (int) Math.min(n, room) : 0;
                return n;
            }
            case SchemeProtocol.FTRUNCATE:
                return handler.ftruncate(handle, arg(1));
            case SchemeProtocol.FSYNC:
                return handler.fsync(handle);
            case SchemeProtocol.FRENAME:
                return handler.frename(handle, text(payload), caller);
            case SchemeProtocol.UNLINK_AT:
                return (arg(3) & SchemeProtocol.UNLINK_DIRECTORY) != 0 ? handler.rmdir(text(payload), caller)
                        : handler.unlink(text(payload), caller);
            case SchemeProtocol.CANCEL:
                handler.cancel((int) handle);
                return 0;
            default:
                return -Errno.ENOSYS;
        }
    }
}
