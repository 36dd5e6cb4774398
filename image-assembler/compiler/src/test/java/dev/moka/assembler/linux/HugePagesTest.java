package dev.moka.assembler.linux;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Linux executable asks for transparent huge pages over its whole heap before any Java code runs,
 * so that the fresh memory the heap plan hands out is mapped 2 MiB at a time.
 */
class HugePagesTest {
    @TempDir
    Path work;

    @Test
    void theHeapIsAdvisedToUseHugePages() throws Exception {
        Path strace = Path.of("/usr/bin/strace");
        assertTrue(Files.isExecutable(strace),
                "this test needs strace (/usr/bin/strace) to see the system calls a process makes: apt-get install strace");
        Path classes = Files.createDirectories(work.resolve("classes"));
        Process javac = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "javac").toString(),
                "--release", "21", "-d", classes.toString(), "src/test/resources/hugepages/Churn.java").inheritIO().start();
        assertEquals(0, javac.waitFor());
        Path exe = work.resolve("churn");
        Files.write(exe, LinuxExecutableBuilder.build(List.of(classes), "Churn"));
        Files.setPosixFilePermissions(exe, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path trace = work.resolve("trace");
        Process run = new ProcessBuilder(strace.toString(), "-e", "trace=madvise", "-o", trace.toString(), exe.toString())
                .redirectErrorStream(true).start();
        String out = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, run.waitFor(), out);
        assertEquals(768L * (767 + 2 * 8192) / 2, Long.parseLong(out.strip()));
        String calls = Files.readString(trace);
        Matcher advice = Pattern.compile("madvise\\(0x[0-9a-f]+, (\\d+), MADV_HUGEPAGE\\)").matcher(calls);
        assertTrue(advice.find(), "the heap is advised to use huge pages:\n" + calls);
        assertEquals(LinuxExecutableBuilder.HEAP_BYTES, Long.parseLong(advice.group(1)), "over the whole heap");
    }
}
