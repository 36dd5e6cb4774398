package dev.moka.kernel.api.syscall;

/**
 * What {@code fstat} reports about an open file, and its layout in user memory: Redox's
 * {@code struct Stat} as a C compiler lays it out on x86_64, {@value #SIZE} bytes, little-endian.
 *
 * <table>
 *   <caption>Layout</caption>
 *   <tr><th>offset</th><th>field</th><th>type</th></tr>
 *   <tr><td>0</td><td>st_dev</td><td>u64</td></tr>
 *   <tr><td>8</td><td>st_ino</td><td>u64</td></tr>
 *   <tr><td>16</td><td>st_mode</td><td>u16 (2 bytes padding follow)</td></tr>
 *   <tr><td>20</td><td>st_nlink</td><td>u32</td></tr>
 *   <tr><td>24</td><td>st_uid</td><td>u32</td></tr>
 *   <tr><td>28</td><td>st_gid</td><td>u32</td></tr>
 *   <tr><td>32</td><td>st_size</td><td>u64</td></tr>
 *   <tr><td>40</td><td>st_blksize</td><td>u32 (4 bytes padding follow)</td></tr>
 *   <tr><td>48</td><td>st_blocks</td><td>u64</td></tr>
 *   <tr><td>56, 64</td><td>st_mtime, st_mtime_nsec</td><td>u64, u32 (+4 padding)</td></tr>
 *   <tr><td>72, 80</td><td>st_atime, st_atime_nsec</td><td>u64, u32 (+4 padding)</td></tr>
 *   <tr><td>88, 96</td><td>st_ctime, st_ctime_nsec</td><td>u64, u32 (+4 padding)</td></tr>
 * </table>
 *
 * @param device         the device (scheme) the file is on
 * @param inode          the file's number within its scheme
 * @param mode           type ({@link #MODE_TYPE} bits) and permissions ({@link #MODE_PERM} bits)
 * @param links          the number of names the file has
 * @param uid            the owner
 * @param gid            the group
 * @param size           the size in bytes (for a pipe, the bytes waiting to be read)
 * @param blockSize      the preferred block size for input and output
 * @param blocks         the number of 512-byte blocks stored
 * @param modifiedSeconds modification time, seconds
 * @param modifiedNanos  modification time, nanoseconds
 * @param accessedSeconds access time, seconds
 * @param accessedNanos  access time, nanoseconds
 * @param changedSeconds status change time, seconds
 * @param changedNanos   status change time, nanoseconds
 */
public record Stat(long device, long inode, int mode, int links, int uid, int gid, long size, int blockSize,
        long blocks, long modifiedSeconds, int modifiedNanos, long accessedSeconds, int accessedNanos,
        long changedSeconds, int changedNanos) {

    /** The size of the structure in user memory. */
    public static final int SIZE = 104;

    /** The file-type bits of {@link #mode}. */
    public static final int MODE_TYPE = 0xF000;
    /** Type: a directory. */
    public static final int MODE_DIR = 0x4000;
    /** Type: a regular file. */
    public static final int MODE_FILE = 0x8000;
    /** Type: a symbolic link. */
    public static final int MODE_SYMLINK = 0xA000;
    /** Type: a pipe. */
    public static final int MODE_FIFO = 0x1000;
    /** Type: a character device. */
    public static final int MODE_CHR = 0x2000;
    /** The permission bits of {@link #mode}. */
    public static final int MODE_PERM = 0x0FFF;

    /**
     * @param mode type and permissions
     * @param size the size in bytes
     * @return a status with only these two known, everything else zero and one link
     */
    public static Stat of(int mode, long size) {
        return new Stat(0, 0, mode, 1, 0, 0, size, 4096, (size + 511) / 512, 0, 0, 0, 0, 0, 0);
    }

    /** @return the file-type bits of the mode */
    public int type() {
        return mode & MODE_TYPE;
    }

    /**
     * Writes the structure, padding zeroed, in its user-memory layout.
     *
     * @param out    at least {@link #SIZE} bytes from {@code offset}
     * @param offset where the structure starts
     */
    public void encode(byte[] out, int offset) {
        for (int i = 0; i < SIZE; i++) {
            out[offset + i] = 0;
        }
        LittleEndian.putLong(out, offset, device);
        LittleEndian.putLong(out, offset + 8, inode);
        LittleEndian.putShort(out, offset + 16, mode);
        LittleEndian.putInt(out, offset + 20, links);
        LittleEndian.putInt(out, offset + 24, uid);
        LittleEndian.putInt(out, offset + 28, gid);
        LittleEndian.putLong(out, offset + 32, size);
        LittleEndian.putInt(out, offset + 40, blockSize);
        LittleEndian.putLong(out, offset + 48, blocks);
        LittleEndian.putLong(out, offset + 56, modifiedSeconds);
        LittleEndian.putInt(out, offset + 64, modifiedNanos);
        LittleEndian.putLong(out, offset + 72, accessedSeconds);
        LittleEndian.putInt(out, offset + 80, accessedNanos);
        LittleEndian.putLong(out, offset + 88, changedSeconds);
        LittleEndian.putInt(out, offset + 96, changedNanos);
    }

    /**
     * @param in     at least {@link #SIZE} bytes from {@code offset}
     * @param offset where the structure starts
     * @return the structure read from its user-memory layout
     */
    public static Stat decode(byte[] in, int offset) {
        return new Stat(LittleEndian.getLong(in, offset), LittleEndian.getLong(in, offset + 8),
                LittleEndian.getShort(in, offset + 16), LittleEndian.getInt(in, offset + 20),
                LittleEndian.getInt(in, offset + 24), LittleEndian.getInt(in, offset + 28),
                LittleEndian.getLong(in, offset + 32), LittleEndian.getInt(in, offset + 40),
                LittleEndian.getLong(in, offset + 48), LittleEndian.getLong(in, offset + 56),
                LittleEndian.getInt(in, offset + 64), LittleEndian.getLong(in, offset + 72),
                LittleEndian.getInt(in, offset + 80), LittleEndian.getLong(in, offset + 88),
                LittleEndian.getInt(in, offset + 96));
    }
}
