package dev.moka.kernel.ipc.user;

import dev.moka.kernel.api.syscall.Errno;
import dev.moka.kernel.api.syscall.LittleEndian;
import dev.moka.kernel.api.syscall.OpenFlags;
import dev.moka.kernel.api.syscall.SchemeProtocol;
import dev.moka.kernel.api.syscall.Stat;
import dev.moka.kernel.ipc.Blocker;
import dev.moka.kernel.ipc.Caller;
import dev.moka.kernel.ipc.Scheme;
import dev.moka.kernel.ipc.SchemeRegistry;
import dev.moka.kernel.ipc.WaitChannel;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * A scheme served by a process: every call becomes a request record ({@link SchemeProtocol}) queued
 * for the daemon, which takes it by reading its socket ({@link #socket()}) and answers by writing a
 * response with the same tag; the caller sleeps on the {@link Blocker} until then. Bytes are copied
 * through the kernel: a write's data and a path follow the request record, a read's data follows the
 * response. (Redox maps the caller's buffers into the daemon instead, which saves both copies; that
 * is the faster design this one leaves room for.)
 *
 * <p>Failure rules:
 * <ul>
 *   <li>When the daemon's socket closes (it closed it, or it died), the scheme leaves the registry,
 *       so new names give {@code ENODEV}; every queued and taken request, and every later call on a
 *       handle still open, gives {@code EIO}. Nobody waits for a daemon that is gone.</li>
 *   <li>When a caller's wait is abandoned (it is being killed), its request is withdrawn if the
 *       daemon has not taken it, else a one-way {@link SchemeProtocol#CANCEL} tells the daemon, and
 *       the late answer is dropped; a handle that late answer opened is closed again.</li>
 *   <li>A handle is reachable only through the open file it was installed in, so only the
 *       processes holding that descriptor can use it. The scheme also refuses a daemon that hands
 *       out a handle number already open ({@code EIO} to the opener), so two open files never share
 *       one daemon handle, and calls on a number it never handed out never reach the daemon.</li>
 *   <li>{@code close} is one-way: an exiting process never waits for a daemon.</li>
 * </ul>
 *
 * <p>A call on a handle names, as its caller, the process that opened the handle.
 */
public final class UserScheme implements Scheme {
    private final String name;
    private final SchemeRegistry registry;
    private final Blocker blocker;
    private final int daemonPid;
    private final WaitChannel requestsReady;
    private final WaitChannel responded;
    private final SchemeSocket socket = new SchemeSocket(this);
    /** Requests the daemon has not read yet, oldest first: taken from the front, so not a list. */
    private final ArrayDeque<UserRequest> queued = new ArrayDeque<>();
    private final List<UserRequest> taken = new ArrayList<>();
    private long[] handles = new long[8];
    private int[] owners = new int[8];
    private int handleCount;
    private int nextTag = 1;
    private boolean gone;

    /**
     * @param name     the scheme's name
     * @param registry where it is registered, so that it can leave when the daemon goes
     * @param blocker  how callers and the daemon wait
     * @param daemon   the serving process
     */
    public UserScheme(String name, SchemeRegistry registry, Blocker blocker, Caller daemon) {
        this.name = name;
        this.registry = registry;
        this.blocker = blocker;
        this.daemonPid = daemon.pid();
        this.requestsReady = new WaitChannel(name + ": requests");
        this.responded = new WaitChannel(name + ": responses");
    }

    /** @return the scheme the daemon's socket descriptor is open on (its handle is 0) */
    public Scheme socket() {
        return socket;
    }

    /** @return the scheme's name */
    public String name() {
        return name;
    }

    /** @return the serving process's id */
    public int daemonPid() {
        return daemonPid;
    }

    /** @return whether the daemon is gone */
    public boolean isGone() {
        return gone;
    }

    /** @return how many handles are open on the scheme */
    public int openHandles() {
        return handleCount;
    }

    // ---- calls, as callers make them

    @Override
    public long open(String path, int flags, Caller caller) {
        if (path.length() > SchemeProtocol.MAX_PAYLOAD) {
            return -Errno.ENAMETOOLONG;
        }
        UserRequest request = new UserRequest(SchemeProtocol.OPEN_AT, false, caller.pid());
        request.args[2] = path.length();
        request.args[3] = flags & 0xFFFF_FFFFL;
        request.text = path;
        return newHandle(call(request), caller.pid());
    }

    @Override
    public long dup(long handle, String how, Caller caller) {
        if (how.length() > SchemeProtocol.MAX_PAYLOAD) {
            return -Errno.EINVAL;
        }
        UserRequest request = onHandle(SchemeProtocol.DUP, handle);
        if (request == null) {
            return -Errno.EBADF;
        }
        request.args[2] = how.length();
        request.text = how;
        return newHandle(call(request), caller.pid());
    }

    @Override
    public long read(long handle, byte[] buffer, int offset, int length, long position, int flags) {
        UserRequest request = onHandle(SchemeProtocol.READ, handle);
        if (request == null) {
            return -Errno.EBADF;
        }
        int room = Math.min(length, SchemeProtocol.MAX_REPLY);
        request.args[2] = room;
        request.args[3] = position;
        request.args[4] = flags & 0xFFFF_FFFFL;
        replyInto(request, buffer, offset, room);
        return bytesReturned(request, call(request));
    }

    @Override
    public long write(long handle, byte[] buffer, int offset, int length, long position, int flags) {
        UserRequest request = onHandle(SchemeProtocol.WRITE, handle);
        if (request == null) {
            return -Errno.EBADF;
        }
        int n = Math.min(length, SchemeProtocol.MAX_PAYLOAD);
        request.args[2] = n;
        request.args[3] = position;
        request.args[4] = flags & 0xFFFF_FFFFL;
        request.payload = buffer;
        request.payloadOffset = offset;
        request.payloadLength = n;
        long result = call(request);
        return result > n ? -Errno.EIO : result;
    }

    @Override
    public long fsize(long handle) {
        UserRequest request = onHandle(SchemeProtocol.FSIZE, handle);
        return request == null ? -Errno.EBADF : call(request);
    }

    @Override
    public long fstat(long handle, byte[] out, int offset) {
        UserRequest request = onHandle(SchemeProtocol.FSTAT, handle);
        if (request == null) {
            return -Errno.EBADF;
        }
        request.args[2] = Stat.SIZE;
        replyInto(request, out, offset, Stat.SIZE);
        long result = call(request);
        if (result < 0) {
            return result;
        }
        return result == 0 && request.replyLength == Stat.SIZE ? 0 : -Errno.EIO;
    }

    @Override
    public long fpath(long handle, byte[] buffer, int offset, int length) {
        UserRequest request = onHandle(SchemeProtocol.FPATH, handle);
        if (request == null) {
            return -Errno.EBADF;
        }
        int room = Math.min(length, SchemeProtocol.MAX_REPLY);
        request.args[2] = room;
        replyInto(request, buffer, offset, room);
        return bytesReturned(request, call(request));
    }

    @Override
    public long getdents(long handle, byte[] buffer, int offset, int length, long index) {
        UserRequest request = onHandle(SchemeProtocol.GETDENTS, handle);
        if (request == null) {
            return -Errno.EBADF;
        }
        int room = Math.min(length, SchemeProtocol.MAX_REPLY);
        request.args[2] = room;
        request.args[4] = index;
        replyInto(request, buffer, offset, room);
        return bytesReturned(request, call(request));
    }

    @Override
    public long ftruncate(long handle, long length) {
        UserRequest request = onHandle(SchemeProtocol.FTRUNCATE, handle);
        if (request == null) {
            return -Errno.EBADF;
        }
        request.args[1] = length;
        return call(request);
    }

    @Override
    public long fsync(long handle) {
        UserRequest request = onHandle(SchemeProtocol.FSYNC, handle);
        return request == null ? -Errno.EBADF : call(request);
    }

    @Override
    public long frename(long handle, String newPath, Caller caller) {
        if (newPath.length() > SchemeProtocol.MAX_PAYLOAD) {
            return -Errno.ENAMETOOLONG;
        }
        UserRequest request = onHandle(SchemeProtocol.FRENAME, handle);
        if (request == null) {
            return -Errno.EBADF;
        }
        request.args[2] = newPath.length();
        request.text = newPath;
        return call(request);
    }

    @Override
    public long unlink(String path, Caller caller) {
        return unlinkAt(path, 0, caller);
    }

    @Override
    public long rmdir(String path, Caller caller) {
        return unlinkAt(path, SchemeProtocol.UNLINK_DIRECTORY, caller);
    }

    private long unlinkAt(String path, int flags, Caller caller) {
        if (path.length() > SchemeProtocol.MAX_PAYLOAD) {
            return -Errno.ENAMETOOLONG;
        }
        UserRequest request = new UserRequest(SchemeProtocol.UNLINK_AT, false, caller.pid());
        request.args[2] = path.length();
        request.args[3] = flags;
        request.text = path;
        return call(request);
    }

    @Override
    public long close(long handle) {
        int index = indexOf(handle);
        if (index < 0) {
            return -Errno.EBADF;
        }
        int owner = owners[index];
        removeHandleAt(index);
        if (!gone) {
            UserRequest request = new UserRequest(SchemeProtocol.CLOSE, true, owner);
            request.args[0] = handle;
            enqueue(request);
        }
        return 0;
    }

    // ---- the round trip

    /** A request on an open handle, with the handle's owner as caller; null for a handle not open. */
    private UserRequest onHandle(int opcode, long handle) {
        int index = indexOf(handle);
        if (index < 0) {
            return null;
        }
        UserRequest request = new UserRequest(opcode, false, owners[index]);
        request.args[0] = handle;
        return request;
    }

    private static void replyInto(UserRequest request, byte[] buffer, int offset, int room) {
        request.reply = buffer;
        request.replyOffset = offset;
        request.replyRoom = room;
    }

    /** A result that counts returned bytes: never more than the response carried. */
    private static long bytesReturned(UserRequest request, long result) {
        return result > request.replyLength ? -Errno.EIO : result;
    }

    /** Queues the request and waits for its answer. */
    private long call(UserRequest request) {
        if (gone) {
            return -Errno.EIO;
        }
        enqueue(request);
        while (!request.done) {
            if (!blocker.sleep(responded) && withdraw(request)) {
                return -Errno.EINTR;
            }
        }
        return request.result;
    }

    private void enqueue(UserRequest request) {
        request.tag = nextTag;
        nextTag = nextTag == Integer.MAX_VALUE ? 1 : nextTag + 1;
        queued.addLast(request);
        blocker.wakeAll(requestsReady);
    }

    /**
     * The caller gave up: take the request back, or tell the daemon it may drop it.
     *
     * @return false when the answer came in the meantime, and the caller has it after all
     */
    private boolean withdraw(UserRequest request) {
        if (request.done) {
            return false;
        }
        if (queued.remove(request)) {
            return true;
        }
        if (taken.contains(request)) {
            request.cancelled = true;
            UserRequest cancel = new UserRequest(SchemeProtocol.CANCEL, true, request.callerPid);
            cancel.args[0] = request.tag & 0xFFFF_FFFFL;
            enqueue(cancel);
        }
        return true;
    }

    /** Records a handle the daemon handed out; a number already open is the daemon's error. */
    private long newHandle(long result, int owner) {
        if (result < 0) {
            return result;
        }
        if (indexOf(result) >= 0) {
            return -Errno.EIO;
        }
        if (handleCount == handles.length) {
            long[] grownHandles = new long[handleCount * 2];
            int[] grownOwners = new int[handleCount * 2];
            System.arraycopy(handles, 0, grownHandles, 0, handleCount);
            System.arraycopy(owners, 0, grownOwners, 0, handleCount);
            handles = grownHandles;
            owners = grownOwners;
        }
        handles[handleCount] = result;
        owners[handleCount] = owner;
        handleCount++;
        return result;
    }

    private int indexOf(long handle) {
        for (int i = 0; i < handleCount; i++) {
            if (handles[i] == handle) {
                return i;
            }
        }
        return -1;
    }

    private void removeHandleAt(int index) {
        handleCount--;
        handles[index] = handles[handleCount];
        owners[index] = owners[handleCount];
    }

    // ---- the daemon's side, through its socket

    /** @return whether a request waits for the daemon to read it */
    boolean hasRequests() {
        return !queued.isEmpty();
    }

    /** @return what a queued request wakes */
    WaitChannel requestsReady() {
        return requestsReady;
    }

    /** The daemon reads its socket: the next request, waiting for one. */
    long nextRequest(byte[] buffer, int offset, int length, int flags) {
        if (length < SchemeProtocol.REQUEST_SIZE) {
            return -Errno.EINVAL;
        }
        while (queued.isEmpty()) {
            if ((flags & OpenFlags.O_NONBLOCK) != 0) {
                return -Errno.EAGAIN;
            }
            if (!blocker.sleep(requestsReady)) {
                return -Errno.EINTR;
            }
        }
        UserRequest request = queued.peekFirst();
        int payload = request.payloadSize();
        if (SchemeProtocol.REQUEST_SIZE + payload > length) {
            return -Errno.EINVAL;
        }
        queued.pollFirst();
        // Every byte of the record is written below but the two after the flags.
        buffer[offset + SchemeProtocol.OFFSET_FLAGS + 1] = 0;
        buffer[offset + SchemeProtocol.OFFSET_FLAGS + 2] = 0;
        buffer[offset + SchemeProtocol.OFFSET_OPCODE] = (byte) request.opcode;
        buffer[offset + SchemeProtocol.OFFSET_FLAGS] = (byte) (request.oneway ? SchemeProtocol.FLAG_ONEWAY : 0);
        LittleEndian.putInt(buffer, offset + SchemeProtocol.OFFSET_TAG, request.tag);
        for (int i = 0; i < request.args.length; i++) {
            LittleEndian.putLong(buffer, offset + SchemeProtocol.OFFSET_ARGS + 8 * i, request.args[i]);
        }
        LittleEndian.putLong(buffer, offset + SchemeProtocol.OFFSET_CALLER, request.callerPid);
        int at = offset + SchemeProtocol.REQUEST_SIZE;
        if (request.text != null) {
            for (int i = 0; i < payload; i++) {
                buffer[at + i] = (byte) request.text.charAt(i);
            }
        } else if (payload > 0) {
            System.arraycopy(request.payload, request.payloadOffset, buffer, at, payload);
        }
        if (!request.oneway) {
            taken.add(request);
        }
        return SchemeProtocol.REQUEST_SIZE + payload;
    }

    /** The daemon writes its socket: one response, its bytes after it. */
    long respond(byte[] buffer, int offset, int length) {
        if (length < SchemeProtocol.RESPONSE_SIZE) {
            return -Errno.EINVAL;
        }
        if ((buffer[offset] & SchemeProtocol.KIND_MASK) != SchemeProtocol.KIND_RESULT) {
            return -Errno.EINVAL;
        }
        int tag = LittleEndian.getInt(buffer, offset + SchemeProtocol.OFFSET_TAG);
        long result = LittleEndian.getLong(buffer, offset + SchemeProtocol.OFFSET_RESULT);
        UserRequest request = null;
        for (int i = 0; i < taken.size() && request == null; i++) {
            if (taken.get(i).tag == tag) {
                request = taken.remove(i);
            }
        }
        if (request == null) {
            return -Errno.EINVAL;
        }
        if (request.cancelled) {
            closeUnclaimed(request, result);
            return length;
        }
        int data = length - SchemeProtocol.RESPONSE_SIZE;
        if (data > request.replyRoom) {
            request.finish(-Errno.EIO);
        } else {
            if (data > 0) {
                System.arraycopy(buffer, offset + SchemeProtocol.RESPONSE_SIZE, request.reply, request.replyOffset, data);
            }
            request.replyLength = data;
            request.finish(result >= 0 || Errno.isError(result) ? result : -Errno.EIO);
        }
        blocker.wakeAll(responded);
        return length;
    }

    /** A handle opened for a caller that gave up goes back to the daemon. */
    private void closeUnclaimed(UserRequest request, long result) {
        boolean opened = request.opcode == SchemeProtocol.OPEN_AT || request.opcode == SchemeProtocol.DUP;
        if (opened && result >= 0 && !gone) {
            UserRequest close = new UserRequest(SchemeProtocol.CLOSE, true, request.callerPid);
            close.args[0] = result;
            enqueue(close);
        }
    }

    /** The daemon's socket closed: leave the registry and fail everything waiting. */
    void daemonGone() {
        gone = true;
        if (registry.lookup(name) == this) {
            registry.unregister(name);
        }
        for (UserRequest request : queued) {
            request.finish(-Errno.EIO);
        }
        for (UserRequest request : taken) {
            request.finish(-Errno.EIO);
        }
        queued.clear();
        taken.clear();
        blocker.wakeAll(responded);
    }
}
