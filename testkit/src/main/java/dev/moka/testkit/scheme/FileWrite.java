package dev.moka.testkit.scheme;

import java.util.Arrays;

/**
 * One write of a generated sequence: bytes at a position.
 *
 * @param position where the bytes go
 * @param bytes    what is written
 */
public record FileWrite(long position, byte[] bytes) {
    @Override
    public boolean equals(Object other) {
        return other instanceof FileWrite that && position == that.position && Arrays.equals(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(position) * 31 + Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return bytes.length + " bytes at " + position;
    }
}
