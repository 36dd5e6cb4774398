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
 * @param format     what the image file is, by the name {@code moka run --format} takes: {@code multiboot}
 *                   (booted with {@code -kernel}) or {@code disk} (attached as a raw drive the firmware boots)
 */
public record QemuRequest(Path executable, String memory, Duration timeout, List<String> extraArgs, String format) {
    /** Copies the arguments. */
    public QemuRequest {
        extraArgs = List.copyOf(extraArgs);
    }
}
