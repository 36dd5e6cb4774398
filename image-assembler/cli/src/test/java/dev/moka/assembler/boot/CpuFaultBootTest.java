package dev.moka.assembler.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moka.assembler.config.ImageConfig;
import dev.moka.assembler.image.ImageSpec;
import dev.moka.assembler.boot.faults.DividingAllocator;
import dev.moka.assembler.boot.faults.RecoveringAllocator;
import dev.moka.assembler.boot.faults.WildPointerAllocator;
import dev.moka.assembler.config.MokaVersion;
import dev.moka.assembler.image.AssembledImage;
import dev.moka.assembler.image.ImageBuilder;
import dev.moka.assembler.qemu.QemuResult;
import dev.moka.assembler.qemu.QemuRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Boots kernels whose frame allocator faults on purpose and reads what they print: a divide error
 * and a null-page read become Java exceptions in the faulting method (caught there, or reported as
 * uncaught with a trace that starts at the faulting line), and any other fault is a panic with the
 * faulting address, the access and a Java stack trace.
 */
class CpuFaultBootTest {
    private static final ImageConfig ROUND_ROBIN_BITMAP =
            new ImageConfig(null, new ImageConfig.KernelSection("round-robin", "bitmap"));
    private static final Path SOURCES = Path.of("src/test/java/dev/moka/assembler/boot/faults");

    @TempDir
    Path dir;

    private QemuResult boot(Class<?> allocator) throws Exception {
        AssembledImage image = ImageBuilder.assemble(ImageSpec.of(ROUND_ROBIN_BITMAP, MokaVersion.current())
                .withFrameAllocatorClass(allocator.getName()));
        return QemuBoot.boot(image, dir, "128M");
    }

    /** @return the source line of {@code marker} in the allocator's source, as a trace prints it */
    private static String frame(Class<?> allocator, String method, String marker) throws IOException {
        String file = allocator.getSimpleName() + ".java";
        List<String> lines = Files.readAllLines(SOURCES.resolve(file));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(marker)) {
                return "\tat " + allocator.getName() + "." + method + "(" + file + ":" + (i + 1) + ")";
            }
        }
        throw new AssertionError(marker + " not found in " + file);
    }

    @Test
    void divideErrorAndNullPageReadAreCaughtInTheFaultingMethod() throws Exception {
        QemuResult result = boot(RecoveringAllocator.class);
        String serial = result.serialOutput();
        assertEquals(QemuRunner.SUCCESS_EXIT_CODE, result.exitCode(), serial);
        List<String> lines = serial.lines().toList();
        int arithmetic = lines.indexOf("java.lang.ArithmeticException: / by zero");
        assertTrue(arithmetic >= 0, serial);
        assertEquals(frame(RecoveringAllocator.class, "divide", "divides here"), lines.get(arithmetic + 1), serial);
        assertEquals(frame(RecoveringAllocator.class, "init", "quotient"), lines.get(arithmetic + 2), serial);
        int npe = indexStartingWith(lines, "java.lang.NullPointerException: null page kernel read, page not present at address 0x");
        assertTrue(npe >= 0, serial);
        assertEquals(frame(RecoveringAllocator.class, "readNullPage", "reads here"), lines.get(npe + 1), serial);
        assertTrue(lines.contains("frame allocator: recovering"), serial);
        assertTrue(serial.lines().noneMatch(l -> l.startsWith("quotient ") || l.startsWith("word ")), serial);
    }

    @Test
    void uncaughtDivideErrorReportsTheExceptionAndStopsWithTheFailureStatus() throws Exception {
        QemuResult result = boot(DividingAllocator.class);
        String serial = result.serialOutput();
        assertEquals(QemuRunner.FAILURE_EXIT_CODE, result.exitCode(), serial);
        List<String> lines = serial.lines().toList();
        int header = lines.indexOf("Exception in thread \"main\" java.lang.ArithmeticException: / by zero");
        assertTrue(header >= 0, serial);
        assertEquals(frame(DividingAllocator.class, "init", "divides here"), lines.get(header + 1), serial);
        assertTrue(lines.get(header + 2).startsWith("\tat dev.moka.kernel.core.Kernel."), serial);
    }

    @Test
    void pageFaultOutsideTheNullPagePanicsWithAddressAccessAndJavaTrace() throws Exception {
        QemuResult result = boot(WildPointerAllocator.class);
        String serial = result.serialOutput();
        assertEquals(QemuRunner.FAILURE_EXIT_CODE, result.exitCode(), serial);
        Matcher panic = Pattern.compile("panic: cpu exception 14 rip=([0-9a-f]+) cr2=([0-9a-f]+) "
                + "page fault: kernel read, page not present").matcher(serial);
        assertTrue(panic.find(), serial);
        assertEquals(Long.toHexString(WildPointerAllocator.UNMAPPED), panic.group(2));
        List<String> lines = serial.lines().toList();
        int exception = lines.indexOf("dev.moka.kernel.api.arch.CpuFault: page fault at 0x"
                + Long.toHexString(WildPointerAllocator.UNMAPPED) + ": kernel read, page not present");
        assertTrue(exception >= 0, serial);
        assertEquals(frame(WildPointerAllocator.class, "init", "reads here"), lines.get(exception + 1), serial);
        assertTrue(lines.get(exception + 2).startsWith("\tat dev.moka.kernel.core.Kernel."), serial);
    }

    private static int indexStartingWith(List<String> lines, String prefix) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(prefix)) {
                return i;
            }
        }
        return -1;
    }
}
