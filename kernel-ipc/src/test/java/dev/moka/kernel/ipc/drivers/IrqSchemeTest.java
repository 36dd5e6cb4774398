package dev.moka.kernel.ipc.drivers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moka.kernel.api.syscall.Errno;
import dev.moka.kernel.api.syscall.EventRecord;
import dev.moka.kernel.api.syscall.OpenFlags;
import dev.moka.kernel.ipc.Caller;
import dev.moka.kernel.ipc.KernelLockBlocker;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class IrqSchemeTest {
    private static final Caller DRIVER = new Caller(3, 0, 0);
    private static final Caller OTHER = new Caller(4, 0, 0);

    private final FakeIrqLines lines = new FakeIrqLines();
    private final KernelLockBlocker blocker = new KernelLockBlocker();
    private final IrqScheme irq = new IrqScheme(lines, blocker, pid -> pid == DRIVER.pid());

    IrqSchemeTest() {
        lines.attach(irq);
    }

    private static byte[] count(long value) {
        byte[] bytes = new byte[8];
        for (int i = 0; i < 8; i++) {
            bytes[i] = (byte) (value >>> (8 * i));
        }
        return bytes;
    }

    private static long value(byte[] bytes) {
        long value = 0;
        for (int i = 0; i < 8; i++) {
            value |= (bytes[i] & 0xFFL) << (8 * i);
        }
        return value;
    }

    @Test
    void onlyDriversOpenGrantableLines() {
        assertEquals(-Errno.EACCES, irq.open("1", OpenFlags.O_RDWR, OTHER));
        assertEquals(-Errno.EINVAL, irq.open("0", OpenFlags.O_RDWR, DRIVER), "the kernel's own line");
        assertEquals(-Errno.EINVAL, irq.open("4", OpenFlags.O_RDWR, DRIVER), "beyond the last line");
        assertEquals(-Errno.EINVAL, irq.open("x", OpenFlags.O_RDWR, DRIVER));
        assertEquals(-Errno.EINVAL, irq.open("", OpenFlags.O_RDWR, DRIVER));
        assertEquals(-Errno.EINVAL, irq.open("0001", OpenFlags.O_RDWR, DRIVER));
        assertFalse(lines.unmasked[1]);
        assertTrue(irq.open("1", OpenFlags.O_RDWR, DRIVER) >= 0);
        assertTrue(lines.unmasked[1], "the first open unmasks the line");
    }

    @Test
    void aReadGivesTheCountAndAWriteOfItAcknowledgesAndUnmasks() {
        long handle = irq.open("1", OpenFlags.O_RDWR, DRIVER);
        byte[] buffer = new byte[8];
        assertEquals(-Errno.EAGAIN, irq.read(handle, buffer, 0, 8, 0, OpenFlags.O_NONBLOCK));
        assertEquals(EventRecord.EVENT_WRITE, irq.readiness(handle));
        lines.fire(1);
        lines.fire(1);
        assertFalse(lines.unmasked[1]);
        assertEquals(EventRecord.ALL, irq.readiness(handle));
        assertEquals(8, irq.read(handle, buffer, 0, 8, 0, OpenFlags.O_NONBLOCK));
        assertEquals(2, value(buffer));
        assertEquals(-Errno.EINVAL, irq.read(handle, buffer, 0, 7, 0, 0), "room for less than a count");
        assertEquals(-Errno.EINVAL, irq.write(handle, count(3), 0, 8, 0, 0), "more than fired");
        assertEquals(8, irq.write(handle, count(1), 0, 8, 0, 0));
        assertFalse(lines.unmasked[1], "a firing is still unacknowledged");
        assertEquals(-Errno.EINVAL, irq.write(handle, count(0), 0, 8, 0, 0), "going back");
        assertEquals(8, irq.write(handle, count(2), 0, 8, 0, 0));
        assertTrue(lines.unmasked[1]);
        assertEquals(-Errno.EAGAIN, irq.read(handle, buffer, 0, 8, 0, OpenFlags.O_NONBLOCK));
        assertEquals(0, irq.close(handle));
        assertEquals(-Errno.EBADF, irq.read(handle, buffer, 0, 8, 0, 0));
        assertEquals(-Errno.EBADF, irq.close(handle));
    }

    @Test
    void aRestartedDriverFindsTheFiringsLeftUnacknowledged() {
        long first = irq.open("2", OpenFlags.O_RDWR, DRIVER);
        lines.fire(2);
        irq.close(first); // the driver dies before it acknowledges: the line stays masked
        long second = irq.open("2", OpenFlags.O_RDWR, DRIVER);
        assertFalse(lines.unmasked[2]);
        byte[] buffer = new byte[8];
        assertEquals(8, irq.read(second, buffer, 0, 8, 0, OpenFlags.O_NONBLOCK));
        assertEquals(8, irq.write(second, buffer, 0, 8, 0, 0));
        assertTrue(lines.unmasked[2]);
    }

    @Test
    void aWaitingReaderWakesWhenTheKernelThreadSeesTheFiring() throws Exception {
        long handle = irq.open("3", OpenFlags.O_RDWR, DRIVER);
        byte[] buffer = new byte[8];
        CompletableFuture<Long> reader = CompletableFuture.supplyAsync(
                () -> blocker.call(() -> irq.read(handle, buffer, 0, 8, 0, 0)));
        blocker.awaitParked(1);
        blocker.call(() -> {
            lines.fire(3);
            return irq.wakeWaiters() ? 1 : 0;
        });
        assertEquals(8, reader.get(10, TimeUnit.SECONDS));
        assertEquals(1, value(buffer));
        assertFalse(blocker.call(() -> irq.wakeWaiters() ? 1 : 0) == 1, "nothing new fired");
    }
}
