package dev.moka.maven.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build fails, with the message the {@code moka} command would print, when the kernel reports
 * failure (natively and hosted), when the pom names a provider no module has, when the project's
 * classes are not a module, and when there is no image to boot.
 */
class GoalFailuresTest {
    @TempDir
    static Path dir;

    private static Path emptyAllocator;

    @BeforeAll
    static void buildTheProject() throws Exception {
        emptyAllocator = OutsideModules.emptyAllocatorClasses(dir);
    }

    @Test
    void aKernelThatReportsFailureHostedFailsTheBuild() throws Exception {
        RunHostedMojo run = Goals.forProject(new RunHostedMojo(), emptyAllocator, List.of());
        run.frameAllocator = OutsideModules.EMPTY_ALLOCATOR;
        StringBuilder serial = new StringBuilder();
        MojoFailureException failure = assertThrows(MojoFailureException.class,
                () -> serial.append(FrontDoorsTest.SerialCapture.of(run::execute)));
        assertEquals("kernel reported failure (exit value 0x11) (the serial console is printed above)",
                failure.getMessage());
    }

    @Test
    void aKernelThatReportsFailureInQemuFailsTheBuild() throws Exception {
        Path image = dir.resolve("empty/kernel.elf");
        AssembleMojo assemble = Goals.forProject(new AssembleMojo(), emptyAllocator, List.of());
        assemble.frameAllocator = OutsideModules.EMPTY_ALLOCATOR;
        assemble.image = image.toFile();
        assemble.execute();

        QemuOnPath.require();
        RunMojo run = Goals.forProject(new RunMojo(), emptyAllocator, List.of());
        run.image = image.toFile();
        MojoFailureException failure = assertThrows(MojoFailureException.class,
                () -> FrontDoorsTest.SerialCapture.of(run::execute));
        assertTrue(failure.getMessage().startsWith("kernel reported failure (QEMU exit status 35) after "),
                failure.getMessage());
    }

    @Test
    void anUnknownSchedulerInThePomIsNamedAsTheConfigurationsMistake() {
        AssembleMojo assemble = Goals.forProject(new AssembleMojo(), emptyAllocator, List.of());
        assemble.scheduler = "no-such-policy";
        assemble.image = dir.resolve("unknown/kernel.elf").toFile();
        MojoFailureException failure = assertThrows(MojoFailureException.class, assemble::execute);
        assertTrue(failure.getMessage().startsWith(MokaMojo.SETTINGS_NAME + ": unknown scheduler \"no-such-policy\"; "
                + "available: eevdf, priority, round-robin; searched Moka's own modules and the module path "
                + emptyAllocator), failure.getMessage());
        assertTrue(!Files.exists(dir.resolve("unknown/kernel.elf")), "an image was written after a failure");
    }

    @Test
    void classesWithoutAModuleDeclarationAreRefused() throws Exception {
        Path plain = Files.createDirectories(dir.resolve("plain/classes/org/example"));
        Files.copy(emptyAllocator.resolve("org/example/empty/EmptyAllocator.class"), plain.resolve("Empty.class"));
        Path classes = dir.resolve("plain/classes");
        AssembleMojo assemble = Goals.forProject(new AssembleMojo(), classes, List.of());
        assemble.image = dir.resolve("plain/kernel.elf").toFile();
        MojoFailureException failure = assertThrows(MojoFailureException.class, assemble::execute);
        assertEquals(classes + " holds classes but no module-info.class: Moka finds a project's providers through "
                + "the provides clauses of its module declaration, so add src/main/java/module-info.java",
                failure.getMessage());
    }

    @Test
    void runWithoutAnImageSaysWhichGoalWritesIt() {
        RunMojo run = Goals.forProject(new RunMojo(), emptyAllocator, List.of());
        run.image = dir.resolve("nowhere/kernel.elf").toFile();
        MojoFailureException failure = assertThrows(MojoFailureException.class, run::execute);
        assertEquals("no image at " + run.image + ": the assemble goal writes it (mvn package moka:run)",
                failure.getMessage());
    }
}
