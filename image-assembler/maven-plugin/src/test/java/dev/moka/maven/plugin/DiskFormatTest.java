package dev.moka.maven.plugin;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The goals' {@code format}: {@code assemble} writes a raw disk that holds the same kernel its
 * Multiboot image is, under the name {@code moka run} gives a disk; {@code run} boots that disk
 * through Moka's boot sector; a format no arch pack writes is the configuration's mistake.
 */
class DiskFormatTest {
    /** Where the disk loader reads the kernel from: sector 64. */
    private static final int KERNEL_OFFSET = 64 * 512;

    @TempDir
    static Path dir;

    private static Path classes;
    private static Path turns;

    @BeforeAll
    static void buildTheProject() throws Exception {
        turns = OutsideModules.turnsLibrary(dir);
        classes = OutsideModules.rotatingSchedulerClasses(dir, turns);
    }

    @Test
    void assembleWritesADiskThatHoldsTheMultibootKernelAndRunBootsIt() throws Exception {
        AssembleMojo disk = assemble(MokaMojo.DISK);
        disk.execute();
        Path diskImage = classes.getParent().resolve("disk.img");
        assertTrue(Files.isRegularFile(diskImage), "no disk.img in the build folder");

        AssembleMojo multiboot = assemble(MokaMojo.MULTIBOOT);
        multiboot.image = dir.resolve("multiboot/kernel.elf").toFile();
        multiboot.execute();

        byte[] kernel = Files.readAllBytes(multiboot.image.toPath());
        byte[] onDisk = Files.readAllBytes(diskImage);
        assertEquals(0x55, onDisk[510] & 0xFF, "no boot signature");
        assertEquals(0xAA, onDisk[511] & 0xFF, "no boot signature");
        assertArrayEquals(kernel, Arrays.copyOfRange(onDisk, KERNEL_OFFSET, KERNEL_OFFSET + kernel.length),
                "the disk does not hold the Multiboot kernel from sector 64");

        QemuOnPath.require();
        RunMojo run = Goals.forProject(new RunMojo(), classes, List.of(turns));
        run.format = MokaMojo.DISK;
        String serial = FrontDoorsTest.SerialCapture.of(run::execute);
        // The goal's log shares standard output with the serial console.
        assertTrue(serial.lines().anyMatch(line -> line.startsWith("Moka ")), serial);
        // The image is the default one, which boots to the shell; without input the shell ends at once.
        assertTrue(serial.contains("system shut down with status 0"), serial);
        assertTrue(serial.contains("scheduler: " + OutsideModules.SCHEDULER), serial);
    }

    @Test
    void anUnknownFormatIsNamedWithTheFormatsThereAre() {
        AssembleMojo assemble = assemble("iso");
        assemble.image = dir.resolve("iso/kernel.iso").toFile();
        MojoFailureException failure = assertThrows(MojoFailureException.class, assemble::execute);
        assertEquals("unknown image format \"iso\"; formats: multiboot, disk", failure.getMessage());
        assertFalse(Files.exists(assemble.image.toPath()), "an image was written after a failure");
    }

    @Test
    void runLooksForADiskUnderTheNameAssembleGivesIt() {
        Path project = dir.resolve("no-disk/classes");
        RunMojo run = Goals.forProject(new RunMojo(), project, List.of());
        run.format = MokaMojo.DISK;
        MojoFailureException failure = assertThrows(MojoFailureException.class, run::execute);
        assertEquals("no image at " + project.getParent().resolve("disk.img")
                + ": the assemble goal writes it (mvn package moka:run)", failure.getMessage());
    }

    private static AssembleMojo assemble(String format) {
        AssembleMojo assemble = Goals.forProject(new AssembleMojo(), classes, List.of(turns));
        assemble.scheduler = OutsideModules.SCHEDULER;
        assemble.format = format;
        return assemble;
    }
}
