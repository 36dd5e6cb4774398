package dev.moka.assembler.moka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moka.assembler.compiler.backend.SyscallAbi;
import dev.moka.assembler.compiler.backend.Target;
import dev.moka.assembler.linux.LinuxExecutableBuilder;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Moka user target: executables linked at the user base with the Moka process's stack. Linked
 * that way for Linux, a program must still print what HotSpot prints, which shows the compiled code
 * holds no address that only works below 4 GiB and fits the smaller stack; built for Moka, its
 * runtime seam makes Redox-numbered calls.
 */
class MokaTargetTest {
    @TempDir
    static Path work;

    private static Path classes;

    @BeforeAll
    static void compileProgram() throws Exception {
        classes = Files.createDirectories(work.resolve("classes"));
        Path source = Path.of("src/test/resources/gc/Churn.java");
        Process javac = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "javac").toString(),
                "--release", "21", "-g", "-d", classes.toString(), source.toString()).inheritIO().start();
        assertEquals(0, javac.waitFor(), "javac failed");
    }

    @Test
    void linkedAtTheUserBaseWithTheProcessStackAProgramPrintsWhatHotSpotPrints() throws Exception {
        Path exe = work.resolve("churn-high");
        Files.write(exe, LinuxExecutableBuilder.buildFor(Target.LINUX, MokaExecutableBuilder.LOAD_ADDRESS,
                MokaExecutableBuilder.STACK_BUDGET, List.of(classes), "Churn", MokaExecutableBuilder.defaultOptions()));
        Files.setPosixFilePermissions(exe, PosixFilePermissions.fromString("rwxr-xr-x"));
        Process moka = new ProcessBuilder(exe.toString()).redirectErrorStream(true).start();
        String out = new String(moka.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(moka.waitFor(60, TimeUnit.SECONDS));
        Process jvm = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                classes.toString(), "Churn").redirectErrorStream(true).start();
        String expected = new String(jvm.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, jvm.waitFor());
        assertEquals(expected, out);
        assertEquals(0, moka.exitValue());
    }

    @Test
    void aMokaExecutableIsLoadedAtTheUserBaseAndMakesRedoxNumberedCalls() throws Exception {
        byte[] exe = MokaExecutableBuilder.build(List.of(classes), "Churn", MokaExecutableBuilder.defaultOptions());
        ByteBuffer elf = ByteBuffer.wrap(exe).order(ByteOrder.LITTLE_ENDIAN);
        long entry = elf.getLong(24);
        long segment = elf.getLong((int) elf.getLong(32) + 16);
        assertEquals(MokaExecutableBuilder.LOAD_ADDRESS, segment);
        assertTrue(entry > segment && entry < segment + exe.length, Long.toHexString(entry));
        String code = HexFormat.of().formatHex(exe);
        // mov eax, imm32 of the write and exit numbers
        assertTrue(code.contains("b8" + littleEndian(SyscallAbi.REDOX.write())), "no write call");
        assertTrue(code.contains("b8" + littleEndian(SyscallAbi.REDOX.exit())), "no exit call");
        assertTrue(!code.contains("b8" + littleEndian(SyscallAbi.LINUX.exit())), "a Linux exit_group call");
    }

    private static String littleEndian(int value) {
        return HexFormat.of().formatHex(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(value).array());
    }
}
