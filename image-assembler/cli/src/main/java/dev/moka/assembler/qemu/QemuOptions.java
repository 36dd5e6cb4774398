package dev.moka.assembler.qemu;

import dev.moka.kernel.api.arch.ImageFormat;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How to run QEMU besides the fixed part of its command line.
 *
 * @param memory    the RAM size as QEMU's {@code -m} takes it, such as {@code 128M}
 * @param timeout   how long the run may take before QEMU is killed
 * @param extraArgs further arguments appended to the command line, such as {@code -icount shift=0}
 * @param format    what the image file is: a Multiboot kernel ({@code -kernel}) or a raw disk
 *                  ({@code -drive format=raw})
 * @param gdbPort   a TCP port on 127.0.0.1 for QEMU's gdb stub, with the CPU stopped until a debugger
 *                  continues it; 0 for none
 */
public record QemuOptions(String memory, Duration timeout, List<String> extraArgs, ImageFormat format, int gdbPort) {
    /** RAM of a run that asks for nothing else. */
    public static final String DEFAULT_MEMORY = "128M";
    /** Time limit of a run that asks for nothing else. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);
    /** A time limit no run reaches: for runs a person drives through a debugger. */
    public static final Duration NO_TIMEOUT = Duration.ofDays(36_500);
    /** The gdb stub's port when none is asked for, the one QEMU's {@code -s} uses. */
    public static final int DEFAULT_GDB_PORT = 1234;

    /** Checks the fields and copies the argument list. */
    public QemuOptions {
        Objects.requireNonNull(memory, "memory");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(format, "format");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive: " + timeout);
        }
        if (gdbPort < 0 || gdbPort > 0xFFFF) {
            throw new IllegalArgumentException("gdb port must be 1-65535, or 0 for none: " + gdbPort);
        }
        extraArgs = List.copyOf(extraArgs);
    }

    /**
     * A Multiboot kernel without a debugger.
     *
     * @param memory    the RAM size
     * @param timeout   the time limit
     * @param extraArgs further arguments
     */
    public QemuOptions(String memory, Duration timeout, List<String> extraArgs) {
        this(memory, timeout, extraArgs, ImageFormat.MULTIBOOT, 0);
    }

    /** @return 128 MiB of RAM, 60 seconds, no extra arguments, a Multiboot kernel, no debugger */
    public static QemuOptions defaults() {
        return new QemuOptions(DEFAULT_MEMORY, DEFAULT_TIMEOUT, List.of());
    }

    /** @param newMemory QEMU's {@code -m} value @return these options with that RAM size */
    public QemuOptions withMemory(String newMemory) {
        return new QemuOptions(newMemory, timeout, extraArgs, format, gdbPort);
    }

    /** @param newTimeout the time limit @return these options with that time limit */
    public QemuOptions withTimeout(Duration newTimeout) {
        return new QemuOptions(memory, newTimeout, extraArgs, format, gdbPort);
    }

    /** @param newExtraArgs arguments to append @return these options with those arguments */
    public QemuOptions withExtraArgs(List<String> newExtraArgs) {
        return new QemuOptions(memory, timeout, newExtraArgs, format, gdbPort);
    }

    /** @param newFormat what the image file is @return these options for such a file */
    public QemuOptions withFormat(ImageFormat newFormat) {
        return new QemuOptions(memory, timeout, extraArgs, newFormat, gdbPort);
    }

    /** @param port the gdb stub's port, or 0 for none @return these options with that stub */
    public QemuOptions withGdbPort(int port) {
        return new QemuOptions(memory, timeout, extraArgs, format, port);
    }
}
