package dev.moka.kernel.ipc.drivers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moka.kernel.api.syscall.Errno;
import dev.moka.kernel.api.syscall.EventRecord;
import dev.moka.kernel.api.syscall.OpenFlags;
import dev.moka.kernel.ipc.Caller;
import dev.moka.kernel.ipc.KernelLockBlocker;
import dev.moka.kernel.ipc.fd.FileTable;
import dev.moka.kernel.ipc.fd.OpenFile;
import dev.moka.kernel.ipc.schemes.PipeScheme;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class EventSchemeTest {
    private static final Caller PROCESS = new Caller(9, 0, 0);

    private final KernelLockBlocker lock = new KernelLockBlocker();
    private final ReadinessBlocker blocker = new ReadinessBlocker(lock);
    private final FileTable table = new FileTable();
    private final PipeScheme pipes = new PipeScheme(blocker);
    private final FakeIrqLines lines = new FakeIrqLines();
    private final IrqScheme irq = new IrqScheme(lines, blocker, pid -> true);
    private final EventScheme events = new EventScheme(pid -> pid == PROCESS.pid() ? table : null, blocker);
    private final int readEnd;
    private final int writeEnd;
    private final long queue = events.open("", OpenFlags.O_RDWR, PROCESS);

    EventSchemeTest() {
        lines.attach(irq);
        long read = pipes.open("", OpenFlags.O_RDONLY, PROCESS);
        long write = pipes.dup(read, "write", PROCESS);
        readEnd = (int) table.install(new OpenFile(pipes, "pipe", read, OpenFlags.O_RDONLY), false);
        writeEnd = (int) table.install(new OpenFile(pipes, "pipe", write, OpenFlags.O_WRONLY), false);
    }

    private static byte[] record(long fd, long flags, long data) {
        byte[] record = new byte[EventRecord.SIZE];
        long[] words = {fd, flags, data};
        for (int w = 0; w < 3; w++) {
            for (int i = 0; i < 8; i++) {
                record[8 * w + i] = (byte) (words[w] >>> (8 * i));
            }
        }
        return record;
    }

    private static long word(byte[] bytes, int at) {
        long value = 0;
        for (int i = 0; i < 8; i++) {
            value |= (bytes[at + i] & 0xFFL) << (8 * i);
        }
        return value;
    }

    private long subscribe(long fd, long flags, long data) {
        return events.write(queue, record(fd, flags, data), 0, EventRecord.SIZE, 0, 0);
    }

    private long write(int fd, String text) {
        OpenFile file = table.get(fd);
        byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        return file.scheme().write(file.handle(), bytes, 0, bytes.length, 0, 0);
    }

    @Test
    void aPipeIsReportedWhileBytesWaitAndNotOtherwise() {
        byte[] out = new byte[EventRecord.SIZE * 2];
        assertEquals(EventRecord.SIZE, subscribe(readEnd, EventRecord.EVENT_READ, 11));
        assertEquals(-Errno.EAGAIN, events.read(queue, out, 0, out.length, 0, OpenFlags.O_NONBLOCK));
        assertEquals(0, events.readiness(queue));
        write(writeEnd, "ab");
        assertEquals(EventRecord.EVENT_READ, events.readiness(queue));
        for (int round = 0; round < 2; round++) { // level-triggered: reported until read
            assertEquals(EventRecord.SIZE, events.read(queue, out, 0, out.length, 0, OpenFlags.O_NONBLOCK));
            assertEquals(readEnd, word(out, EventRecord.OFFSET_ID));
            assertEquals(EventRecord.EVENT_READ, word(out, EventRecord.OFFSET_FLAGS));
            assertEquals(11, word(out, EventRecord.OFFSET_DATA));
        }
        OpenFile read = table.get(readEnd);
        assertEquals(2, pipes.read(read.handle(), new byte[4], 0, 4, 0, 0));
        assertEquals(-Errno.EAGAIN, events.read(queue, out, 0, out.length, 0, OpenFlags.O_NONBLOCK));
    }

    @Test
    void writeEventsAndUnsubscribing() {
        byte[] out = new byte[EventRecord.SIZE * 2];
        assertEquals(EventRecord.SIZE, subscribe(writeEnd, EventRecord.ALL, 5));
        assertEquals(EventRecord.SIZE, events.read(queue, out, 0, out.length, 0, OpenFlags.O_NONBLOCK));
        assertEquals(EventRecord.EVENT_WRITE, word(out, EventRecord.OFFSET_FLAGS), "only what is ready is reported");
        assertEquals(EventRecord.SIZE, subscribe(writeEnd, 0, 0));
        assertEquals(-Errno.EAGAIN, events.read(queue, out, 0, out.length, 0, OpenFlags.O_NONBLOCK));
    }

    @Test
    void badSubscriptionsAreRefused() {
        assertEquals(-Errno.EBADF, subscribe(42, EventRecord.EVENT_READ, 0));
        assertEquals(-Errno.EBADF, subscribe(-1, EventRecord.EVENT_READ, 0));
        assertEquals(-Errno.EINVAL, subscribe(readEnd, 4, 0));
        assertEquals(-Errno.EINVAL, events.write(queue, new byte[30], 0, 30, 0, 0));
        assertEquals(-Errno.EINVAL, events.write(queue, new byte[0], 0, 0, 0, 0));
        assertEquals(-Errno.EINVAL, events.read(queue, new byte[23], 0, 23, 0, 0));
        assertEquals(-Errno.ENOENT, events.open("x", OpenFlags.O_RDWR, PROCESS));
        long stranger = events.open("", OpenFlags.O_RDWR, new Caller(77, 0, 0));
        assertEquals(-Errno.EBADF, events.write(stranger, record(readEnd, 1, 0), 0, EventRecord.SIZE, 0, 0),
                "descriptors are the opener's");
    }

    @Test
    void aClosedDescriptorLeavesTheQueue() {
        subscribe(readEnd, EventRecord.EVENT_READ, 0);
        write(writeEnd, "x");
        OpenFile file = table.get(readEnd);
        table.close(readEnd);
        assertEquals(0, file.references());
        assertEquals(-Errno.EAGAIN, events.read(queue, new byte[48], 0, 48, 0, OpenFlags.O_NONBLOCK));
    }

    @Test
    void aReaderWaitsOnAPipeAndAnInterruptLineAtOnce() throws Exception {
        long line = irq.open("1", OpenFlags.O_RDWR, PROCESS);
        int irqFd = (int) table.install(new OpenFile(irq, "irq", line, OpenFlags.O_RDWR), false);
        subscribe(readEnd, EventRecord.EVENT_READ, 1);
        subscribe(irqFd, EventRecord.EVENT_READ, 2);
        byte[] out = new byte[EventRecord.SIZE * 2];
        CompletableFuture<Long> first = CompletableFuture.supplyAsync(
                () -> lock.call(() -> events.read(queue, out, 0, out.length, 0, 0)));
        lock.awaitParked(1);
        lock.call(() -> {
            lines.fire(1);
            return irq.wakeWaiters() ? 1 : 0;
        });
        assertEquals(EventRecord.SIZE, first.get(10, TimeUnit.SECONDS));
        assertEquals(2, word(out, EventRecord.OFFSET_DATA), "the interrupt line woke it");
        OpenFile irqFile = table.get(irqFd);
        byte[] count = new byte[8];
        irq.read(irqFile.handle(), count, 0, 8, 0, 0);
        irq.write(irqFile.handle(), count, 0, 8, 0, 0);

        CompletableFuture<Long> second = CompletableFuture.supplyAsync(
                () -> lock.call(() -> events.read(queue, out, 0, out.length, 0, 0)));
        lock.awaitParked(1);
        lock.call(() -> write(writeEnd, "y"));
        assertEquals(EventRecord.SIZE, second.get(10, TimeUnit.SECONDS));
        assertEquals(1, word(out, EventRecord.OFFSET_DATA), "the pipe woke it");
        assertTrue(events.close(queue) == 0);
    }

    @Test
    void aDaemonWakesWhenARequestReachesItsSocket() throws Exception {
        dev.moka.kernel.ipc.user.UserScheme scheme = new dev.moka.kernel.ipc.user.UserSchemes(
                new dev.moka.kernel.ipc.SchemeRegistry(), blocker).register("evd", PROCESS);
        int socket = (int) table.install(new OpenFile(scheme.socket(), "", 0, OpenFlags.O_RDWR), false);
        assertEquals(EventRecord.SIZE, subscribe(socket, EventRecord.EVENT_READ, 3));
        byte[] out = new byte[EventRecord.SIZE];
        assertEquals(-Errno.EAGAIN, events.read(queue, out, 0, out.length, 0, OpenFlags.O_NONBLOCK));
        CompletableFuture<Long> daemon = CompletableFuture.supplyAsync(
                () -> lock.call(() -> events.read(queue, out, 0, out.length, 0, 0)));
        lock.awaitParked(1);
        Thread client = new Thread(() -> lock.call(() -> scheme.open("x", OpenFlags.O_RDONLY, new Caller(8, 0, 0))));
        client.setDaemon(true);
        client.start(); // its open waits for an answer that never comes; the daemon's queue must wake
        assertEquals(EventRecord.SIZE, daemon.get(10, TimeUnit.SECONDS));
        assertEquals(socket, word(out, EventRecord.OFFSET_ID));
        assertEquals(3, word(out, EventRecord.OFFSET_DATA));
    }
}
