package dev.moka.assembler.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moka.assembler.cli.batch.BuilderLauncher;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Outside modules on {@code --module-path} (and {@code MOKA_MODULE_PATH}): their providers join the
 * ones an image config can name, the image is the same whichever front door built it, and every
 * wrong module path gets a message naming the entry. The command line runs as {@code ./moka} runs
 * it: a JVM of its own with Moka's modules on the module path, so outside modules resolve against
 * the real {@code dev.moka.kernel.api} module.
 */
class ModulePathTest {
    private static final String SCHEDULER_NAME = "outside-fifo";

    @TempDir
    static Path dir;

    private static Path fifoJar;
    private static Path secondFifoJar;
    private static Path config;

    @BeforeAll
    static void buildOutsideModules() throws Exception {
        fifoJar = moduleJar("org.example.fifo", "org.example.fifo", "FifoScheduler", "", "fifo.jar");
        secondFifoJar = moduleJar("org.example.fifo.again", "org.example.again", "FifoScheduler", "", "again.jar");
        config = dir.resolve("outside.toml");
        Files.writeString(config, "[kernel]\nscheduler = \"" + SCHEDULER_NAME + "\"\n");
    }

    @Test
    void anOutsideSchedulerBootsAndEveryFrontDoorWritesTheSameBytes() throws Exception {
        Path fromCli = dir.resolve("cli.elf");
        Outcome assemble = moka(Map.of(), "assemble", "--module-path", fifoJar.toString(), "--config",
                config.toString(), "--out", fromCli.toString());
        assertEquals(0, assemble.status(), assemble.err());

        Path fromEnvironment = dir.resolve("env.elf");
        Outcome viaEnvironment = moka(Map.of(ModulePathOption.ENVIRONMENT, fifoJar.toString()), "assemble",
                "--config", config.toString(), "--out", fromEnvironment.toString());
        assertEquals(0, viaEnvironment.status(), viaEnvironment.err());
        assertArrayEquals(Files.readAllBytes(fromCli), Files.readAllBytes(fromEnvironment));

        Path fromBuilder = dir.resolve("builder.elf");
        Outcome viaBuilder = java(Map.of(), "-cp", launcher(BuilderLauncher.class).toString(),
                BuilderLauncher.class.getName(), fifoJar.toString(), config.toString(), fromBuilder.toString());
        assertEquals(0, viaBuilder.status(), viaBuilder.err());
        assertArrayEquals(Files.readAllBytes(fromCli), Files.readAllBytes(fromBuilder));

        Outcome run = moka(Map.of(), "run", "--hosted", "--module-path", fifoJar.toString(), "--config",
                config.toString());
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains("scheduler: " + SCHEDULER_NAME), run.out());
    }

    @Test
    void aMissingEntryIsNamed() throws Exception {
        Path missing = dir.resolve("nowhere.jar");
        assertError("module path entry " + missing + " does not exist", "--module-path", missing.toString());
    }

    @Test
    void aMissingEntryInTheEnvironmentIsNamed() throws Exception {
        Path missing = dir.resolve("gone");
        Outcome outcome = moka(Map.of(ModulePathOption.ENVIRONMENT, missing.toString()), "assemble", "--out",
                dir.resolve("x.elf").toString());
        assertEquals(ExitCodes.ERROR, outcome.status(), outcome.err());
        assertEquals("moka: module path entry " + missing + " does not exist\n", outcome.err());
    }

    @Test
    void aJarThatIsNotAModuleIsRefused() throws Exception {
        Path plain = dir.resolve("plain.jar");
        try (JarOutputStream jar = new JarOutputStream(Files.newOutputStream(plain))) {
            jar.putNextEntry(new JarEntry("org/example/Nothing.txt"));
            jar.write("x".getBytes(StandardCharsets.UTF_8));
        }
        assertError("module path entry " + plain + " is not a module: it has no module-info.class (Moka finds "
                + "providers through the provides clauses of module declarations)", "--module-path", plain.toString());
    }

    @Test
    void aFileThatIsNeitherJarNorDirectoryIsRefused() throws Exception {
        Path text = Files.writeString(dir.resolve("notes.txt"), "hello");
        assertError("module path entry " + text + " is neither a jar nor a directory", "--module-path", text.toString());
    }

    @Test
    void aCorruptJarIsRefused() throws Exception {
        Path corrupt = Files.writeString(dir.resolve("corrupt.jar"), "this is no zip file");
        Outcome outcome = moka(Map.of(), "assemble", "--module-path", corrupt.toString(), "--out",
                dir.resolve("x.elf").toString());
        assertEquals(ExitCodes.ERROR, outcome.status(), outcome.err());
        assertTrue(outcome.err().startsWith("moka: module path entry " + corrupt + " cannot be read as a module: "),
                outcome.err());
    }

    @Test
    void aDirectoryWithoutModulesIsRefused() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        assertError("module path entry " + empty + " holds no module: a directory on the module path must be an "
                + "exploded module (module-info.class at its top) or a folder of modular jars",
                "--module-path", empty.toString());
    }

    @Test
    void theSameModuleTwiceIsRefused() throws Exception {
        Path copy = Files.copy(fifoJar, dir.resolve("fifo-copy.jar"));
        assertError("module org.example.fifo is on the module path twice: in " + fifoJar + " and in " + copy,
                "--module-path", fifoJar + File.pathSeparator + copy);
    }

    @Test
    void aModuleWithTheNameOfOneOfMokasIsRefused() throws Exception {
        Path impostor = moduleJar("dev.moka.kernel.sched", "org.example.impostor", "FifoScheduler", "", "impostor.jar");
        assertError("module dev.moka.kernel.sched in " + impostor
                + " has the name of a module Moka already has; an outside module needs a name of its own",
                "--module-path", impostor.toString());
    }

    @Test
    void aModuleWhoseRequirementsAreMissingIsRefused() throws Exception {
        Path needy = moduleJar("org.example.needy", "org.example.needy", "FifoScheduler",
                "requires org.example.absent;", "needy.jar");
        Outcome outcome = moka(Map.of(), "assemble", "--module-path", needy.toString(), "--out",
                dir.resolve("x.elf").toString());
        assertEquals(ExitCodes.ERROR, outcome.status(), outcome.err());
        assertTrue(outcome.err().startsWith("moka: the module path " + needy + " does not resolve: "), outcome.err());
        assertTrue(outcome.err().contains("org.example.absent"), outcome.err());
    }

    @Test
    void twoModulesProvidingOneNameAreRefused() throws Exception {
        Outcome outcome = moka(Map.of(), "assemble", "--module-path", fifoJar + File.pathSeparator + secondFifoJar,
                "--config", config.toString(), "--out", dir.resolve("x.elf").toString());
        assertEquals(ExitCodes.ERROR, outcome.status(), outcome.err());
        assertEquals("moka: " + config + ":2: two providers of scheduler \"" + SCHEDULER_NAME
                + "\": org.example.fifo.FifoScheduler (module org.example.fifo) and org.example.again.FifoScheduler "
                + "(module org.example.fifo.again); remove one of their modules from the module path\n", outcome.err());
    }

    @Test
    void anUnknownProviderNamesTheModulePathAndHowToAddToIt() throws Exception {
        Outcome outcome = moka(Map.of(), "assemble", "--config", config.toString(), "--out",
                dir.resolve("x.elf").toString());
        assertEquals(ExitCodes.ERROR, outcome.status(), outcome.err());
        assertEquals("moka: " + config + ":2: unknown scheduler \"" + SCHEDULER_NAME + "\"; available: eevdf, priority, "
                + "round-robin; searched Moka's own modules and the module path (none); to use an outside scheduler, "
                + "add its module with --module-path PATH or MOKA_MODULE_PATH\n", outcome.err());
    }

    @Test
    void compileChecksItsModulePathToo() throws Exception {
        Path missing = dir.resolve("absent-plan.jar");
        Outcome outcome = moka(Map.of(), "compile", "--target", "linux-x86_64", "-cp", dir.toString(), "--main",
                "Main", "--out", dir.resolve("main").toString(), "--module-path", missing.toString());
        assertEquals(ExitCodes.ERROR, outcome.status(), outcome.err());
        assertEquals("moka: module path entry " + missing + " does not exist\n", outcome.err());
    }

    private void assertError(String message, String... options) throws Exception {
        List<String> args = new ArrayList<>(List.of("assemble", "--out", dir.resolve("x.elf").toString()));
        args.addAll(Arrays.asList(options));
        Outcome outcome = moka(Map.of(), args.toArray(String[]::new));
        assertEquals(ExitCodes.ERROR, outcome.status(), outcome.err());
        assertEquals("moka: " + message + "\n", outcome.err());
    }

    /** What a child JVM printed and how it ended. */
    private record Outcome(int status, String out, String err) {
    }

    private static Outcome moka(Map<String, String> environment, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("-p", mokaModulePath(), "-m",
                "dev.moka.assembler.cli/dev.moka.assembler.cli.MokaCli"));
        command.addAll(Arrays.asList(args));
        return java(environment, command.toArray(String[]::new));
    }

    private static Outcome java(Map<String, String> environment, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1"));
        command.addAll(Arrays.asList(args));
        if (command.contains("-cp")) {
            // The launcher runs beside Moka's modules, which it adds as the command line does.
            command.addAll(1, List.of("-p", mokaModulePath(), "--add-modules", "dev.moka.assembler.linker"));
        }
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        builder.environment().remove(ModulePathOption.ENVIRONMENT);
        builder.environment().putAll(environment);
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(process.waitFor(3, TimeUnit.MINUTES), "the command did not finish: " + command);
        return new Outcome(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    /** This JVM's class path without the test classes: Moka's modules and their libraries. */
    private static String mokaModulePath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !Path.of(entry).endsWith("test-classes"))
                .reduce((a, b) -> a + File.pathSeparator + b)
                .orElseThrow();
    }

    /** A directory holding only {@code type}'s class file, so no test provider is visible beside it. */
    private static Path launcher(Class<?> type) throws IOException {
        Path root = dir.resolve("launcher-" + type.getSimpleName());
        String resource = type.getName().replace('.', '/') + ".class";
        Path file = root.resolve(resource);
        if (!Files.exists(file)) {
            Files.createDirectories(file.getParent());
            try (var in = type.getClassLoader().getResourceAsStream(resource)) {
                assertTrue(in != null, "no " + resource + " on the test class path");
                Files.copy(in, file);
            }
        }
        return root;
    }

    /** Compiles a one-class module providing a FIFO scheduler named {@value #SCHEDULER_NAME} into a jar. */
    private static Path moduleJar(String module, String pkg, String className, String extraRequires, String jarName)
            throws Exception {
        Path src = Files.createDirectories(dir.resolve("src-" + jarName).resolve(pkg.replace('.', '/')));
        Files.writeString(src.resolve(className + ".java"), """
                package %s;

                import dev.moka.kernel.api.sched.Scheduler;
                import dev.moka.kernel.api.sched.Task;

                public final class %s implements Scheduler {
                    private final Task[] queue = new Task[256];
                    private int count;

                    public String name() { return "%s"; }

                    public void enqueue(Task task) { queue[count++] = task; }

                    public void dequeue(Task task) {
                        for (int i = 0; i < count; i++) {
                            if (queue[i] == task) {
                                System.arraycopy(queue, i + 1, queue, i, count - i - 1);
                                queue[--count] = null;
                                return;
                            }
                        }
                    }

                    public Task pickNext() { return count == 0 ? null : queue[0]; }

                    public boolean tick(Task running) { return false; }

                    public void yield(Task running) {
                        dequeue(running);
                        enqueue(running);
                    }
                }
                """.formatted(pkg, className, SCHEDULER_NAME));
        Path root = dir.resolve("src-" + jarName);
        Files.writeString(root.resolve("module-info.java"), """
                module %s {
                    requires dev.moka.kernel.api;
                    %s
                    provides dev.moka.kernel.api.sched.Scheduler with %s.%s;
                }
                """.formatted(module, extraRequires, pkg, className));
        Path classes = dir.resolve("classes-" + jarName);
        String apiJar = Arrays.stream(mokaModulePath().split(File.pathSeparator))
                .filter(entry -> entry.contains("kernel-api")).findFirst().orElseThrow();
        List<String> javac = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "javac").toString(),
                "--release", "21", "-g", "-p", apiJar, "-d", classes.toString(),
                root.resolve("module-info.java").toString(), src.resolve(className + ".java").toString()));
        if (!extraRequires.isEmpty()) {
            // The absent module is absent at run time only: compile against an empty stand-in.
            Path absent = dir.resolve("absent-src");
            Files.createDirectories(absent);
            Files.writeString(absent.resolve("module-info.java"), "module org.example.absent { }\n");
            Path absentClasses = dir.resolve("absent-classes");
            Process p = new ProcessBuilder(javac.get(0), "--release", "21", "-d", absentClasses.toString(),
                    absent.resolve("module-info.java").toString()).inheritIO().start();
            assertEquals(0, p.waitFor());
            javac.set(javac.indexOf(apiJar), apiJar + File.pathSeparator + absentClasses);
        }
        Process p = new ProcessBuilder(javac).inheritIO().start();
        assertEquals(0, p.waitFor(), "javac failed for " + module);
        Path jar = dir.resolve(jarName);
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
             var files = Files.walk(classes)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(file).toString().replace(File.separatorChar, '/')));
                out.write(Files.readAllBytes(file));
            }
        }
        return jar;
    }
}
