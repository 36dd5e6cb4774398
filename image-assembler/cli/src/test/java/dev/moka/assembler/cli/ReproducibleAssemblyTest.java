package dev.moka.assembler.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moka.assembler.cli.batch.AssembleEach;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code moka assemble} writes the same bytes for the same image description, whatever the JVM run,
 * the working directory, the spelling of the config's path and the image's path. Every config in
 * {@code config/} is assembled by two JVMs of their own, started the way {@code ./moka} starts the
 * command line (the assembler and the kernel modules on the module path); each JVM assembles them all,
 * which keeps this to two JVM starts.
 */
class ReproducibleAssemblyTest {
    private static final Path CONFIGS = Path.of("../../config");
    private static final long LIMIT_MINUTES = 5;

    @TempDir
    Path dir;

    @Test
    void everyConfigAssemblesToTheSameBytesInTwoSeparateJvms() throws Exception {
        List<Path> configs;
        try (Stream<Path> files = Files.list(CONFIGS)) {
            configs = files.filter(f -> f.toString().endsWith(".toml")).sorted().toList();
        }
        assertFalse(configs.isEmpty(), "no image descriptions in " + CONFIGS.toAbsolutePath());

        Path here = Path.of("").toAbsolutePath();
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Path firstImages = dir.resolve("first");
        List<String> first = new ArrayList<>();
        List<String> second = new ArrayList<>();
        for (Path config : configs) {
            // From this module's folder: the config relative to it, the image under an absolute path.
            first.add(config.toString());
            first.add(firstImages.resolve(imageName(config) + ".elf").toString());
            // From another folder: an absolute config path with "." and ".." in it, a relative image
            // path in a new folder, under another name.
            Path folder = config.toAbsolutePath().getParent();
            second.add(folder.resolve("..").resolve(folder.getFileName()).resolve(".").resolve(config.getFileName()).toString());
            second.add("images/" + imageName(config) + "-again.img");
        }

        Process firstJvm = assemble(here, first, dir.resolve("first.log"));
        Process secondJvm = assemble(elsewhere, second, dir.resolve("second.log"));
        awaitSuccess(firstJvm, dir.resolve("first.log"));
        awaitSuccess(secondJvm, dir.resolve("second.log"));

        List<String> differing = new ArrayList<>();
        for (Path config : configs) {
            byte[] a = Files.readAllBytes(firstImages.resolve(imageName(config) + ".elf"));
            byte[] b = Files.readAllBytes(elsewhere.resolve("images").resolve(imageName(config) + "-again.img"));
            assertTrue(a.length > 0, "empty image for " + config);
            if (!Arrays.equals(a, b)) {
                differing.add(config.getFileName() + ": " + difference(a, b));
            }
        }
        assertEquals(List.of(), differing, "images that differ between the two JVMs");
    }

    private static String imageName(Path config) {
        return config.getFileName().toString().replace(".toml", "");
    }

    /**
     * Starts a JVM that assembles each config into its image. Its module path is this JVM's class
     * path without the test classes, which holds the assembler, the kernel modules and their
     * libraries (test libraries there are never resolved: nothing requires them). Its class path
     * holds only {@link AssembleEach}, copied out, so no test provider is found by service lookups.
     */
    private Process assemble(Path workingDirectory, List<String> pairs, Path log) throws IOException {
        String modulePath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !Path.of(entry).endsWith("test-classes"))
                .reduce((a, b) -> a + File.pathSeparator + b)
                .orElseThrow();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // Only the quick JIT tier: each JVM lives a few seconds, and the tiers compute the same.
                "-XX:TieredStopAtLevel=1",
                "-p", modulePath,
                "--add-modules", "dev.moka.assembler.cli",
                "--add-exports", "dev.moka.assembler.cli/dev.moka.assembler.cli=ALL-UNNAMED",
                "-cp", launcherClassPath().toString(),
                AssembleEach.class.getName()));
        command.addAll(pairs);
        return new ProcessBuilder(command).directory(workingDirectory.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private Path launcherClassPath() throws IOException {
        Path root = dir.resolve("launcher");
        String resource = AssembleEach.class.getName().replace('.', '/') + ".class";
        Path file = root.resolve(resource);
        if (!Files.exists(file)) {
            Files.createDirectories(file.getParent());
            try (InputStream in = AssembleEach.class.getClassLoader().getResourceAsStream(resource)) {
                assertTrue(in != null, "no " + resource + " on the test class path");
                Files.copy(in, file);
            }
        }
        return root;
    }

    private static void awaitSuccess(Process jvm, Path log) throws Exception {
        boolean finished = jvm.waitFor(LIMIT_MINUTES, TimeUnit.MINUTES);
        if (!finished) {
            jvm.destroyForcibly().waitFor();
        }
        assertTrue(finished, "no result within " + LIMIT_MINUTES + " minutes:\n" + Files.readString(log));
        assertEquals(ExitCodes.SUCCESS, jvm.exitValue(), Files.readString(log));
    }

    /** @return how many bytes differ and where the first one is */
    private static String difference(byte[] a, byte[] b) {
        int common = Math.min(a.length, b.length);
        int count = Math.abs(a.length - b.length);
        int firstAt = -1;
        for (int i = 0; i < common; i++) {
            if (a[i] != b[i]) {
                count++;
                firstAt = firstAt < 0 ? i : firstAt;
            }
        }
        return a.length + " and " + b.length + " bytes, " + count + " differ, first at offset "
                + (firstAt < 0 ? common : firstAt);
    }
}
