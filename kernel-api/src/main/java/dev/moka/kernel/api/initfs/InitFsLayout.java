package dev.moka.kernel.api.initfs;

/**
 * The byte layout of an initfs: the read-only file system packed into an image, holding the user
 * programs and files the kernel starts from. The image assembler writes it; the kernel reads it in
 * place, without copying, and checks every field before it trusts it. All numbers are little-endian.
 *
 * <pre>
 * 0   magic "MOKAINFS"                     8 bytes
 * 8   version (1)                          u32
 * 12  number of entries N                  u32
 * 16  total size in bytes                  u64
 * 24  N entries of 32 bytes, sorted by path:
 *       data offset u64, data length u64, path offset u32, path length u32, kind u32, reserved u32
 *     paths (ASCII, '/'-separated, no leading '/', no empty or "." or ".." part)
 *     file data, each file starting on a page boundary, so executables can be mapped in place
 * </pre>
 */
public final class InitFsLayout {
    /** The first 8 bytes. */
    public static final String MAGIC = "MOKAINFS";
    /** The version this layout describes. */
    public static final int VERSION = 1;
    /** Bytes of the header before the entries. */
    public static final int HEADER_SIZE = 24;
    /** Bytes of one entry. */
    public static final int ENTRY_SIZE = 32;
    /** Alignment of every file's data. */
    public static final int DATA_ALIGNMENT = 4096;
    /** Entry kind: a plain file. */
    public static final int KIND_FILE = 0;
    /** Entry kind: an executable a process can be started from. */
    public static final int KIND_EXECUTABLE = 1;
    /** Longest path an entry may have. */
    public static final int MAX_PATH = 255;
    /** Most entries an initfs may have. */
    public static final int MAX_ENTRIES = 4096;

    private InitFsLayout() {
    }
}
