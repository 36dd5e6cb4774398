package dev.moka.kernel.ipc.syscall;

import static dev.moka.kernel.api.syscall.OpenFlags.O_CLOEXEC;
import static dev.moka.kernel.api.syscall.OpenFlags.O_CREAT;
import static dev.moka.kernel.api.syscall.OpenFlags.O_NONBLOCK;
import static dev.moka.kernel.api.syscall.OpenFlags.O_RDONLY;
import static dev.moka.kernel.api.syscall.OpenFlags.O_RDWR;
import static dev.moka.kernel.api.syscall.OpenFlags.O_WRONLY;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.moka.kernel.api.syscall.Errno;
import dev.moka.kernel.api.syscall.Fcntl;
import dev.moka.kernel.api.syscall.SyscallNumbers;
import dev.moka.kernel.ipc.Blocker;
import dev.moka.kernel.ipc.KernelLockBlocker;
import dev.moka.kernel.ipc.WaitChannel;
import dev.moka.kernel.ipc.fd.FileTable;
import dev.moka.kernel.ipc.schemes.PipeScheme;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class PipeCallsTest {
    private final UserProcess process = new UserProcess();

    @Test
    void pipe2GivesAReadEndAndAWriteEnd() {
        long[] fds = process.pipe(0);
        assertEquals(0, fds[0]);
        assertEquals(1, fds[1]);
        assertEquals(O_RDONLY, process.call(SyscallNumbers.FCNTL, fds[0], Fcntl.F_GETFL, 0));
        assertEquals(O_WRONLY, process.call(SyscallNumbers.FCNTL, fds[1], Fcntl.F_GETFL, 0));
        assertEquals(5, process.write(fds[1], "hello"));
        assertEquals("hel", process.readText(fds[0], 3));
        assertEquals("lo", process.readText(fds[0], 10), "a read takes what is there");
        assertEquals(-Errno.EBADF, process.write(fds[0], "x"));
        assertEquals("pipe:", process.textCall(SyscallNumbers.FPATH, fds[0], 32));
    }

    @Test
    void theReaderSeesTheEndOnceEveryWriteDescriptorIsClosed() {
        long[] fds = process.pipe(0);
        long copy = process.call(SyscallNumbers.DUP, fds[1], 0, 0);
        process.write(fds[1], "x");
        process.close(fds[1]);
        assertEquals("x", process.readText(fds[0], 8));
        assertEquals(-Errno.EINTR, process.call(SyscallNumbers.READ, fds[0], process.buffer(4), 4),
                "a dup of the write end is still open");
        process.close(copy);
        assertEquals("", process.readText(fds[0], 8));
    }

    @Test
    void writingAfterTheReadersCloseIsABrokenPipe() {
        long[] fds = process.pipe(0);
        process.close(fds[0]);
        assertEquals(-Errno.EPIPE, process.write(fds[1], "x"));
    }

    @Test
    void aFullPipeTakesWhatFitsThenRefuses() {
        long[] fds = process.pipe(O_NONBLOCK);
        byte[] big = new byte[PipeScheme.CAPACITY + 1000];
        assertEquals(PipeScheme.CAPACITY, process.write(fds[1], big));
        assertEquals(-Errno.EAGAIN, process.write(fds[1], "x"));
        assertEquals(PipeScheme.CAPACITY, process.read(fds[0], big.length).length);
        assertEquals(-Errno.EAGAIN, process.call(SyscallNumbers.READ, fds[0], process.buffer(4), 4));
    }

    @Test
    void pipe2ChecksItsArguments() {
        assertEquals(-Errno.EINVAL, process.call(SyscallNumbers.PIPE2, process.buffer(16), O_RDWR));
        assertEquals(-Errno.EFAULT, process.call(SyscallNumbers.PIPE2, 8, 0));
        long readOnly = process.buffer(16);
        process.memory.makeReadOnly(readOnly, 16);
        assertEquals(-Errno.EFAULT, process.call(SyscallNumbers.PIPE2, readOnly, 0));
        assertEquals(0, process.context.files().openCount(), "nothing was made");
    }

    @Test
    void pipe2NeedsTwoFreeDescriptors() {
        UserProcess small = new UserProcess(3, Blocker.refusing());
        small.open("ram:a", O_CREAT | O_RDWR);
        small.open("ram:b", O_CREAT | O_RDWR);
        assertEquals(-Errno.EMFILE, small.call(SyscallNumbers.PIPE2, small.buffer(16), 0));
        assertEquals(2, small.context.files().openCount(), "the refused pipe2 left no descriptor behind");
    }

    @Test
    void pipe2WithoutAPipeSchemeIsNoDevice() {
        process.registry.unregister("pipe");
        assertEquals(-Errno.ENODEV, process.call(SyscallNumbers.PIPE2, process.buffer(16), 0));
    }

    @Test
    void pipe2FlagsApplyToBothEnds() {
        long[] fds = process.pipe(O_CLOEXEC | O_NONBLOCK);
        for (long fd : fds) {
            assertEquals(Fcntl.FD_CLOEXEC, process.call(SyscallNumbers.FCNTL, fd, Fcntl.F_GETFD, 0));
            assertEquals(O_NONBLOCK, process.call(SyscallNumbers.FCNTL, fd, Fcntl.F_GETFL, 0) & O_NONBLOCK);
        }
    }

    @Test
    void aSpawnedChildSharesThePipeAndExitClosesItsEnds() {
        long[] fds = process.pipe(0);
        process.call(SyscallNumbers.FCNTL, fds[0], Fcntl.F_SETFD, Fcntl.FD_CLOEXEC);
        UserProcess child = new UserProcess(process, process.context.files().inherit(FileTable.DEFAULT_LIMIT));
        assertEquals(-Errno.EBADF, child.call(SyscallNumbers.READ, fds[0], child.buffer(1), 1), "close-on-exec");
        assertEquals(4, child.write(fds[1], "ping"));
        process.close(fds[1]);
        assertEquals("ping", process.readText(fds[0], 8));
        assertEquals(-Errno.EINTR, process.call(SyscallNumbers.READ, fds[0], process.buffer(1), 1));
        child.context.files().closeAll();
        assertEquals("", process.readText(fds[0], 8), "the child's exit closed the last write end");
    }

    @Test
    void aBlockingReadWaitsForAnotherProcessesWrite() throws Exception {
        KernelLockBlocker kernel = new KernelLockBlocker();
        UserProcess reader = new UserProcess(16, kernel);
        long address = reader.buffer(16);
        kernel.call(() -> reader.call(SyscallNumbers.PIPE2, address, 0));
        UserProcess writer = new UserProcess(reader, reader.context.files().inherit(16));
        long bytes = writer.text("across");
        CompletableFuture<Long> read = CompletableFuture.supplyAsync(
                () -> kernel.call(() -> reader.call(SyscallNumbers.READ, 0, reader.buffer(64), 64)));
        kernel.awaitParked(1);
        assertEquals(6, kernel.call(() -> writer.call(SyscallNumbers.WRITE, 1, bytes, 6)));
        assertEquals(6, read.get(10, TimeUnit.SECONDS));
    }

    @Test
    void aLargeBlockingWriteIsDeliveredWhole() throws Exception {
        KernelLockBlocker kernel = new KernelLockBlocker();
        UserProcess writer = new UserProcess(16, kernel);
        long pair = writer.buffer(16);
        kernel.call(() -> writer.call(SyscallNumbers.PIPE2, pair, 0));
        UserProcess reader = new UserProcess(writer, writer.context.files().inherit(16));
        byte[] data = new byte[3 * PipeScheme.CAPACITY];
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) (i ^ (i >> 8));
        }
        long source = writer.bytes(data);
        CompletableFuture<Long> write = CompletableFuture.supplyAsync(
                () -> kernel.call(() -> writer.call(SyscallNumbers.WRITE, 1, source, data.length)));
        byte[] received = new byte[data.length];
        int got = 0;
        long target = reader.buffer(10_000);
        while (got < data.length) {
            long n = kernel.call(() -> reader.call(SyscallNumbers.READ, 0, target, 10_000));
            System.arraycopy(reader.memory.get(target, (int) n), 0, received, got, (int) n);
            got += (int) n;
        }
        assertEquals(data.length, write.get(10, TimeUnit.SECONDS));
        assertArrayEquals(data, received);
    }

    @Test
    void aReadReturnsWhatIsThereWithoutWaitingForMore() {
        Blocker mustNotWait = new Blocker() {
            @Override
            public boolean sleep(WaitChannel channel) {
                throw new AssertionError("the read waited on " + channel);
            }

            @Override
            public void wakeAll(WaitChannel channel) {
            }
        };
        UserProcess reader = new UserProcess(16, mustNotWait);
        long[] fds = reader.pipe(0);
        assertEquals(FileSyscalls.CHUNK, reader.write(fds[1], new byte[FileSyscalls.CHUNK]));
        assertEquals(FileSyscalls.CHUNK, reader.read(fds[0], 3 * FileSyscalls.CHUNK).length,
                "exactly one full chunk was there; asking for the next must not wait");
    }
}
