package dev.moka.drivers.x86.boot;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Boots an image with {@code qemu-system-x86_64 -kernel} and collects the serial output. */
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
        Path qemu = qemu();
        Path file = Files.createTempFile("moka-boot", ".elf");
        try {
            Files.write(file, image);
            Process process = new ProcessBuilder(qemu.toString(), "-kernel", file.toString(), "-serial", "stdio",
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
