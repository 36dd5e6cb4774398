package dev.moka.assembler.linux;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moka.assembler.compiler.ClassLibrary;
import dev.moka.assembler.compiler.model.BuildException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JDK fallback (a prototype): classes and members Moka's runtime library lacks are compiled from
 * the JDK's own bytecode, and what cannot work on Moka's classes fails the build with a reason
 * instead of misbehaving at run time.
 */
class JdkFallbackTest {
    private static final LinuxExecutableBuilder.Options FALLBACK =
            LinuxExecutableBuilder.Options.defaults().library(ClassLibrary.JDK_FALLBACK);

    @TempDir
    static Path work;

    private static Path classes;

    @BeforeAll
    static void compilePrograms() throws Exception {
        classes = Files.createDirectories(work.resolve("classes"));
        List<String> javac = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "javac").toString(),
                "--release", "21", "-g", "-d", classes.toString()));
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/jdk"))) {
            files.forEach(f -> javac.add(f.toString()));
        }
        assertEquals(0, new ProcessBuilder(javac).inheritIO().start().waitFor(), "javac failed");
    }

    private static String run(List<String> command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        return out + "exit " + p.exitValue();
    }

    @Test
    void jdkClassesAndMembersMokaLacksMatchHotSpot() throws Exception {
        String missing = assertThrows(BuildException.class,
                () -> LinuxExecutableBuilder.build(List.of(classes), "JdkLeafClasses")).getMessage();
        assertTrue(missing.contains("java.util.StringTokenizer is not in the image's closed world"), missing);

        Path exe = work.resolve("leaf");
        Files.write(exe, LinuxExecutableBuilder.build(List.of(classes), "JdkLeafClasses", FALLBACK));
        Files.setPosixFilePermissions(exe, PosixFilePermissions.fromString("rwxr-xr-x"));
        String hotspot = run(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                classes.toString(), "JdkLeafClasses"));
        assertEquals(hotspot, run(List.of(exe.toString())));
    }

    @Test
    void theJdksPrivateAccessToJavaLangIsRefusedAtBuildTime() {
        String message = assertThrows(BuildException.class,
                () -> LinuxExecutableBuilder.build(List.of(classes), "JdkInternals", FALLBACK)).getMessage();
        assertTrue(message.startsWith("cannot compile java.nio.Buffer.<clinit>()V: "), message);
        assertTrue(message.contains("jdk.internal.access.SharedSecrets.setJavaNioAccess(Ljdk/internal/access/JavaNioAccess;)V"
                + " (method) is not in the image's closed world (the JDK's private access to java.lang"), message);
    }

    @Test
    void jdkCodeForTheJdksStringRepresentationIsRefusedAtBuildTime() {
        String message = assertThrows(BuildException.class,
                () -> LinuxExecutableBuilder.build(List.of(classes), "StringInternals", FALLBACK)).getMessage();
        assertTrue(message.contains("java.lang.String.value:[B (field) is not in the image's closed world (Moka's "
                + "java.lang.String has no such field"), message);
        assertTrue(message.contains("\n    java.lang.String.indent(I)Ljava/lang/String;"), message);
    }
}
