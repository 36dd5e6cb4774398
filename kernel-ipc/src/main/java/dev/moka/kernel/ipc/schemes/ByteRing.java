package dev.moka.kernel.ipc.schemes;

/**
 * A bounded first-in first-out queue of bytes on one array: what a pipe, the console's input and the
 * kernel log hold. Neither end allocates.
 */
final class ByteRing {
    private final byte[] bytes;
    private int head;
    private int count;

    ByteRing(int capacity) {
        bytes = new byte[capacity];
    }

    int capacity() {
        return bytes.length;
    }

    int count() {
        return count;
    }

    int free() {
        return bytes.length - count;
    }

    /** Appends as many bytes as fit; returns how many. */
    int put(byte[] source, int offset, int length) {
        int n = Math.min(length, free());
        int tail = (head + count) % bytes.length;
        int first = Math.min(n, bytes.length - tail);
        System.arraycopy(source, offset, bytes, tail, first);
        System.arraycopy(source, offset + first, bytes, 0, n - first);
        count += n;
        return n;
    }

    /** Appends every byte, dropping the oldest ones to make room. */
    void putOverwriting(byte[] source, int offset, int length) {
        int start = offset;
        int n = length;
        if (n > bytes.length) {
            start += n - bytes.length;
            n = bytes.length;
        }
        int overflow = n - free();
        if (overflow > 0) {
            head = (head + overflow) % bytes.length;
            count -= overflow;
        }
        put(source, start, n);
    }

    /** Removes up to {@code length} of the oldest bytes into {@code target}; returns how many. */
    int take(byte[] target, int offset, int length) {
        int n = copy(0, target, offset, length);
        head = (head + n) % bytes.length;
        count -= n;
        return n;
    }

    /** Removes up to {@code length} of the oldest bytes without copying them; returns how many. */
    int drop(int length) {
        int n = Math.min(length, count);
        head = (head + n) % bytes.length;
        count -= n;
        return n;
    }

    /** Copies up to {@code length} bytes from the {@code skip}-th oldest on without removing them. */
    int copy(int skip, byte[] target, int offset, int length) {
        if (skip >= count) {
            return 0;
        }
        int n = Math.min(length, count - skip);
        int start = (head + skip) % bytes.length;
        int first = Math.min(n, bytes.length - start);
        System.arraycopy(bytes, start, target, offset, first);
        System.arraycopy(bytes, 0, target, offset + first, n - first);
        return n;
    }
}
