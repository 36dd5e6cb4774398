package dev.moka.kernel.ipc.syscall;

import static dev.moka.kernel.api.syscall.OpenFlags.O_APPEND;
import static dev.moka.kernel.api.syscall.OpenFlags.O_CREAT;
import static dev.moka.kernel.api.syscall.OpenFlags.O_RDONLY;
import static dev.moka.kernel.api.syscall.OpenFlags.O_RDWR;
import static dev.moka.kernel.api.syscall.OpenFlags.O_TRUNC;
import static dev.moka.kernel.api.syscall.OpenFlags.O_WRONLY;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.moka.kernel.api.syscall.Errno;
import dev.moka.kernel.api.syscall.Seek;
import dev.moka.kernel.api.syscall.SyscallNumbers;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ReadWriteSeekTest {
    private final UserProcess process = new UserProcess();

    @Test
    void readsBackWhatWasWrittenAndMovesThePosition() {
        long fd = process.open("ram:f", O_CREAT | O_RDWR);
        assertEquals(11, process.write(fd, "hello world"));
        assertEquals(11, process.lseek(fd, 0, Seek.SEEK_CUR));
        assertEquals(0, process.lseek(fd, 0, Seek.SEEK_SET));
        assertEquals("hello", process.readText(fd, 5));
        assertEquals(" world", process.readText(fd, 100));
        assertEquals("", process.readText(fd, 100), "the end");
    }

    @Test
    void largeTransfersCrossTheKernelBufferWhole() {
        byte[] data = new byte[3 * FileSyscalls.CHUNK + 123];
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) (i * 7 + 1);
        }
        long fd = process.open("ram:big", O_CREAT | O_RDWR);
        assertEquals(data.length, process.write(fd, data));
        process.lseek(fd, 0, Seek.SEEK_SET);
        assertArrayEquals(data, process.read(fd, data.length + 50));
        long zero = process.open("zero:", O_RDONLY);
        assertArrayEquals(new byte[data.length], process.read(zero, data.length));
    }

    @Test
    void accessModesAreEnforced() {
        long readOnly = process.open("ram:f", O_CREAT | O_RDONLY);
        assertEquals(-Errno.EBADF, process.write(readOnly, "x"));
        long writeOnly = process.open("ram:f", O_WRONLY);
        assertEquals(-Errno.EBADF, process.call(SyscallNumbers.READ, writeOnly, process.buffer(4), 4));
        assertEquals(-Errno.EBADF, process.call(SyscallNumbers.READ, 99, process.buffer(4), 4));
        assertEquals(-Errno.EBADF, process.call(SyscallNumbers.READ, -5, process.buffer(4), 4));
    }

    @Test
    void badBuffersGiveEfaultAndTouchNothing() {
        long fd = process.open("ram:f", O_CREAT | O_RDWR);
        process.write(fd, "abc");
        process.lseek(fd, 0, Seek.SEEK_SET);
        assertEquals(-Errno.EFAULT, process.call(SyscallNumbers.READ, fd, 0x10, 3));
        assertEquals(-Errno.EFAULT, process.call(SyscallNumbers.READ, fd, UserProcess.BASE, -1));
        assertEquals(-Errno.EFAULT, process.call(SyscallNumbers.WRITE, fd, UserProcess.BASE + UserProcess.SIZE - 1, 2));
        long code = process.buffer(16);
        process.memory.makeReadOnly(code, 16);
        assertEquals(-Errno.EFAULT, process.call(SyscallNumbers.READ, fd, code, 3));
        assertEquals(0, process.lseek(fd, 0, Seek.SEEK_CUR), "nothing was read");
        assertEquals(3, process.call(SyscallNumbers.WRITE, fd, code, 3), "read-only memory can be written from");
    }

    @Test
    void zeroLengthTransfersNeedNoBuffer() {
        long fd = process.open("ram:f", O_CREAT | O_RDWR);
        assertEquals(0, process.call(SyscallNumbers.READ, fd, 0, 0));
        assertEquals(0, process.call(SyscallNumbers.WRITE, fd, 0, 0));
    }

    @Test
    void appendWritesAtTheEndWhereverThePositionIs() {
        long fd = process.open("ram:log", O_CREAT | O_WRONLY);
        process.write(fd, "one\n");
        long appender = process.open("ram:log", O_WRONLY | O_APPEND);
        process.write(fd, "ONE\n");
        process.write(appender, "two\n");
        long reader = process.open("ram:log", O_RDONLY);
        assertEquals("one\nONE\ntwo\n", process.readText(reader, 64));
        process.open("ram:log", O_WRONLY | O_TRUNC);
        assertEquals(0, process.lseek(reader, 0, Seek.SEEK_END));
    }

    @Test
    void lseekFollowsWhence() {
        long fd = process.open("ram:f", O_CREAT | O_RDWR);
        process.write(fd, "0123456789");
        assertEquals(4, process.lseek(fd, 4, Seek.SEEK_SET));
        assertEquals(6, process.lseek(fd, 2, Seek.SEEK_CUR));
        assertEquals(3, process.lseek(fd, -3, Seek.SEEK_CUR));
        assertEquals(8, process.lseek(fd, -2, Seek.SEEK_END));
        assertEquals("89", process.readText(fd, 10));
        assertEquals(20, process.lseek(fd, 10, Seek.SEEK_END), "past the end is allowed");
        assertEquals(-Errno.EINVAL, process.lseek(fd, -1, Seek.SEEK_SET));
        assertEquals(-Errno.EINVAL, process.lseek(fd, 0, 3));
        assertEquals(-Errno.EINVAL, process.lseek(fd, Long.MAX_VALUE, Seek.SEEK_END), "overflow");
        assertEquals(-Errno.EBADF, process.lseek(42, 0, Seek.SEEK_SET));
        assertEquals(20, process.lseek(fd, 0, Seek.SEEK_CUR), "failed seeks moved nothing");
    }

    @Test
    void streamsCannotSeek() {
        long[] pipe = process.pipe(0);
        assertEquals(-Errno.ESPIPE, process.lseek(pipe[0], 0, Seek.SEEK_SET));
        assertEquals(-Errno.ESPIPE, process.lseek(process.open("debug:", O_RDWR), 0, Seek.SEEK_CUR));
    }

    @Test
    void devicesBehaveThroughTheDispatcher() {
        long debug = process.open("debug:", O_WRONLY);
        assertEquals(6, process.write(debug, "hello\n"));
        assertEquals("hello\n", process.console.toString(StandardCharsets.US_ASCII));
        long nul = process.open("null:", O_RDWR);
        assertEquals(0, process.read(nul, 8).length);
        assertEquals(3, process.write(nul, "abc"));
        byte[] random = process.read(process.open("rand:", O_RDONLY), 32);
        assertEquals(32, random.length);
        assertFalse(Arrays.equals(new byte[32], random));
    }
}
