package dev.moka.testkit.scheme;

/**
 * Two handles of a stream scheme that are joined: bytes written to {@code writer} are read from
 * {@code reader}, as the two ends of a pipe.
 *
 * @param reader the handle to read from
 * @param writer the handle to write to
 */
public record StreamPair(long reader, long writer) {
}
