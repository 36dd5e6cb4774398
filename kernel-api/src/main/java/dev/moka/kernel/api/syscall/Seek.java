package dev.moka.kernel.api.syscall;

/** The {@code whence} argument of {@code lseek}. */
public final class Seek {
    /** The offset is from the start of the file. */
    public static final int SEEK_SET = 0;
    /** The offset is from the current position. */
    public static final int SEEK_CUR = 1;
    /** The offset is from the end of the file. */
    public static final int SEEK_END = 2;

    private Seek() {
    }
}
