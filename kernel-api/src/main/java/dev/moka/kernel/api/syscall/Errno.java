package dev.moka.kernel.api.syscall;

/**
 * Error numbers, numbered as on Linux (which Redox follows). A system call reports an error by
 * returning {@code -errno}; any result in {@code -4095..-1} is an error, every other value a result,
 * so a call may return large unsigned values (an address, say) without being mistaken for an error.
 */
public final class Errno {
    /** Operation not permitted. */
    public static final int EPERM = 1;
    /** No such file or directory. */
    public static final int ENOENT = 2;
    /** No such process. */
    public static final int ESRCH = 3;
    /** Interrupted: the call was waiting and the wait was abandoned. */
    public static final int EINTR = 4;
    /** Input/output error. */
    public static final int EIO = 5;
    /** Bad file descriptor, or one not open for the access asked. */
    public static final int EBADF = 9;
    /** No child process. */
    public static final int ECHILD = 10;
    /** Try again: the call would block on a non-blocking descriptor. */
    public static final int EAGAIN = 11;
    /** Out of memory. */
    public static final int ENOMEM = 12;
    /** Permission denied. */
    public static final int EACCES = 13;
    /** Bad address: a pointer and length that are not the caller's memory. */
    public static final int EFAULT = 14;
    /** Device or resource busy. */
    public static final int EBUSY = 16;
    /** File exists. */
    public static final int EEXIST = 17;
    /** No such device: for Moka and Redox, no such scheme. */
    public static final int ENODEV = 19;
    /** Not a directory. */
    public static final int ENOTDIR = 20;
    /** Is a directory. */
    public static final int EISDIR = 21;
    /** Invalid argument. */
    public static final int EINVAL = 22;
    /** Too many open files in this process. */
    public static final int EMFILE = 24;
    /** No space left. */
    public static final int ENOSPC = 28;
    /** Illegal seek: the descriptor is a stream. */
    public static final int ESPIPE = 29;
    /** Broken pipe: nobody will ever read what is written. */
    public static final int EPIPE = 32;
    /** Result out of range, such as a buffer too small for the answer. */
    public static final int ERANGE = 34;
    /** A path longer than the kernel accepts. */
    public static final int ENAMETOOLONG = 36;
    /** No such system call. */
    public static final int ENOSYS = 38;
    /** A directory to remove still has entries. */
    public static final int ENOTEMPTY = 39;
    /** A rename across two schemes. */
    public static final int EXDEV = 18;
    /** The resource does not support the operation (a scheme without {@code unlink}, say). */
    public static final int EOPNOTSUPP = 95;

    /** The largest error number; {@code -MAX_ERRNO..-1} is the error range of results. */
    public static final int MAX_ERRNO = 4095;

    private Errno() {
    }

    /**
     * @param result a system call's result
     * @return whether it reports an error, that is lies in {@code -4095..-1}
     */
    public static boolean isError(long result) {
        return result < 0 && result >= -MAX_ERRNO;
    }

    /**
     * @param errno an error number (positive)
     * @return its symbolic name such as {@code "EBADF"}, or {@code "E<number>"} for one not listed here
     */
    public static String name(int errno) {
        return switch (errno) {
            case EPERM -> "EPERM";
            case ENOENT -> "ENOENT";
            case ESRCH -> "ESRCH";
            case EINTR -> "EINTR";
            case EIO -> "EIO";
            case EBADF -> "EBADF";
            case ECHILD -> "ECHILD";
            case EAGAIN -> "EAGAIN";
            case ENOMEM -> "ENOMEM";
            case EACCES -> "EACCES";
            case EFAULT -> "EFAULT";
            case EBUSY -> "EBUSY";
            case EEXIST -> "EEXIST";
            case ENODEV -> "ENODEV";
            case ENOTDIR -> "ENOTDIR";
            case EISDIR -> "EISDIR";
            case EINVAL -> "EINVAL";
            case EMFILE -> "EMFILE";
            case ENOSPC -> "ENOSPC";
            case ESPIPE -> "ESPIPE";
            case EPIPE -> "EPIPE";
            case ERANGE -> "ERANGE";
            case ENAMETOOLONG -> "ENAMETOOLONG";
            case ENOSYS -> "ENOSYS";
            case ENOTEMPTY -> "ENOTEMPTY";
            case EXDEV -> "EXDEV";
            case EOPNOTSUPP -> "EOPNOTSUPP";
            default -> "E" + errno;
        };
    }

    /**
     * @param result a system call's result
     * @return the result as text for messages: the number, or {@code -EBADF} style for an error
     */
    public static String describe(long result) {
        return isError(result) ? "-" + name((int) -result) : Long.toString(result);
    }
}
