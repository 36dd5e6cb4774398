package dev.moka.kernel.ipc.syscall;

import static dev.moka.kernel.api.syscall.OpenFlags.O_APPEND;
import static dev.moka.kernel.api.syscall.OpenFlags.O_CLOEXEC;
import static dev.moka.kernel.api.syscall.OpenFlags.O_CREAT;
import static dev.moka.kernel.api.syscall.OpenFlags.O_NONBLOCK;
import static dev.moka.kernel.api.syscall.OpenFlags.O_RDONLY;
import static dev.moka.kernel.api.syscall.OpenFlags.O_RDWR;
import static dev.moka.kernel.api.syscall.OpenFlags.O_WRONLY;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.moka.kernel.api.syscall.Errno;
import dev.moka.kernel.api.syscall.Fcntl;
import dev.moka.kernel.api.syscall.Seek;
import dev.moka.kernel.api.syscall.SyscallNumbers;
import org.junit.jupiter.api.Test;

class DupFcntlTest {
    private final UserProcess process = new UserProcess();

    private long fileWith(String text) {
        long fd = process.open("ram:f", O_CREAT | O_RDWR);
        process.write(fd, text);
        process.lseek(fd, 0, Seek.SEEK_SET);
        return fd;
    }

    @Test
    void dupSharesThePosition() {
        long fd = fileWith("abcdef");
        long copy = process.call(SyscallNumbers.DUP, fd, 0, 0);
        assertEquals(1, copy);
        assertEquals("ab", process.readText(fd, 2));
        assertEquals("cd", process.readText(copy, 2));
        process.close(fd);
        assertEquals("ef", process.readText(copy, 2), "the open file outlives the first descriptor");
        assertEquals(-Errno.EBADF, process.call(SyscallNumbers.DUP, 7, 0, 0));
    }

    @Test
    void dupWithAnArgumentAsksTheScheme() {
        long reader = process.open("pipe:", O_RDONLY);
        long writer = process.call(SyscallNumbers.DUP, reader, process.text("write"), 5);
        assertEquals(1, writer);
        assertEquals(O_WRONLY, process.call(SyscallNumbers.FCNTL, writer, Fcntl.F_GETFL, 0));
        assertEquals(3, process.write(writer, "abc"));
        assertEquals("abc", process.readText(reader, 8));
        assertEquals(-Errno.EINVAL, process.call(SyscallNumbers.DUP, reader, process.text("sideways"), 8));
        assertEquals(-Errno.EINVAL, process.call(SyscallNumbers.DUP, process.open("null:", O_RDWR), process.text("x"), 1));
        assertEquals(-Errno.EFAULT, process.call(SyscallNumbers.DUP, reader, 0x10, 5));
    }

    @Test
    void dup2FollowsPosix() {
        long fd = fileWith("xyz");
        long other = process.open("null:", O_RDWR);
        assertEquals(other, process.call(SyscallNumbers.DUP2, fd, other, 0, 0), "dup2 closes the target first");
        assertEquals("x", process.readText(other, 1));
        assertEquals("y", process.readText(fd, 1));
        assertEquals(fd, process.call(SyscallNumbers.DUP2, fd, fd, 0, 0));
        assertEquals(9, process.call(SyscallNumbers.DUP2, fd, 9, 0, 0));
        assertEquals(-Errno.EBADF, process.call(SyscallNumbers.DUP2, fd, -1, 0, 0));
        assertEquals(-Errno.EBADF, process.call(SyscallNumbers.DUP2, fd, 100_000, 0, 0));
        assertEquals(-Errno.EBADF, process.call(SyscallNumbers.DUP2, 50, 3, 0, 0));
        long reader = process.open("pipe:", O_RDONLY);
        assertEquals(20, process.call(SyscallNumbers.DUP2, reader, 20, process.text("write"), 5));
        assertEquals(2, process.write(20, "hi"));
        assertEquals("hi", process.readText(reader, 8));
    }

    @Test
    void fcntlDupfdHonoursTheFloor() {
        long fd = process.open("null:", O_RDWR | O_CLOEXEC);
        assertEquals(5, process.call(SyscallNumbers.FCNTL, fd, Fcntl.F_DUPFD, 5));
        assertEquals(6, process.call(SyscallNumbers.FCNTL, fd, Fcntl.F_DUPFD, 5));
        assertEquals(0, process.call(SyscallNumbers.FCNTL, 5, Fcntl.F_GETFD, 0));
        assertEquals(-Errno.EINVAL, process.call(SyscallNumbers.FCNTL, fd, Fcntl.F_DUPFD, -1));
        assertEquals(-Errno.EINVAL, process.call(SyscallNumbers.FCNTL, fd, Fcntl.F_DUPFD, 1 << 20));
    }

    @Test
    void fcntlSetsCloseOnExecPerDescriptor() {
        long fd = process.open("null:", O_RDWR);
        long copy = process.call(SyscallNumbers.DUP, fd, 0, 0);
        assertEquals(0, process.call(SyscallNumbers.FCNTL, fd, Fcntl.F_SETFD, Fcntl.FD_CLOEXEC));
        assertEquals(Fcntl.FD_CLOEXEC, process.call(SyscallNumbers.FCNTL, fd, Fcntl.F_GETFD, 0));
        assertEquals(0, process.call(SyscallNumbers.FCNTL, copy, Fcntl.F_GETFD, 0));
        process.context.files().closeForExec();
        assertEquals(-Errno.EBADF, process.call(SyscallNumbers.FCNTL, fd, Fcntl.F_GETFD, 0));
        assertEquals(0, process.call(SyscallNumbers.FCNTL, copy, Fcntl.F_GETFD, 0));
    }

    @Test
    void fcntlStatusFlagsAreSharedByTheOpenFile() {
        long[] pipe = process.pipe(0);
        long copy = process.call(SyscallNumbers.DUP, pipe[0], 0, 0);
        assertEquals(-Errno.EINTR, process.call(SyscallNumbers.READ, pipe[0], process.buffer(4), 4));
        assertEquals(0, process.call(SyscallNumbers.FCNTL, copy, Fcntl.F_SETFL, O_NONBLOCK | O_WRONLY | O_APPEND));
        assertEquals(O_RDONLY | O_NONBLOCK | O_APPEND, process.call(SyscallNumbers.FCNTL, pipe[0], Fcntl.F_GETFL, 0),
                "the access mode cannot change");
        assertEquals(-Errno.EAGAIN, process.call(SyscallNumbers.READ, pipe[0], process.buffer(4), 4));
    }

    @Test
    void fcntlRefusesUnknownCommandsAndClosedDescriptors() {
        long fd = process.open("null:", O_RDWR);
        assertEquals(-Errno.EINVAL, process.call(SyscallNumbers.FCNTL, fd, 99, 0));
        assertEquals(-Errno.EINVAL, process.call(SyscallNumbers.FCNTL, fd, -1, 0));
        assertEquals(-Errno.EBADF, process.call(SyscallNumbers.FCNTL, 33, Fcntl.F_GETFL, 0));
    }
}
