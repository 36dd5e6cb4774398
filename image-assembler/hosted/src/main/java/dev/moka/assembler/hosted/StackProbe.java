package dev.moka.assembler.hosted;

/**
 * Makes sure a program's thread has stack to spare before the host changes any state on its behalf.
 * A program that recurses without bound runs out of its JVM thread's stack; HotSpot throws the
 * StackOverflowError at a method's entry, so running a deeper chain of calls than the host's own
 * code needs, first, moves the overflow there, before a system call is half posted or a page half
 * copied: the program sees a StackOverflowError, as natively, and the host's state stays whole.
 */
final class StackProbe {
    /** Frames the probe takes: more, and larger, than any chain the host's entry code calls. */
    private static final int DEPTH = 96;

    private StackProbe() {
    }

    /** @throws StackOverflowError when there is not enough stack, having changed nothing */
    static void reserve() {
        if (descend(DEPTH, 1, 2, 3) == Long.MIN_VALUE) {
            throw new IllegalStateException("the stack probe's result is never this");
        }
    }

    private static long descend(int depth, long a, long b, long c) {
        if (depth == 0) {
            return a ^ b ^ c;
        }
        long d = a * 31 + b;
        long e = b * 17 + c;
        long f = c * 13 + a;
        return descend(depth - 1, d, e, f) + (d ^ e ^ f);
    }
}
