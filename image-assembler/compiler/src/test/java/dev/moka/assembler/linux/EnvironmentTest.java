package dev.moka.assembler.linux;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** System.getenv reads the environment a process starts with, as HotSpot does. */
class EnvironmentTest {
    @TempDir
    Path work;

    private String run(List<String> command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("MOKA_TEST", "a=b c");
        builder.environment().remove("MOKA_MISSING");
        Process p = builder.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        return out;
    }

    @Test
    void aProgramSeesItsEnvironmentAsOnHotSpot() throws Exception {
        Path classes = Files.createDirectories(work.resolve("classes"));
        Process javac = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "javac").toString(),
                "--release", "21", "-d", classes.toString(), "src/test/resources/env/PrintEnv.java").inheritIO().start();
        assertEquals(0, javac.waitFor());
        Path exe = work.resolve("printenv");
        Files.write(exe, LinuxExecutableBuilder.build(List.of(classes), "PrintEnv"));
        Files.setPosixFilePermissions(exe, PosixFilePermissions.fromString("rwxr-xr-x"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        assertEquals(run(List.of(java, "-cp", classes.toString(), "PrintEnv", "x")), run(List.of(exe.toString(), "x")));
    }
}
