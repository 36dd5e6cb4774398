package java.io;

/**
 * The runtime's input and output seam: the compiler replaces {@link #write} with a system call (or
 * console output in a kernel) and {@link #read} with a system call (a kernel has no standard input).
 */
final class MokaIo {
    private MokaIo() {
    }

    /** Intrinsic: writes {@code count} bytes of {@code bytes} to a file descriptor. */
    static void write(int fd, byte[] bytes, int count) {
        throw new InternalError("intrinsic");
    }

    /**
     * Intrinsic: reads at most {@code length} bytes from a file descriptor into {@code bytes} from
     * {@code offset} (both checked by the caller, and length above 0).
     *
     * @return how many bytes were read, or -1 at the end of the input or on an error
     */
    static int read(int fd, byte[] bytes, int offset, int length) {
        throw new InternalError("intrinsic");
    }
}
