package dev.moka.assembler.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moka.assembler.config.ImageConfig;
import dev.moka.assembler.config.MokaVersion;
import dev.moka.assembler.image.ImageBuilder;
import dev.moka.assembler.image.ImageSpec;
import dev.moka.assembler.image.InitFsWriter;
import dev.moka.assembler.qemu.QemuResult;
import dev.moka.assembler.qemu.QemuRunner;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill, nanosleep, mmap and munmap in QEMU: {@code bin/calls} kills children wherever they are
 * (spinning in ring 3, parked in a pipe read, asleep, in waitpid, and itself), checks the calls'
 * errors, sleeps and measures, maps memory until none is left and gives it back, runs two children
 * that compute with doubles side by side under the timer, and leaves orphans that the kernel, as
 * init, collects. The kernel also kills a program itself. Frames free before equal those after.
 */
class ProcessCallsBootTest {
    @TempDir
    Path work;

    @Test
    void processesAreKilledSleepAndMapMemory() throws Exception {
        JavaUserPrograms programs = JavaUserPrograms.javac(work, "CallsUser", "VictimUser");
        byte[] initFs = new InitFsWriter()
                .add("bin/calls", programs.executable("CallsUser"), true)
                .add("bin/victim", programs.executable("VictimUser"), true)
                .toBytes();
        ImageSpec spec = ImageSpec.of(new ImageConfig(null, new ImageConfig.KernelSection("round-robin", "bitmap")),
                MokaVersion.current()).withBootJobClass(ProcessCallsJob.class.getName()).withInitFs(initFs);
        QemuResult run = QemuBoot.boot(ImageBuilder.assemble(spec), work, "256M");
        String out = run.serialOutput();
        List<String> lines = out.lines().toList();
        for (String line : List.of(
                "kill of a spinning child (spinning): 0, reaped true, signaled true by 9",
                "write to the pipe the killed child read: -1 errno 32",
                "kill of a child blocked in waitpid: 0, reaped true, signaled by 2",
                "a child that killed itself: signaled by 15",
                "kill of no such process: -1 errno 3",
                "kill with a bad signal: -1 errno 22",
                "kill with a negative signal: -1 errno 22",
                "kill of init: -1 errno 1",
                "kill of pid 0: -1 errno 1",
                "kill with signal 0 of myself: 0",
                "kill with signal 0 of an ended child: errno 3, then collected with exit 5",
                "nanosleep of 200 ms: 0, at least 200 ms passed true",
                "sleep of 1 s: 0, at least 1 s passed true",
                "nanosleep of 1 ms: 0, remaining 0 s 0 ns",
                "nanosleep with bad pointers: -14 -14 -14 -14",
                "nanosleep with bad times: -22 -22",
                "mmap of 1 MiB: page aligned true, zeroed true, every page kept what was written true",
                "a system call wrote this from mapped memory",
                "write from mapped memory: true",
                "munmap of it: 0",
                "mmap at a free hint: true, readable true",
                "mmap errors: zero length -1 errno 22, unaligned -1 errno 22, executable -1 errno 22, not anonymous -1 errno 22",
                "munmap errors: unaligned -1 errno 22, zero length -1 errno 22",
                "mmap of 1 PiB: -1 errno 12",
                "victim touches unmapped memory",
                "a child that wrote to memory it unmapped: signaled by 11",
                "fpu children ended: true, exits 0 0",
                "fpu 1: " + Double.doubleToRawLongBits(VictimUserMath.compute(1, ProcessCallsJob.FPU_ITERATIONS)),
                "fpu 2: " + Double.doubleToRawLongBits(VictimUserMath.compute(2, ProcessCallsJob.FPU_ITERATIONS)),
                "fpu parent: " + Double.doubleToRawLongBits(VictimUserMath.parent(ProcessCallsJob.FPU_ITERATIONS)),
                "calls: 0 checks failed")) {
            assertTrue(lines.contains(line), line + " not in:\n" + out);
        }
        for (String prefix : List.of("kill of a child blocked in read (reading): 0, reaped true, signaled by 9, at once true",
                "kill of a child asleep for 100 s (sleeping): 0, reaped true, signaled by 15, at once true",
                "kill of the orphan it left: 0, not my child: -1 errno 10",
                "orphaner ended: true, exit 0, its children are not mine: -1 errno 10")) {
            assertTrue(lines.contains(prefix), prefix + " not in:\n" + out);
        }
        assertFalse(out.contains("victim read returned") || out.contains("victim woke up")
                || out.contains("victim waitpid returned") || out.contains("still alive") || out.contains("survived"), out);
        assertTrue(Pattern.compile("(?m)^kernel kill of a spinning victim: 0, of init: -1, victim true signal 2, once collected: -3$")
                .matcher(out).find(), out);
        Matcher mapped = Pattern.compile("(?m)^16 MiB mappings until ENOMEM: (\\d+), again after unmapping them all: (\\d+)$")
                .matcher(out);
        assertTrue(mapped.find(), out);
        assertEquals(mapped.group(1), mapped.group(2), out);
        assertTrue(Pattern.compile("(?m)^init collected orphan \\d+: signal 9$").matcher(out).find(), out);
        assertTrue(Pattern.compile("(?m)^init collected orphan \\d+: exit 8$").matcher(out).find(), out);
        assertTrue(Pattern.compile("(?m)^init collected orphan \\d+: exit 7$").matcher(out).find(), out);
        Matcher frames = Pattern.compile(
                "(?m)^process calls: orphans 3, frames free before (\\d+), after (\\d+), processes left 1$").matcher(out);
        assertTrue(frames.find(), out);
        assertEquals(frames.group(1), frames.group(2), out);
        assertEquals(QemuRunner.SUCCESS_EXIT_CODE, run.exitCode(), out);
    }

    /** The floating-point work of {@code VictimUser} and {@code CallsUser}, as HotSpot computes it. */
    static final class VictimUserMath {
        static double compute(int seed, int iterations) {
            double x = seed;
            double acc = 0;
            double scale = 1.0 / (seed + 3);
            for (int i = 1; i <= iterations; i++) {
                x = x * 0.999999 + 1.0 / i;
                acc = acc * 0.9999 + x * scale - (i & 7) * 0.125;
            }
            return acc + x;
        }

        static double parent(int iterations) {
            double mine = 0;
            for (int i = 1; i <= iterations / 4; i++) {
                mine = mine * 0.5 + 1.0 / i;
            }
            return mine;
        }
    }
}
