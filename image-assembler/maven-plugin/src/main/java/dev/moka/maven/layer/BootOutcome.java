package dev.moka.maven.layer;

/**
 * How a boot ended.
 *
 * @param success whether the kernel reported success
 * @param verdict one line saying how it ended, as the {@code moka} command prints it
 */
public record BootOutcome(boolean success, String verdict) {
}
