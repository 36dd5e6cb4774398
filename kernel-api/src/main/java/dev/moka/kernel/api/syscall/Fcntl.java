package dev.moka.kernel.api.syscall;

/** Commands of {@code fcntl}, in Redox's values. */
public final class Fcntl {
    /** Duplicate onto the lowest free descriptor at or above the argument. */
    public static final int F_DUPFD = 0;
    /** Get the descriptor flags ({@link #FD_CLOEXEC}). */
    public static final int F_GETFD = 1;
    /** Set the descriptor flags. */
    public static final int F_SETFD = 2;
    /** Get the open file's access mode and status flags. */
    public static final int F_GETFL = 3;
    /** Set the open file's changeable status flags ({@link OpenFlags#CHANGEABLE_STATUS}). */
    public static final int F_SETFL = 4;

    /** The close-on-exec descriptor flag; Redox gives it the value of {@link OpenFlags#O_CLOEXEC}. */
    public static final int FD_CLOEXEC = OpenFlags.O_CLOEXEC;

    private Fcntl() {
    }
}
