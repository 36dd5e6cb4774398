package dev.moka.maven.plugin;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moka.maven.plugin.launch.SettersLauncher;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The three front doors make the same image from the same inputs: the plugin's {@code assemble} goal
 * (Moka in a module layer of its own inside this JVM, where Moka is also on the class path), the
 * command line ({@code moka assemble --module-path ...} in a JVM of its own, Moka on the module path)
 * and the builder API (a Java program on the module path). The inputs are a project's own classes
 * (a rotating scheduler) with a runtime dependency (a library module it requires), the project's copy of
 * {@code dev.moka.kernel.api} (which the plugin must leave to its own), a config file with a
 * {@code [workload]}, and the scheduler named in three ways: in the pom, in the config file, by a setter.
 */
class FrontDoorsTest {
    @TempDir
    static Path dir;

    private static Path classes;
    private static Path turns;
    private static Path workloadConfig;

    @BeforeAll
    static void buildTheProject() throws Exception {
        turns = OutsideModules.turnsLibrary(dir);
        classes = OutsideModules.rotatingSchedulerClasses(dir, turns);
        workloadConfig = Files.writeString(dir.resolve("workload.toml"), """
                [workload]
                ticks = 60
                threads = [ { name = "a" }, { name = "b" } ]
                """);
    }

    @Test
    void thePluginTheCommandLineAndTheBuilderWriteTheSameBytes() throws Exception {
        Path fromPlugin = dir.resolve("plugin/kernel.elf");
        AssembleMojo assemble = Goals.forProject(new AssembleMojo(), classes, List.of(turns, OutsideModules.kernelApi()));
        assemble.configFile = workloadConfig.toFile();
        assemble.scheduler = OutsideModules.SCHEDULER;
        assemble.image = fromPlugin.toFile();
        assemble.execute();

        Path cliConfig = Files.writeString(dir.resolve("cli.toml"), "[kernel]\nscheduler = \""
                + OutsideModules.SCHEDULER + "\"\n\n" + Files.readString(workloadConfig));
        Path fromCli = dir.resolve("cli.elf");
        Outcome cli = java("-p", mokaModulePath(), "-m", "dev.moka.assembler.cli/dev.moka.assembler.cli.MokaCli",
                "assemble", "--module-path", classes + File.pathSeparator + turns, "--config", cliConfig.toString(),
                "--out", fromCli.toString());
        assertEquals(0, cli.status(), cli.err());

        Path fromBuilder = dir.resolve("builder.elf");
        Outcome builder = java("-p", mokaModulePath(), "--add-modules", "dev.moka.assembler.linker",
                "-cp", launcher(SettersLauncher.class).toString(), SettersLauncher.class.getName(),
                classes + File.pathSeparator + turns, workloadConfig.toString(), OutsideModules.SCHEDULER,
                fromBuilder.toString());
        assertEquals(0, builder.status(), builder.err());

        byte[] plugin = Files.readAllBytes(fromPlugin);
        assertArrayEquals(Files.readAllBytes(fromCli), plugin, "the plugin's image differs from the command line's");
        assertArrayEquals(Files.readAllBytes(fromBuilder), plugin, "the plugin's image differs from the builder's");

        QemuOnPath.require();
        RunMojo run = Goals.forProject(new RunMojo(), classes, List.of(turns));
        run.image = fromPlugin.toFile();
        String serial = SerialCapture.of(run::execute);
        assertTrue(serial.contains("scheduler: " + OutsideModules.SCHEDULER), serial);
        assertTrue(serial.contains("workload: 2 threads, 60 ticks"), serial);
    }

    @Test
    void runHostedBootsTheProjectsSchedulerOnTheJvm() throws Exception {
        RunHostedMojo run = Goals.forProject(new RunHostedMojo(), classes, List.of(turns));
        run.configFile = workloadConfig.toFile();
        run.scheduler = OutsideModules.SCHEDULER;
        String serial = SerialCapture.of(run::execute);
        assertTrue(serial.contains("scheduler: " + OutsideModules.SCHEDULER), serial);
        assertTrue(serial.contains("thread a: ") && serial.contains("thread b: "), serial);
    }

    /** What a child JVM printed and how it ended. */
    private record Outcome(int status, String out, String err) {
    }

    private static Outcome java(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1"));
        command.addAll(Arrays.asList(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        builder.environment().remove("MOKA_MODULE_PATH");
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(process.waitFor(3, TimeUnit.MINUTES), "the command did not finish: " + command);
        return new Outcome(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    /** Moka's modules as {@code ./moka} puts them on the module path. */
    private static String mokaModulePath() {
        return String.join(File.pathSeparator, OutsideModules.mokaJars().stream().map(Path::toString).toList());
    }

    /** A directory holding only {@code type}'s class file, so nothing else of the tests is visible beside it. */
    private static Path launcher(Class<?> type) throws IOException {
        Path root = dir.resolve("launcher-" + type.getSimpleName());
        String resource = type.getName().replace('.', '/') + ".class";
        Path file = root.resolve(resource);
        Files.createDirectories(file.getParent());
        try (var in = type.getClassLoader().getResourceAsStream(resource)) {
            assertTrue(in != null, "no " + resource + " on the test class path");
            Files.copy(in, file);
        }
        return root;
    }

    /** A goal's run, with what it printed on standard output (the serial console). */
    static final class SerialCapture {
        /** A goal's {@code execute}. */
        interface Goal {
            void execute() throws Exception;
        }

        private SerialCapture() {
        }

        static String of(Goal goal) throws Exception {
            PrintStream before = System.out;
            ByteArrayOutputStream captured = new ByteArrayOutputStream();
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            try {
                goal.execute();
            } finally {
                System.setOut(before);
            }
            return captured.toString(StandardCharsets.UTF_8);
        }
    }
}
