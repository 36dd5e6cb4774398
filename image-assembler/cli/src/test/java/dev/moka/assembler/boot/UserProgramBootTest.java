package dev.moka.assembler.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moka.assembler.config.ImageConfig;
import dev.moka.assembler.config.MokaVersion;
import dev.moka.assembler.image.ImageBuilder;
import dev.moka.assembler.image.ImageSpec;
import dev.moka.assembler.image.InitFsWriter;
import dev.moka.assembler.qemu.QemuResult;
import dev.moka.assembler.qemu.QemuRunner;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ordinary Java programs compiled for Moka's user target, packed into the image's initfs and run by
 * the kernel in ring 3, each in an address space of its own: what they print over serial is what
 * they printed through their system calls, a program's exit status and an uncaught exception reach
 * the kernel, executables the kernel cannot start get an error and the kernel goes on, and repeated
 * runs give back every frame.
 */
class UserProgramBootTest {
    @TempDir
    Path work;

    @Test
    void userProgramsRunInTheirOwnSpacesAndTheKernelGoesOn() throws Exception {
        JavaUserPrograms programs = JavaUserPrograms.javac(work, "HelloUser", "CrashUser", "QuietUser", "FilesUser");
        byte[] initFs = new InitFsWriter()
                .add("bin/hello", programs.executable("HelloUser"), true)
                .add("bin/crash", programs.executable("CrashUser"), true)
                .add("bin/quiet", programs.executable("QuietUser"), true)
                .add("bin/files", programs.executable("FilesUser"), true)
                .add("bin/bad", "#!/bin/sh\necho not an ELF file\n".getBytes(StandardCharsets.US_ASCII), true)
                .add("etc/motd", "welcome\n".getBytes(StandardCharsets.US_ASCII), false)
                .toBytes();
        ImageSpec spec = ImageSpec.of(new ImageConfig(null, new ImageConfig.KernelSection("round-robin", "bitmap")),
                MokaVersion.current()).withBootJobClass(UserProgramsJob.class.getName()).withInitFs(initFs);
        QemuResult run = QemuBoot.boot(ImageBuilder.assemble(spec), work, "256M");
        String out = run.serialOutput();
        assertEquals(QemuRunner.SUCCESS_EXIT_CODE, run.exitCode(), out);
        List<String> lines = out.lines().toList();
        assertTrue(lines.contains("initfs: 6 files: bad crash files hello quiet"), out);
        for (String line : List.of("motd: welcome|", "relative motd: welcome|",
                "uname: Moka|" + MokaVersion.current() + "|x86_64|", "ls sys: context log scheme stat uname",
                "ls initfs:bin: bad crash files hello quiet",
                "pipe: through a pipe, then 0", "zero: 3 bytes 000", "written through a dup of stdout",
                "write to motd: -1 errno 30", "missing: -1 errno 2", "closed fd: 0 -1 errno 9", "files ended: exit 0")) {
            assertTrue(lines.contains(line), line + " not in:\n" + out);
        }
        String context = lines.stream().filter(l -> l.startsWith("context: ")).findFirst().orElse("");
        assertTrue(context.matches("context: PID +PPID +STATE +NAME\\|1 +0 +running +job\\|\\d+ +1 +running +files\\|"),
                out);
        assertTrue(lines.contains("hello from user space: pid 2, parent 1, args [world, 42], GREETING=hi there"), out);
        assertTrue(lines.contains("write from a kernel address: -14, bad fd: -1 errno 9"), out);
        assertTrue(lines.contains("hello ended: exit 7"), out);
        int crash = lines.indexOf("about to fail");
        assertTrue(crash >= 0, out);
        assertEquals("Exception in thread \"main\" java.lang.ArrayIndexOutOfBoundsException: Index 5 out of bounds for length 2",
                lines.get(crash + 1), out);
        assertTrue(lines.contains("crash ended: exit 1"), out);
        assertTrue(lines.contains("bin/bad: not started: shorter than an ELF header (31 bytes)"), out);
        assertTrue(lines.contains("bad ended: not started, errno 8"), out);
        assertTrue(lines.contains("missing ended: not started, errno 2"), out);
        assertTrue(lines.contains("motd ended: not started, errno 13"), out);
        Matcher frames = Pattern.compile("(?m)^repeated runs: 10, frames free before (\\d+), after (\\d+)$").matcher(out);
        assertTrue(frames.find(), out);
        assertEquals(frames.group(1), frames.group(2), out);
    }
}
