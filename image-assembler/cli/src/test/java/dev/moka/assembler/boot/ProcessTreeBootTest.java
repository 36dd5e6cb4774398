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
 * Processes side by side in QEMU: a parent spawns three children, one of which spins, and collects
 * them with waitpid, by id and in any order; each child has its own address space, arguments and
 * environment, and the kernel switches spaces with threads. A child writes more than a pipe holds to
 * its standard output, redirected into a pipe the parent reads to the end: the writer waits for the
 * reader and the reader for the writer. Frames free before the tree equal those
 * after, and the kernel's own waitpid sees the parent's exit code.
 */
class ProcessTreeBootTest {
    @TempDir
    Path work;

    /** What 8,000 lines "line 0" to "line 7999" take. */
    private static long pipedBytes() {
        long total = 0;
        for (int i = 0; i < 8000; i++) {
            total += ("line " + i + "\n").length();
        }
        return total;
    }

    @Test
    void aParentSpawnsChildrenThatRunSideBySideAndCollectsThem() throws Exception {
        JavaUserPrograms programs = JavaUserPrograms.javac(work, "ParentUser", "ChildUser");
        byte[] initFs = new InitFsWriter()
                .add("bin/parent", programs.executable("ParentUser"), true)
                .add("bin/child", programs.executable("ChildUser"), true)
                .add("etc/motd", "welcome\n".getBytes(StandardCharsets.US_ASCII), false)
                .toBytes();
        ImageSpec spec = ImageSpec.of(new ImageConfig(null, new ImageConfig.KernelSection("round-robin", "bitmap")),
                MokaVersion.current()).withBootJobClass(ProcessTreeJob.class.getName()).withInitFs(initFs);
        QemuResult run = QemuBoot.boot(ImageBuilder.assemble(spec), work, "256M");
        String out = run.serialOutput();
        assertEquals(QemuRunner.SUCCESS_EXIT_CODE, run.exitCode(), out);
        List<String> lines = out.lines().toList();
        for (String line : List.of("parent 2 started true true true", "waited for b: true, exit 5",
                "then 2 more, exit codes summing to 3, 0 killed, then errno 10", "spawn of a missing file: -1 errno 2",
                "spawn of a plain file: -1 errno 13", "parent 2 ended: exit 42",
                "child a is pid 3 of 2, FROM=parent 2", "child b is pid 4 of 2, FROM=parent 2",
                "child spin is pid 5 of 2 after spinning, FROM=parent 2",
                "through a pipe from child true: 8000 lines, " + pipedBytes() + " bytes, exit 0, last read 0")) {
            assertTrue(lines.contains(line), line + " not in:\n" + out);
        }
        Matcher frames = Pattern.compile("(?m)^process tree: frames free before (\\d+), after (\\d+), processes left 1$")
                .matcher(out);
        assertTrue(frames.find(), out);
        assertEquals(frames.group(1), frames.group(2), out);
    }
}
