package dev.moka.drivers.x86.boot;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Boots an image with {@code qemu-system-x86_64 -kernel} (or a raw disk with {@code -drive}) and
 * collects the serial output.
 */
final class QemuRunner {
    static final String QEMU = "qemu-system-x86_64";
    private static final long TIMEOUT_SECONDS = 20;

    /** Exit status of QEMU and everything the guest wrote to COM1. */
    record Result(int status, String serial) {
    }

    private QemuRunner() {
    }

    static Path qemu() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            Path candidate = Path.of(dir.isEmpty() ? "." : dir, QEMU);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return fail("qemu-system-x86_64 is required: apt-get install -y --no-install-recommends qemu-system-x86");
    }

    static Result boot(byte[] image) throws IOException, InterruptedException {
        return boot(image, false);
    }

    /** Boots a raw disk image through the firmware. */
    static Result bootDisk(byte[] disk) throws IOException, InterruptedException {
        return boot(disk, true);
    }

    private static Result boot(byte[] image, boolean disk) throws IOException, InterruptedException {
        Path qemu = qemu();
        Path file = Files.createTempFile("moka-boot", disk ? ".img" : ".elf");
        try {
            Files.write(file, image);
            String medium = disk ? "-drive" : "-kernel";
            String argument = disk ? "format=raw,file=" + file : file.toString();
            Process process = new ProcessBuilder(qemu.toString(), medium, argument, "-serial", "stdio",
                    "-display", "none", "-device", "isa-debug-exit,iobase=0xf4,iosize=0x04", "-m", "128M",
                    "-no-reboot").redirectErrorStream(true).start();
            process.getOutputStream().close();
            CompletableFuture<String> output = CompletableFuture.supplyAsync(() -> readAll(process.getInputStream()));
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor();
                fail("QEMU did not exit within " + TIMEOUT_SECONDS + " s; output so far:\n" + output.getNow(""));
            }
            return new Result(process.exitValue(), output.join());
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static String readAll(InputStream in) {
        try {
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            return "<cannot read QEMU output: " + e + ">";
        }
    }
}
