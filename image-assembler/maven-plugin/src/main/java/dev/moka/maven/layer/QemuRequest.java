package dev.moka.maven.layer;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * How to boot an image in QEMU.
 *
 * @param executable the QEMU binary, or null for {@code qemu-system-x86_64} on {@code PATH}
 * @param memory     RAM of the machine, such as {@code 128M}
 * @param timeout    how long the run may take before QEMU is stopped and the run counts as failed
 * @param extraArgs  further QEMU arguments, such as {@code -icount shift=0}
 */
public record QemuRequest(Path executable, String memory, Duration timeout, List<String> extraArgs) {
    /** Copies the arguments. */
    public QemuRequest {
        extraArgs = List.copyOf(extraArgs);
    }
}
