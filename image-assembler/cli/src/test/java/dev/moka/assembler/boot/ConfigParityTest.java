package dev.moka.assembler.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.moka.assembler.config.ImageConfig;
import dev.moka.assembler.config.ImageConfigLoader;
import dev.moka.assembler.config.MokaVersion;
import dev.moka.assembler.hosted.HostedResult;
import dev.moka.assembler.hosted.HostedRunner;
import dev.moka.assembler.image.ImageBuilder;
import dev.moka.assembler.image.ImageSpec;
import dev.moka.assembler.qemu.QemuResult;
import dev.moka.assembler.qemu.QemuRunner;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every config in {@code config/} booted both ways, natively in QEMU and hosted on the JVM, prints
 * the same lines and ends with the same status. Only what measures time or the machine's speed may
 * differ: those lines are compared by their words, with each figure in them replaced
 * ({@link ReportLines}).
 */
class ConfigParityTest {
    private static final String MEMORY = "128M";
    private static final long MEMORY_BYTES = 128L << 20;

    @TempDir
    Path dir;

    static Stream<Path> configs() throws IOException {
        Path configDir = Path.of(System.getProperty("moka.configDir", "../../config"));
        try (Stream<Path> files = Files.list(configDir)) {
            List<Path> tomls = files.filter(p -> p.toString().endsWith(".toml")).sorted().toList();
            assertFalse(tomls.isEmpty(), "no configs in " + configDir.toAbsolutePath());
            return tomls.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("configs")
    void nativeAndHostedRunsAgree(Path file) throws Exception {
        ImageConfig config = ImageConfigLoader.load(file);
        QemuResult nativeRun = QemuBoot.boot(ImageBuilder.assemble(ImageSpec.of(config, MokaVersion.current())), dir, MEMORY);

        ByteArrayOutputStream serial = new ByteArrayOutputStream();
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream standardError = System.err;
        HostedResult hosted;
        // Hosted, what kernel code prints with System.err goes to the JVM's standard error; natively it
        // reaches the serial console too.
        System.setErr(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            // The same kernel image both ways: ImageSpec.of leaves out a [userland] table's programs
            // (ShellParityTest compares a system with them).
            ImageConfig kernelImage = new ImageConfig(config.source(), config.kernel(), config.workload(), null);
            hosted = HostedRunner.run(kernelImage, MokaVersion.current(), MEMORY_BYTES, serial);
        } finally {
            System.setErr(standardError);
        }
        String hostedOutput = serial.toString(StandardCharsets.UTF_8) + printed.toString(StandardCharsets.UTF_8);
        String report = file.getFileName() + "\n--- native (exit " + nativeRun.exitCode() + ")\n"
                + nativeRun.serialOutput() + "\n--- hosted (exit value " + hosted.exitValue() + ")\n" + hostedOutput;

        assertEquals(nativeRun.exitCode() == QemuRunner.SUCCESS_EXIT_CODE, hosted.success(), report);
        assertEquals(hosted.exitValue() << 1 | 1, nativeRun.exitCode(), report);
        assertEquals(ReportLines.comparable(nativeRun.serialOutput()), ReportLines.comparable(hostedOutput), report);
    }
}
