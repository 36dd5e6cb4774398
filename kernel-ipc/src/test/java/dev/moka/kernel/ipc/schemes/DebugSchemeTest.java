package dev.moka.kernel.ipc.schemes;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.moka.kernel.api.syscall.Errno;
import dev.moka.kernel.api.syscall.OpenFlags;
import dev.moka.kernel.ipc.Blocker;
import dev.moka.kernel.ipc.Caller;
import dev.moka.kernel.ipc.KernelLockBlocker;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class DebugSchemeTest {
    private final ByteArrayOutputStream console = new ByteArrayOutputStream();
    private final DebugScheme debug = new DebugScheme(console::write, Blocker.refusing());

    @Test
    void writesReachTheConsoleWhole() {
        long handle = debug.open("", OpenFlags.O_WRONLY, Caller.KERNEL);
        byte[] text = "xhello\n".getBytes(StandardCharsets.US_ASCII);
        assertEquals(6, debug.write(handle, text, 1, 6, 0, 0));
        assertEquals("hello\n", console.toString(StandardCharsets.US_ASCII));
    }

    @Test
    void readsTakeQueuedInputAndNeverEnd() {
        long handle = debug.open("", OpenFlags.O_RDONLY, Caller.KERNEL);
        byte[] out = new byte[4];
        assertEquals(-Errno.EAGAIN, debug.read(handle, out, 0, 4, 0, OpenFlags.O_NONBLOCK));
        assertEquals(-Errno.EINTR, debug.read(handle, out, 0, 4, 0, 0));
        debug.offerInput(new byte[] {'l', 's', '\n'}, 0, 3);
        assertEquals(2, debug.read(handle, out, 0, 2, 0, 0));
        assertEquals(1, debug.read(handle, out, 2, 2, 0, 0));
        assertArrayEquals(new byte[] {'l', 's', '\n', 0}, out);
        assertEquals(0, debug.read(handle, out, 0, 0, 0, 0));
        assertEquals(-Errno.ESPIPE, debug.fsize(handle));
    }

    @Test
    void ctrlDEndsOneReadAndTheNextSeesTheEnd() {
        long handle = debug.open("", OpenFlags.O_RDONLY, Caller.KERNEL);
        byte[] out = new byte[8];
        debug.offerInput(new byte[] {'a', 'b', DebugScheme.END_OF_INPUT, 'c', DebugScheme.END_OF_INPUT}, 0, 5);
        assertEquals(2, debug.read(handle, out, 0, 8, 0, 0), "a read stops before the mark");
        assertEquals(0, debug.read(handle, out, 0, 8, 0, 0), "a read that starts at the mark is the end");
        assertEquals(1, debug.read(handle, out, 0, 8, 0, 0), "input goes on after it");
        assertEquals('c', out[0]);
        assertEquals(0, debug.read(handle, out, 0, 8, 0, 0));
        assertEquals(DebugScheme.INPUT_CAPACITY, debug.inputSpace());
    }

    @Test
    void inputBeyondTheQueueIsDroppedAndCounted() {
        debug.offerInput(new byte[DebugScheme.INPUT_CAPACITY + 10], 0, DebugScheme.INPUT_CAPACITY + 10);
        assertEquals(10, debug.droppedInput());
    }

    @Test
    void aWaitingReaderWakesWhenInputArrives() throws Exception {
        KernelLockBlocker kernel = new KernelLockBlocker();
        DebugScheme scheme = new DebugScheme(console::write, kernel);
        long handle = kernel.call(() -> scheme.open("", OpenFlags.O_RDWR, Caller.KERNEL));
        byte[] out = new byte[8];
        CompletableFuture<Long> read = CompletableFuture.supplyAsync(
                () -> kernel.call(() -> scheme.read(handle, out, 0, 8, 0, 0)));
        kernel.awaitParked(1);
        kernel.call(() -> {
            scheme.offerInput(new byte[] {'y'}, 0, 1);
            return 0;
        });
        assertEquals(1, read.get(10, TimeUnit.SECONDS));
        assertEquals('y', out[0]);
    }

    @Test
    void theConsoleIsOneFile() {
        assertEquals(-Errno.ENOENT, debug.open("other", OpenFlags.O_RDWR, Caller.KERNEL));
        assertEquals(-Errno.ENOTDIR, debug.open("", OpenFlags.O_DIRECTORY, Caller.KERNEL));
        long handle = debug.open("", OpenFlags.O_RDWR, Caller.KERNEL);
        assertEquals(0, debug.close(handle));
        assertEquals(-Errno.EBADF, debug.write(handle, new byte[1], 0, 1, 0, 0));
        assertEquals(-Errno.EBADF, debug.read(handle, new byte[1], 0, 1, 0, 0));
        assertEquals("", console.toString(StandardCharsets.US_ASCII));
    }
}
