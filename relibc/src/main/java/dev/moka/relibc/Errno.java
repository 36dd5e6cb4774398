package dev.moka.relibc;

/**
 * {@code errno}: the error of the last call that failed. A failing relibc function returns -1 (or
 * null) and leaves the error here, as POSIX functions do; a call that succeeds leaves it as it was.
 * User programs are single-threaded, so one value serves the process.
 */
public final class Errno {
    private static int last;

    private Errno() {
    }

    /** @return the errno value of the last failed call (numbered as on Linux), 0 if none failed */
    public static int errno() {
        return last;
    }

    /** @param value an errno value */
    public static void set(int value) {
        last = value;
    }

    /**
     * Turns a raw system-call result into POSIX's convention.
     *
     * @param result the kernel's result: a value, or a negated errno in {@code -4095..-1}
     * @return the value, or -1 after setting errno
     */
    public static long check(long result) {
        if (result < 0 && result >= -4095) {
            last = (int) -result;
            return -1;
        }
        return result;
    }

    /** @param value an errno value @return a short description, as {@code strerror} gives it */
    public static String describe(int value) {
        return switch (value) {
            case 1 -> "Operation not permitted";
            case 2 -> "No such file or directory";
            case 3 -> "No such process";
            case 4 -> "Interrupted system call";
            case 5 -> "Input/output error";
            case 9 -> "Bad file descriptor";
            case 10 -> "No child processes";
            case 11 -> "Resource temporarily unavailable";
            case 12 -> "Cannot allocate memory";
            case 13 -> "Permission denied";
            case 14 -> "Bad address";
            case 16 -> "Device or resource busy";
            case 17 -> "File exists";
            case 19 -> "No such device";
            case 20 -> "Not a directory";
            case 21 -> "Is a directory";
            case 22 -> "Invalid argument";
            case 24 -> "Too many open files";
            case 28 -> "No space left on device";
            case 29 -> "Illegal seek";
            case 32 -> "Broken pipe";
            case 38 -> "Function not implemented";
            default -> "Unknown error " + value;
        };
    }
}
