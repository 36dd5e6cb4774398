package dev.moka.assembler.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moka.assembler.qemu.QemuRunner;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The PS/2 keyboard reaches the shell through the user-space driver: the test boots the default
 * image with QEMU's monitor on a socket, waits for init's greeting on the serial console, then
 * presses keys on the emulated keyboard ({@code sendkey}). ps2d takes the scancodes from the
 * controller on {@code irq:1} and types them into the console, the shell runs the line, and the
 * test reads the answer over serial. Nothing is typed over the serial line but the final Ctrl-D.
 */
class KeyboardBootTest {
    private static final String GREETING = "Moka: type a command";

    @BeforeAll
    static void qemuIsThere() {
        assertTrue(QemuRunner.find().isPresent(), "qemu-system-x86_64 is required: " + QemuRunner.INSTALL_COMMAND);
    }

    @Test
    void keysPressedOnTheKeyboardReachTheShell(@TempDir Path folder) {
        Path monitor = folder.resolve("monitor.sock");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        InputStream typist = new InputStream() {
            private boolean typed;

            @Override
            public int read() throws IOException {
                if (!typed) {
                    typed = true;
                    awaitOutput(out, GREETING);
                    press(monitor, List.of("e", "c", "h", "o", "spc", "shift-k", "b", "d", "ret"));
                    awaitOutput(out, "Kbd\n");
                }
                return -1; // the end of input: moka run sends Ctrl-D and the shell ends
            }
        };
        int status = MokaCli.execute(new String[] {"run", "--timeout", "180",
            // QEMU takes its options with two dashes too; "-monitor" would read as moka run's -m.
            "--qemu-arg=--monitor", "--qemu-arg=unix:" + monitor + ",server,nowait"}, typist, out, err);
        String printed = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, status, err.toString(StandardCharsets.UTF_8) + printed);
        List<String> lines = printed.lines().toList();
        int greeting = lines.indexOf(lines.stream().filter(l -> l.startsWith(GREETING)).findFirst().orElse(""));
        assertTrue(greeting >= 0, printed);
        assertEquals(List.of("Kbd"), lines.subList(greeting + 1, lines.size()), printed);
    }

    private static void awaitOutput(ByteArrayOutputStream out, String text) throws IOException {
        long deadline = System.nanoTime() + 150_000_000_000L;
        while (!out.toString(StandardCharsets.UTF_8).contains(text)) {
            if (System.nanoTime() > deadline) {
                throw new IOException("never printed: " + text);
            }
            sleep(100);
        }
    }

    /** Presses each key through QEMU's human monitor, a little apart as a person types. */
    private static void press(Path monitor, List<String> keys) throws IOException {
        for (int i = 0; i < 100 && !Files.exists(monitor); i++) {
            sleep(100);
        }
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            channel.connect(UnixDomainSocketAddress.of(monitor));
            for (String key : keys) {
                channel.write(ByteBuffer.wrap(("sendkey " + key + "\n").getBytes(StandardCharsets.US_ASCII)));
                sleep(150);
            }
        }
    }

    private static void sleep(long millis) throws IOException {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
