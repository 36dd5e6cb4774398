package dev.moka.assembler.hosted;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moka.assembler.config.ImageConfigLoader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The PS/2 keyboard reaches the shell through the user-space driver, hosted as in QEMU
 * ({@code KeyboardBootTest}): once init's greeting is on the serial console, keys are pressed on the
 * simulated keyboard; ps2d takes the scancodes from the controller on {@code irq:1} and types them
 * into the console, the shell runs the line, and its answer comes over serial. Nothing is typed over
 * the serial line but the final Ctrl-D.
 */
class KeyboardHostedTest {
    private static final String GREETING = "Moka: type a command";
    private static final long WAIT_NANOS = 120_000_000_000L;

    @Test
    void keysPressedOnTheKeyboardReachTheShell() throws Exception {
        ByteArrayOutputStream serial = new ByteArrayOutputStream();
        KeyboardInput keyboard = new KeyboardInput();
        InputStream typist = new InputStream() {
            private boolean typed;

            @Override
            public int read() throws IOException {
                if (!typed) {
                    typed = true;
                    awaitOutput(serial, GREETING);
                    for (String key : List.of("e", "c", "h", "o", "spc", "shift-k", "b", "d", "ret")) {
                        keyboard.sendkey(key);
                    }
                    awaitOutput(serial, "Kbd\n");
                }
                return -1; // the end of input: Ctrl-D, and the shell ends
            }
        };
        HostedResult result = HostedRunner.run(ImageConfigLoader.loadDefault(), "0.1.0-test", 128L << 20,
                ConsoleInput.of(typist), keyboard, serial);
        String printed = serial.toString(StandardCharsets.UTF_8);
        List<String> lines = printed.lines().toList();
        int greeting = lines.indexOf(lines.stream().filter(l -> l.startsWith(GREETING)).findFirst().orElse(""));
        assertTrue(greeting >= 0, printed);
        assertEquals(List.of("Kbd"), lines.subList(greeting + 1, lines.size()), printed);
        assertEquals(new HostedResult(true, HostedUsertestsTest.SHUTDOWN, 0), result, printed);
    }

    private static void awaitOutput(ByteArrayOutputStream out, String text) throws IOException {
        long deadline = System.nanoTime() + WAIT_NANOS;
        while (!out.toString(StandardCharsets.UTF_8).contains(text)) {
            if (System.nanoTime() > deadline) {
                throw new IOException("never printed: " + text);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            }
        }
    }
}
