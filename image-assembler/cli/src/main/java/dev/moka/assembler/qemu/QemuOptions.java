package dev.moka.assembler.qemu;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How to run QEMU besides the fixed part of its command line.
 *
 * @param memory    the RAM size as QEMU's {@code -m} takes it, such as {@code 128M}
 * @param timeout   how long the run may take before QEMU is killed
 * @param extraArgs further arguments appended to the command line, such as {@code -icount shift=0}
 */
public record QemuOptions(String memory, Duration timeout, List<String> extraArgs) {
    /** RAM of a run that asks for nothing else. */
    public static final String DEFAULT_MEMORY = "128M";
    /** Time limit of a run that asks for nothing else. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

    /** Checks the fields and copies the argument list. */
    public QemuOptions {
        Objects.requireNonNull(memory, "memory");
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive: " + timeout);
        }
        extraArgs = List.copyOf(extraArgs);
    }

    /** @return 128 MiB of RAM, 60 seconds, no extra arguments */
    public static QemuOptions defaults() {
        return new QemuOptions(DEFAULT_MEMORY, DEFAULT_TIMEOUT, List.of());
    }

    /** @param newMemory QEMU's {@code -m} value @return these options with that RAM size */
    public QemuOptions withMemory(String newMemory) {
        return new QemuOptions(newMemory, timeout, extraArgs);
    }

    /** @param newTimeout the time limit @return these options with that time limit */
    public QemuOptions withTimeout(Duration newTimeout) {
        return new QemuOptions(memory, newTimeout, extraArgs);
    }

    /** @param newExtraArgs arguments to append @return these options with those arguments */
    public QemuOptions withExtraArgs(List<String> newExtraArgs) {
        return new QemuOptions(memory, timeout, newExtraArgs);
    }
}
