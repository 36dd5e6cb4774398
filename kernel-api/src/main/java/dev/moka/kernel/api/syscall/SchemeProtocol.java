package dev.moka.kernel.api.syscall;

/**
 * The records a user-space scheme daemon and the kernel exchange over the daemon's scheme socket, in
 * Redox's "v2" layout. The daemon registers a scheme with {@code open(":name", O_CREAT)}, then
 * {@code read}s one request per call and {@code write}s one response per call.
 *
 * <p>A request is {@value #REQUEST_SIZE} bytes, little-endian: {@code opcode u8 @0},
 * {@code flags u8 @1} ({@link #FLAG_ONEWAY}: no response is expected), {@code reserved u16 @2},
 * {@code tag u32 @4}, {@code args u64[6] @8}, {@code caller u64 @56} (the calling process's id).
 * Redox maps the caller's buffers into the daemon and passes their addresses in the arguments; Moka
 * copies them through the kernel instead, so the bytes a request carries (a path, the data of a
 * write) <em>follow</em> the record in the same read, and the argument that held an address holds 0.
 * A daemon therefore reads with a buffer of at least {@value #BUFFER_SIZE} bytes.
 *
 * <p>A response is {@value #RESPONSE_SIZE} bytes: {@code flags u8 @0} (low 3 bits: the kind,
 * {@link #KIND_RESULT}), {@code extra u8[3] @1}, {@code tag u32 @4}, {@code result u64 @8}
 * (a value, or {@code -errno}). The bytes a call returns (a read's data, an {@code fpath}, a
 * {@code Stat}, directory entries) follow the record in the same write; the result of such a call
 * is their count (0 for {@code fstat}, whose {@code Stat} follows).
 *
 * <p>The arguments of each opcode, {@code a..f} being {@code args[0..5]}:
 * <table>
 *   <caption>requests</caption>
 *   <tr><th>opcode</th><th>arguments</th><th>bytes after the record</th></tr>
 *   <tr><td>{@link #OPEN_AT}</td><td>a 0 (the root), c path length, d open flags</td><td>the path</td></tr>
 *   <tr><td>{@link #READ}</td><td>a handle, c length, d position, e status flags</td><td>none</td></tr>
 *   <tr><td>{@link #WRITE}</td><td>a handle, c length, d position, e status flags</td><td>the data</td></tr>
 *   <tr><td>{@link #CLOSE}</td><td>a handle (one-way)</td><td>none</td></tr>
 *   <tr><td>{@link #DUP}</td><td>a handle, c length</td><td>the {@code how} text</td></tr>
 *   <tr><td>{@link #FSIZE}, {@link #FSYNC}</td><td>a handle</td><td>none</td></tr>
 *   <tr><td>{@link #FSTAT}</td><td>a handle, c {@code Stat.SIZE}</td><td>none</td></tr>
 *   <tr><td>{@link #FPATH}</td><td>a handle, c room</td><td>none</td></tr>
 *   <tr><td>{@link #FTRUNCATE}</td><td>a handle, b length</td><td>none</td></tr>
 *   <tr><td>{@link #FRENAME}</td><td>a handle, c path length</td><td>the new path</td></tr>
 *   <tr><td>{@link #GETDENTS}</td><td>a handle, c room, e the index of the first entry</td><td>none</td></tr>
 *   <tr><td>{@link #UNLINK_AT}</td><td>a 0, c path length, d flags ({@link #UNLINK_DIRECTORY} for rmdir)</td><td>the path</td></tr>
 *   <tr><td>{@link #CANCEL}</td><td>a the tag of the request given up (one-way)</td><td>none</td></tr>
 * </table>
 */
public final class SchemeProtocol {
    /** Bytes of a request record. */
    public static final int REQUEST_SIZE = 64;
    /** Bytes of a response record. */
    public static final int RESPONSE_SIZE = 16;
    /** The smallest buffer a daemon reads requests with: a record and the largest payload. */
    public static final int BUFFER_SIZE = 4096;
    /** The most bytes a request carries after its record. */
    public static final int MAX_PAYLOAD = BUFFER_SIZE - REQUEST_SIZE;
    /** The most bytes a response carries after its record. */
    public static final int MAX_REPLY = BUFFER_SIZE - RESPONSE_SIZE;

    /** Request flag: the kernel expects no response. */
    public static final int FLAG_ONEWAY = 1;
    /** Response kind: a regular result. */
    public static final int KIND_RESULT = 0;
    /** The mask of the kind in a response's flags. */
    public static final int KIND_MASK = 7;
    /** {@link #UNLINK_AT} flag: remove an empty directory ({@code rmdir}). */
    public static final int UNLINK_DIRECTORY = 0x200;

    /** Offset of the opcode. */
    public static final int OFFSET_OPCODE = 0;
    /** Offset of the flags. */
    public static final int OFFSET_FLAGS = 1;
    /** Offset of the tag, in requests and responses. */
    public static final int OFFSET_TAG = 4;
    /** Offset of {@code args[0]}; {@code args[i]} is at {@code OFFSET_ARGS + 8 * i}. */
    public static final int OFFSET_ARGS = 8;
    /** Offset of the caller's process id. */
    public static final int OFFSET_CALLER = 56;
    /** Offset of a response's result. */
    public static final int OFFSET_RESULT = 8;

    /** Close a handle. */
    public static final int CLOSE = 3;
    /** Derive a new handle. */
    public static final int DUP = 4;
    /** Read at a position. */
    public static final int READ = 5;
    /** Write at a position. */
    public static final int WRITE = 6;
    /** The size of a handle's file. */
    public static final int FSIZE = 7;
    /** The handle's path within the scheme. */
    public static final int FPATH = 13;
    /** Give the handle's file a new path. */
    public static final int FRENAME = 14;
    /** A {@code Stat}. */
    public static final int FSTAT = 15;
    /** Flush. */
    public static final int FSYNC = 17;
    /** Set the size. */
    public static final int FTRUNCATE = 18;
    /** A request was given up (its caller was killed). */
    public static final int CANCEL = 25;
    /** Directory entries. */
    public static final int GETDENTS = 26;
    /** Open a path. */
    public static final int OPEN_AT = 29;
    /** Remove a path. */
    public static final int UNLINK_AT = 32;

    private SchemeProtocol() {
    }

    /**
     * @param opcode a request's opcode
     * @return its name, for diagnostics
     */
    public static String name(int opcode) {
        return switch (opcode) {
            case CLOSE -> "close";
            case DUP -> "dup";
            case READ -> "read";
            case WRITE -> "write";
            case FSIZE -> "fsize";
            case FPATH -> "fpath";
            case FRENAME -> "frename";
            case FSTAT -> "fstat";
            case FSYNC -> "fsync";
            case FTRUNCATE -> "ftruncate";
            case CANCEL -> "cancel";
            case GETDENTS -> "getdents";
            case OPEN_AT -> "openat";
            case UNLINK_AT -> "unlinkat";
            default -> "opcode " + opcode;
        };
    }
}
