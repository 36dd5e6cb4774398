package dev.moka.assembler.hosted;

/**
 * How a hosted run ended.
 *
 * @param success   whether the kernel reported success through the exit device
 * @param exitValue the value the kernel wrote to the exit device ({@code 0x10} success, {@code 0x11}
 *                  failure), or {@link HostedRunner#NO_EXIT_VALUE} when it never reached the device
 */
public record HostedResult(boolean success, int exitValue) {
}
