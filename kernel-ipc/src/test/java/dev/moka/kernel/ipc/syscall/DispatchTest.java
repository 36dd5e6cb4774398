package dev.moka.kernel.ipc.syscall;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moka.kernel.api.syscall.Errno;
import dev.moka.kernel.api.syscall.OpenFlags;
import dev.moka.kernel.api.syscall.SyscallNumbers;
import dev.moka.kernel.ipc.Caller;
import dev.moka.kernel.ipc.Scheme;
import org.junit.jupiter.api.Test;

class DispatchTest {
    private final UserProcess process = new UserProcess();

    @Test
    void callsThatAreNotFileCallsAreNoSyscallHere() {
        for (long number : new long[] {SyscallNumbers.EXIT, SyscallNumbers.GETPID, SyscallNumbers.SPAWN,
            SyscallNumbers.FMAP, SyscallNumbers.FEVENT, 0, -1, 1L << 40, Long.MIN_VALUE, 0x7777_7777}) {
            assertEquals(-Errno.ENOSYS, process.syscalls.dispatch(number, new long[6], process.context), Long.toHexString(number));
            assertFalse(FileSyscalls.serves(number));
        }
        assertTrue(FileSyscalls.serves(SyscallNumbers.READ));
        assertTrue(FileSyscalls.serves(SyscallNumbers.GETDENTS));
        assertTrue(FileSyscalls.serves(SyscallNumbers.UNLINK));
        assertTrue(FileSyscalls.serves(SyscallNumbers.FSYNC));
        assertTrue(FileSyscalls.serves(SyscallNumbers.FRENAME));
    }

    @Test
    void missingArgumentsCountAsZero() {
        assertEquals(-Errno.ENOENT, process.syscalls.dispatch(SyscallNumbers.OPEN, new long[0], process.context));
        assertEquals(-Errno.EBADF, process.syscalls.dispatch(SyscallNumbers.CLOSE, null, process.context));
    }

    /** A scheme whose results are out of the result range, as a broken user daemon's could be. */
    private static final class GarbageScheme implements Scheme {
        @Override
        public long open(String path, int flags, Caller caller) {
            return 0;
        }

        @Override
        public long read(long handle, byte[] buffer, int offset, int length, long position, int flags) {
            return -5000;
        }

        @Override
        public long write(long handle, byte[] buffer, int offset, int length, long position, int flags) {
            return Long.MIN_VALUE;
        }

        @Override
        public long fsize(long handle) {
            return -4096;
        }

        @Override
        public long fstat(long handle, byte[] out, int offset) {
            return -10_000;
        }

        @Override
        public long fpath(long handle, byte[] buffer, int offset, int length) {
            return Long.MIN_VALUE;
        }

        @Override
        public long dup(long handle, String how, Caller caller) {
            return -77_777;
        }

        @Override
        public long getdents(long handle, byte[] buffer, int offset, int length, long index) {
            return -4097;
        }

        @Override
        public long close(long handle) {
            return 0;
        }
    }

    @Test
    void schemeResultsOutsideTheRangeBecomeEio() {
        process.registry.register("garbage", new GarbageScheme());
        long fd = process.open("garbage:", OpenFlags.O_RDWR);
        assertEquals(-Errno.EIO, process.call(SyscallNumbers.READ, fd, process.buffer(16), 16));
        assertEquals(-Errno.EIO, process.write(fd, "x"));
        assertEquals(-Errno.EIO, process.lseek(fd, 0, 0));
        assertEquals(-Errno.EIO, process.call(SyscallNumbers.FSTAT, fd, process.buffer(128), 128));
        assertEquals(-Errno.EIO, process.call(SyscallNumbers.FPATH, fd, process.buffer(16), 16));
        assertEquals(-Errno.EIO, process.call(SyscallNumbers.DUP, fd, process.text("x"), 1));
        assertEquals(-Errno.EIO, process.call(SyscallNumbers.GETDENTS, fd, process.buffer(16), 16));
    }
}
