package dev.moka.assembler.linux;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * A {@code monitorexit} by a thread that does not own the monitor, which javac never writes: a class
 * made with ASM exits a monitor it never entered. Moka's executable must print what HotSpot prints,
 * the IllegalMonitorStateException without a message and the uncaught trace starting in the method
 * that exited, and end with the same status.
 */
class UnbalancedMonitorExitTest {
    @TempDir
    Path work;

    @Test
    void exitingAMonitorOneDoesNotOwnThrowsAsOnHotSpot() throws Exception {
        Path classes = Files.createDirectories(work.resolve("classes"));
        Files.write(classes.resolve("Unbalanced.class"), unbalancedClass());
        Path source = Path.of("src/test/resources/monitors/UnbalancedMain.java");
        Process javac = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "javac").toString(),
                "--release", "21", "-g", "-cp", classes.toString(), "-d", classes.toString(), source.toString())
                .inheritIO().start();
        assertEquals(0, javac.waitFor(), "javac failed");
        Path exe = work.resolve("unbalanced");
        Files.write(exe, LinuxExecutableBuilder.build(List.of(classes), "UnbalancedMain"));
        Files.setPosixFilePermissions(exe, PosixFilePermissions.fromString("rwxr-xr-x"));

        String[] moka = run(List.of(exe.toString()), "moka");
        String[] hotspot = run(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                classes.toString(), "UnbalancedMain"), "jvm");
        assertTrue(hotspot[0].contains("exit without enter: java.lang.IllegalMonitorStateException, message null"),
                hotspot[0]);
        assertEquals(hotspot[0], moka[0], "standard output");
        assertEquals(hotspot[1], moka[1], "standard error");
        assertEquals(hotspot[2], moka[2], "exit status");
    }

    /** {@code public class Unbalanced { public static void exitOnly(Object o) { monitorexit o; } }}, no source file. */
    private static byte[] unbalancedClass() {
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_FRAMES | ClassWriter.COMPUTE_MAXS);
        cw.visit(Opcodes.V21, Opcodes.ACC_PUBLIC | Opcodes.ACC_SUPER, "Unbalanced", null, "java/lang/Object", null);
        MethodVisitor mv = cw.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, "exitOnly", "(Ljava/lang/Object;)V",
                null, null);
        mv.visitCode();
        mv.visitVarInsn(Opcodes.ALOAD, 0);
        mv.visitInsn(Opcodes.MONITOREXIT);
        mv.visitInsn(Opcodes.RETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        cw.visitEnd();
        return cw.toByteArray();
    }

    private String[] run(List<String> command, String name) throws Exception {
        Path out = work.resolve(name + ".out");
        Path err = work.resolve(name + ".err");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), command.get(0) + " did not finish");
        return new String[] {Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8),
                Integer.toString(p.exitValue())};
    }
}
