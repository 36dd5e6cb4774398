package dev.moka.kernel.api.syscall;

/**
 * Flags of {@code open}, in Redox's values (its {@code syscall} crate, {@code flag.rs}). The low 16
 * bits of the flags word are not flags: they carry the permission bits of a file that
 * {@link #O_CREAT} creates, as Redox passes them.
 */
public final class OpenFlags {
    /** Open for reading. */
    public static final int O_RDONLY = 0x0001_0000;
    /** Open for writing. */
    public static final int O_WRONLY = 0x0002_0000;
    /** Open for reading and writing: both access bits. */
    public static final int O_RDWR = 0x0003_0000;
    /** Never block: a call that would wait fails with {@link Errno#EAGAIN}. */
    public static final int O_NONBLOCK = 0x0004_0000;
    /** Every write goes to the end of the file. */
    public static final int O_APPEND = 0x0008_0000;
    /** Take a shared lock (accepted, not enforced). */
    public static final int O_SHLOCK = 0x0010_0000;
    /** Take an exclusive lock (accepted, not enforced). */
    public static final int O_EXLOCK = 0x0020_0000;
    /** Signal when input or output is possible (accepted, not enforced). */
    public static final int O_ASYNC = 0x0040_0000;
    /** Writes are synchronous (accepted, not enforced). */
    public static final int O_FSYNC = 0x0080_0000;
    /** Close the descriptor when the process runs a new program; also {@link Fcntl#FD_CLOEXEC}. */
    public static final int O_CLOEXEC = 0x0100_0000;
    /** Create the file if it does not exist. */
    public static final int O_CREAT = 0x0200_0000;
    /** Truncate the file to length 0. */
    public static final int O_TRUNC = 0x0400_0000;
    /** With {@link #O_CREAT}: fail with {@link Errno#EEXIST} if the file exists. */
    public static final int O_EXCL = 0x0800_0000;
    /** The path must name a directory. */
    public static final int O_DIRECTORY = 0x1000_0000;
    /** Open only to ask about the file (fstat, fpath). */
    public static final int O_STAT = 0x2000_0000;
    /** Open a symbolic link itself. */
    public static final int O_SYMLINK = 0x4000_0000;
    /** Fail on a symbolic link. */
    public static final int O_NOFOLLOW = 0x8000_0000;

    /** The access mode bits. */
    public static final int O_ACCMODE = O_RDONLY | O_WRONLY | O_RDWR;
    /** The bits that carry permissions of a created file, not flags. */
    public static final int MODE_BITS = 0x0000_FFFF;
    /** The flags that stay with an open file and that {@code fcntl(F_SETFL)} may change. */
    public static final int CHANGEABLE_STATUS = O_APPEND | O_NONBLOCK;

    private OpenFlags() {
    }

    /**
     * @param flags open flags
     * @return whether they allow reading
     */
    public static boolean canRead(int flags) {
        return (flags & O_RDONLY) != 0;
    }

    /**
     * @param flags open flags
     * @return whether they allow writing
     */
    public static boolean canWrite(int flags) {
        return (flags & O_WRONLY) != 0;
    }
}
