package dev.moka.assembler.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.moka.assembler.qemu.QemuRunner;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code moka run --gdb} as a person uses it: the command says how to attach, gdb attaches with the
 * symbol file it wrote, stops at a compiled method by its Java name, lets the kernel run on, and
 * the run ends with the kernel's verdict.
 */
class RunGdbTest {
    private static final String KERNEL_RUN = "dev.moka.kernel.core.Kernel.run(Ldev/moka/kernel/api/boot/BootInfo;)V";
    private static final Pattern ATTACH = Pattern.compile("attach with: gdb (\\S+) -ex 'target remote 127\\.0\\.0\\.1:(\\d+)'");

    @Test
    void gdbAttachesStopsInAJavaMethodAndTheRunGoesOn() throws Exception {
        int port = freePort();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CompletableFuture<Integer> run = CompletableFuture.supplyAsync(() -> MokaCli.execute(
                new String[] {"run", "--gdb", "--gdb-port", Integer.toString(port), "--timeout", "120"}, out, err));
        Matcher attach = awaitAttachLine(err, run);
        Path symbols = Path.of(attach.group(1));
        assertEquals(Integer.toString(port), attach.group(2));
        assertTrue(Files.isRegularFile(symbols), symbols + " is written before QEMU starts");

        String gdb = gdb(List.of("target remote " + QemuRunner.GDB_HOST + ":" + port, "hbreak '" + KERNEL_RUN + "'",
                "continue", "info symbol $pc", "continue"), symbols);
        assertTrue(gdb.contains(KERNEL_RUN + " in section .text"), gdb);

        assertEquals(ExitCodes.SUCCESS, run.get(120, TimeUnit.SECONDS), err.toString(StandardCharsets.UTF_8));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("paging: ok"), out.toString(StandardCharsets.UTF_8));
        assertFalse(Files.exists(symbols), "the run's folder is removed at its end");
    }

    private static Matcher awaitAttachLine(ByteArrayOutputStream err, CompletableFuture<Integer> run)
            throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            Matcher attach = ATTACH.matcher(err.toString(StandardCharsets.UTF_8));
            if (attach.find()) {
                return attach;
            }
            if (run.isDone()) {
                fail("moka run ended before it said how to attach:\n" + err.toString(StandardCharsets.UTF_8));
            }
            Thread.sleep(100);
        }
        return fail("moka run never said how to attach:\n" + err.toString(StandardCharsets.UTF_8));
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static String gdb(List<String> commands, Path symbols) throws Exception {
        List<String> command = new ArrayList<>(List.of(SymbolFileGdbTest.gdbExecutable(), "-batch", "-nx"));
        for (String c : commands) {
            command.add("-ex");
            command.add(c);
        }
        command.add(symbols.toString());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getOutputStream().close();
        CompletableFuture<String> output = CompletableFuture.supplyAsync(() -> {
            try {
                return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return "<cannot read gdb's output: " + e + ">";
            }
        });
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor();
            fail("gdb did not finish:\n" + output.getNow(""));
        }
        return output.join();
    }
}
