package dev.moka.kernel.ipc.schemes;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.moka.kernel.api.syscall.Errno;
import dev.moka.kernel.api.syscall.OpenFlags;
import dev.moka.kernel.api.syscall.Stat;
import dev.moka.kernel.ipc.Blocker;
import dev.moka.kernel.ipc.Caller;
import dev.moka.kernel.ipc.KernelLockBlocker;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class PipeSchemeTest {
    private static final int NONBLOCK = OpenFlags.O_NONBLOCK;

    private final PipeScheme refusing = new PipeScheme(Blocker.refusing());

    @Test
    void openGivesTheReadEndAndDupWriteTheWriteEnd() {
        long reader = refusing.open("", OpenFlags.O_RDONLY, Caller.KERNEL);
        long writer = refusing.dup(reader, "write", Caller.KERNEL);
        assertEquals(3, refusing.write(writer, new byte[] {1, 2, 3}, 0, 3, 0, 0));
        byte[] out = new byte[8];
        assertEquals(3, refusing.read(reader, out, 0, 8, 0, 0));
        assertArrayEquals(new byte[] {1, 2, 3}, Arrays.copyOf(out, 3));
        assertEquals(-Errno.EBADF, refusing.read(writer, out, 0, 1, 0, 0));
        assertEquals(-Errno.EBADF, refusing.write(reader, out, 0, 1, 0, 0));
        assertEquals(-Errno.EINVAL, refusing.dup(reader, "sideways", Caller.KERNEL));
        assertEquals(-Errno.ENOENT, refusing.open("x", OpenFlags.O_RDONLY, Caller.KERNEL));
        assertEquals(-Errno.ENOTDIR, refusing.open("", OpenFlags.O_DIRECTORY, Caller.KERNEL));
    }

    @Test
    void anEmptyPipeEndsOnlyWhenNoWriterIsLeft() {
        long reader = refusing.open("", OpenFlags.O_RDONLY, Caller.KERNEL);
        long writer = refusing.dup(reader, "write", Caller.KERNEL);
        long secondWriter = refusing.dup(reader, "write", Caller.KERNEL);
        byte[] out = new byte[4];
        assertEquals(-Errno.EAGAIN, refusing.read(reader, out, 0, 4, 0, NONBLOCK));
        assertEquals(-Errno.EINTR, refusing.read(reader, out, 0, 4, 0, 0), "the blocker refused to wait");
        refusing.close(writer);
        assertEquals(-Errno.EAGAIN, refusing.read(reader, out, 0, 4, 0, NONBLOCK));
        refusing.write(secondWriter, new byte[] {9}, 0, 1, 0, 0);
        refusing.close(secondWriter);
        assertEquals(1, refusing.read(reader, out, 0, 4, 0, 0), "bytes written before the close are still read");
        assertEquals(0, refusing.read(reader, out, 0, 4, 0, 0));
        assertEquals(0, refusing.read(reader, out, 0, 0, 0, 0));
    }

    @Test
    void writingWithNoReaderIsABrokenPipe() {
        long reader = refusing.open("", OpenFlags.O_RDONLY, Caller.KERNEL);
        long writer = refusing.dup(reader, "write", Caller.KERNEL);
        refusing.close(reader);
        assertEquals(-Errno.EPIPE, refusing.write(writer, new byte[] {1}, 0, 1, 0, 0));
        refusing.close(writer);
        assertEquals(0, refusing.openHandles());
    }

    @Test
    void aPipeHolds64KiBAndKeepsOrderAcrossItsWrap() {
        long reader = refusing.open("", OpenFlags.O_RDONLY, Caller.KERNEL);
        long writer = refusing.dup(reader, "write", Caller.KERNEL);
        byte[] data = new byte[PipeScheme.CAPACITY + 100];
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) (i * 31);
        }
        assertEquals(PipeScheme.CAPACITY, refusing.write(writer, data, 0, data.length, 0, 0));
        assertEquals(-Errno.EAGAIN, refusing.write(writer, data, 0, 1, 0, NONBLOCK));
        assertEquals(-Errno.EINTR, refusing.write(writer, data, 0, 1, 0, 0));
        byte[] stat = new byte[Stat.SIZE];
        refusing.fstat(reader, stat, 0);
        assertEquals(Stat.MODE_FIFO, Stat.decode(stat, 0).type());
        assertEquals(PipeScheme.CAPACITY, Stat.decode(stat, 0).size());

        byte[] out = new byte[data.length];
        assertEquals(40_000, refusing.read(reader, out, 0, 40_000, 0, 0));
        assertEquals(100, refusing.write(writer, data, PipeScheme.CAPACITY, 100, 0, 0), "written across the wrap");
        int got = 40_000 + (int) refusing.read(reader, out, 40_000, out.length - 40_000, 0, 0);
        assertEquals(data.length, got);
        assertArrayEquals(data, out);
        assertEquals(-Errno.ESPIPE, refusing.fsize(reader));
    }

    @Test
    void aReaderWaitsForTheWriter() throws Exception {
        KernelLockBlocker kernel = new KernelLockBlocker();
        PipeScheme pipes = new PipeScheme(kernel);
        long reader = kernel.call(() -> pipes.open("", OpenFlags.O_RDONLY, Caller.KERNEL));
        long writer = kernel.call(() -> pipes.dup(reader, "write", Caller.KERNEL));
        byte[] out = new byte[16];
        CompletableFuture<Long> read = CompletableFuture.supplyAsync(
                () -> kernel.call(() -> pipes.read(reader, out, 0, 16, 0, 0)));
        kernel.awaitParked(1);
        kernel.call(() -> pipes.write(writer, new byte[] {4, 5, 6}, 0, 3, 0, 0));
        assertEquals(3, read.get(10, TimeUnit.SECONDS));
        assertArrayEquals(new byte[] {4, 5, 6}, Arrays.copyOf(out, 3));
    }

    @Test
    void aWaitingReaderSeesTheEndWhenTheLastWriterCloses() throws Exception {
        KernelLockBlocker kernel = new KernelLockBlocker();
        PipeScheme pipes = new PipeScheme(kernel);
        long reader = kernel.call(() -> pipes.open("", OpenFlags.O_RDONLY, Caller.KERNEL));
        long writer = kernel.call(() -> pipes.dup(reader, "write", Caller.KERNEL));
        CompletableFuture<Long> read = CompletableFuture.supplyAsync(
                () -> kernel.call(() -> pipes.read(reader, new byte[4], 0, 4, 0, 0)));
        kernel.awaitParked(1);
        kernel.call(() -> pipes.close(writer));
        assertEquals(0, read.get(10, TimeUnit.SECONDS));
    }

    @Test
    void aWriterWaitsForRoomAndABrokenPipeWakesIt() throws Exception {
        KernelLockBlocker kernel = new KernelLockBlocker();
        PipeScheme pipes = new PipeScheme(kernel);
        long reader = kernel.call(() -> pipes.open("", OpenFlags.O_RDONLY, Caller.KERNEL));
        long writer = kernel.call(() -> pipes.dup(reader, "write", Caller.KERNEL));
        byte[] full = new byte[PipeScheme.CAPACITY];
        kernel.call(() -> pipes.write(writer, full, 0, full.length, 0, 0));

        CompletableFuture<Long> write = CompletableFuture.supplyAsync(
                () -> kernel.call(() -> pipes.write(writer, new byte[] {1, 2}, 0, 2, 0, 0)));
        kernel.awaitParked(1);
        kernel.call(() -> pipes.read(reader, new byte[1], 0, 1, 0, 0));
        assertEquals(1, write.get(10, TimeUnit.SECONDS), "one byte of room, one byte written");

        CompletableFuture<Long> blocked = CompletableFuture.supplyAsync(
                () -> kernel.call(() -> pipes.write(writer, new byte[] {3}, 0, 1, 0, 0)));
        kernel.awaitParked(1);
        kernel.call(() -> pipes.close(reader));
        assertEquals(-Errno.EPIPE, blocked.get(10, TimeUnit.SECONDS));
    }
}
