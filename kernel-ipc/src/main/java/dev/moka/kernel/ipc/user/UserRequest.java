package dev.moka.kernel.ipc.user;

/**
 * One call on a user scheme, from the moment the kernel queues it until its response arrives (or the
 * daemon goes, or the caller gives up). The bytes it carries and the room for the bytes it returns are
 * the caller's kernel buffer: the caller is blocked until the request is done, so they stay put.
 */
final class UserRequest {
    final int opcode;
    final boolean oneway;
    final long[] args = new long[6];
    final long callerPid;
    int tag;

    /** What follows the record: a path or a write's data. */
    byte[] payload;
    int payloadOffset;
    int payloadLength;
    /** A text payload (a path), encoded as ASCII when the request is read. */
    String text;

    /** Where the response's bytes go, and how many may. */
    byte[] reply;
    int replyOffset;
    int replyRoom;
    /** How many bytes the response carried. */
    int replyLength;

    long result;
    boolean done;
    /** The caller gave up after the daemon took the request; its answer is dropped. */
    boolean cancelled;

    UserRequest(int opcode, boolean oneway, long callerPid) {
        this.opcode = opcode;
        this.oneway = oneway;
        this.callerPid = callerPid;
    }

    /** @return the bytes that follow the record */
    int payloadSize() {
        return text != null ? text.length() : payloadLength;
    }

    void finish(long value) {
        result = value;
        done = true;
    }
}
