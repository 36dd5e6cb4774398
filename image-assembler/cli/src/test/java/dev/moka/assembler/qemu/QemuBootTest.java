package dev.moka.assembler.qemu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runner against the real QEMU, booting a hand-made Multiboot kernel of a few instructions: it
 * prints {@code OK} on COM1 and writes its verdict to the debug-exit port. This checks the command line
 * and the exit convention without depending on the compiler.
 */
class QemuBootTest {
    private static final int LOAD_ADDRESS = 0x100000;
    private static final int HEADER_SIZE = 32;

    @TempDir
    Path dir;

    private QemuRunner qemu;

    @BeforeEach
    void findQemu() throws QemuException {
        // Fails with the install command when QEMU is missing: boot tests are never skipped.
        qemu = QemuRunner.locate();
    }

    @Test
    void aKernelThatReportsSuccessExitsQemuWith33() throws Exception {
        QemuResult result = boot(QemuRunner.KERNEL_SUCCESS_VALUE);
        assertEquals(QemuRunner.SUCCESS_EXIT_CODE, result.exitCode());
        assertTrue(result.success());
        assertEquals("OK\n", result.serialOutput());
    }

    @Test
    void aKernelThatReportsFailureExitsQemuWith35() throws Exception {
        QemuResult result = boot(QemuRunner.KERNEL_FAILURE_VALUE);
        assertEquals(QemuRunner.FAILURE_EXIT_CODE, result.exitCode());
        assertFalse(result.success());
        assertEquals("OK\n", result.serialOutput());
    }

    private QemuResult boot(int verdict) throws IOException, QemuException, InterruptedException {
        Path image = dir.resolve("probe.bin");
        Files.write(image, probeKernel(verdict));
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        QemuResult result = qemu.run(image, QemuOptions.defaults().withMemory("32M"), new ByteArrayOutputStream(),
                diagnostics);
        assertFalse(result.timedOut(), () -> "QEMU did not finish: " + diagnostics);
        return result;
    }

    /**
     * A flat 32-bit Multiboot kernel: the header's flag bit 16 gives the load addresses itself (the
     * "a.out kludge"), so QEMU needs no ELF sections.
     */
    private static byte[] probeKernel(int verdict) {
        byte[] code = {
            0x66, (byte) 0xBA, (byte) 0xF8, 0x03,   // mov dx, 0x3f8 (COM1)
            (byte) 0xB0, 'O', (byte) 0xEE,          // mov al, 'O'; out dx, al
            (byte) 0xB0, 'K', (byte) 0xEE,          // mov al, 'K'; out dx, al
            (byte) 0xB0, '\n', (byte) 0xEE,         // mov al, '\n'; out dx, al
            (byte) 0xB0, (byte) verdict,            // mov al, verdict
            (byte) 0xE6, (byte) QemuRunner.DEBUG_EXIT_PORT, // out 0xf4, al
            (byte) 0xF4, (byte) 0xEB, (byte) 0xFD,  // hlt; jmp back to hlt
        };
        int length = HEADER_SIZE + code.length;
        int magic = 0x1BADB002;
        int flags = 1 << 16;
        ByteBuffer image = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        image.putInt(magic).putInt(flags).putInt(-(magic + flags));
        image.putInt(LOAD_ADDRESS)                 // header_addr: the header is the first thing loaded
                .putInt(LOAD_ADDRESS)              // load_addr
                .putInt(LOAD_ADDRESS + length)     // load_end_addr
                .putInt(LOAD_ADDRESS + length)     // bss_end_addr: no bss
                .putInt(LOAD_ADDRESS + HEADER_SIZE); // entry_addr: the code after the header
        image.put(code);
        return image.array();
    }
}
