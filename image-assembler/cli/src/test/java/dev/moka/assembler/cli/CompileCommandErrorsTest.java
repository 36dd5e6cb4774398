package dev.moka.assembler.cli;

import static dev.moka.assembler.cli.MokaCliTest.moka;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moka.assembler.cli.MokaCliTest.Outcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * {@code moka compile} given bad input, as a new user might: each case prints one {@code moka:} line
 * naming the path or class and exits with status 2, never a Java stack trace.
 */
class CompileCommandErrorsTest {
    @TempDir
    Path dir;

    private static byte[] hello() {
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        cw.visit(Opcodes.V21, Opcodes.ACC_PUBLIC | Opcodes.ACC_SUPER, "Hello", null, "java/lang/Object", null);
        MethodVisitor mv = cw.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, "main", "([Ljava/lang/String;)V", null, null);
        mv.visitCode();
        mv.visitInsn(Opcodes.RETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        cw.visitEnd();
        return cw.toByteArray();
    }

    private Outcome compile(Path classPath, String mainClass) {
        return moka("compile", "--target", "linux-x86_64", "--class-path", classPath.toString(), "--main", mainClass,
                "--out", dir.resolve("program").toString());
    }

    private static void assertOneErrorLine(String expected, Outcome outcome) {
        assertEquals(ExitCodes.ERROR, outcome.exitCode(), outcome.err());
        assertEquals("moka: " + expected + "\n", outcome.err());
        assertEquals("", outcome.out());
    }

    @Test
    void aClassPathEntryThatDoesNotExistIsNamed() {
        Path missing = dir.resolve("classes");
        assertOneErrorLine("class path entry " + missing + " does not exist", compile(missing, "Hello"));
    }

    @Test
    void aMainClassThatIsNotOnTheClassPathIsNamed() throws IOException {
        Path classes = Files.createDirectories(dir.resolve("classes"));
        Files.write(classes.resolve("Hello.class"), hello());
        assertOneErrorLine("main class NoSuchMain not found on the class path " + classes, compile(classes, "NoSuchMain"));
    }

    @Test
    void aHeapSizeOutOfRangeIsAUsageError() throws IOException {
        Path classes = Files.createDirectories(dir.resolve("classes"));
        Files.write(classes.resolve("Hello.class"), hello());
        Outcome outcome = moka("compile", "--target", "linux-x86_64", "--class-path", classes.toString(), "--main", "Hello",
                "--out", dir.resolve("program").toString(), "--heap-size", "512K");
        assertEquals(ExitCodes.ERROR, outcome.exitCode());
        assertTrue(outcome.err().contains("heap size must be a whole number of MiB, from 1M to 64G"), outcome.err());
        assertFalse(outcome.err().contains("internal error") || outcome.err().contains("\tat "), outcome.err());
    }

    @Test
    void aTruncatedClassFileIsABuildErrorNamingTheFile() throws IOException {
        Path classes = Files.createDirectories(dir.resolve("classes"));
        Files.write(classes.resolve("Hello.class"), Arrays.copyOf(hello(), 100));
        Outcome outcome = compile(classes, "Hello");
        assertEquals(ExitCodes.ERROR, outcome.exitCode());
        assertTrue(outcome.err().startsWith("moka: class file " + classes.resolve("Hello.class")
                + " is malformed: it is truncated: it ends after 100 bytes, inside "), outcome.err());
        assertFalse(outcome.err().contains("internal error") || outcome.err().contains("\tat "), outcome.err());
        assertFalse(Files.exists(dir.resolve("program")), "no executable is written");
    }
}
