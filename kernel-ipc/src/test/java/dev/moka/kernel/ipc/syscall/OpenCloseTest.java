package dev.moka.kernel.ipc.syscall;

import static dev.moka.kernel.api.syscall.OpenFlags.O_CLOEXEC;
import static dev.moka.kernel.api.syscall.OpenFlags.O_CREAT;
import static dev.moka.kernel.api.syscall.OpenFlags.O_RDONLY;
import static dev.moka.kernel.api.syscall.OpenFlags.O_RDWR;
import static dev.moka.kernel.api.syscall.OpenFlags.O_WRONLY;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.moka.kernel.api.syscall.Errno;
import dev.moka.kernel.api.syscall.Fcntl;
import dev.moka.kernel.api.syscall.SyscallNumbers;
import dev.moka.kernel.ipc.Blocker;
import org.junit.jupiter.api.Test;

class OpenCloseTest {
    private final UserProcess process = new UserProcess();

    @Test
    void openGivesTheLowestFreeDescriptor() {
        assertEquals(0, process.open("null:", O_RDWR));
        assertEquals(1, process.open("zero:", O_RDONLY));
        assertEquals(2, process.open("sys:uname", O_RDONLY));
        assertEquals(0, process.close(1));
        assertEquals(1, process.open("debug:", O_WRONLY));
        assertEquals(3, process.context.files().openCount());
    }

    @Test
    void openReportsWhatIsWrongWithTheName() {
        assertEquals(-Errno.ENOENT, process.open("sys:nothing", O_RDONLY));
        assertEquals(-Errno.ENODEV, process.open("nosuch:x", O_RDONLY));
        assertEquals(-Errno.EINVAL, process.open(":x", O_RDONLY));
        assertEquals(-Errno.ENOENT, process.call(SyscallNumbers.OPEN, process.text("x"), 0, O_RDONLY));
        assertEquals(-Errno.ENAMETOOLONG, process.open("ram:" + "a".repeat(4093), O_RDONLY));
        assertEquals(-Errno.ENAMETOOLONG, process.call(SyscallNumbers.OPEN, process.text("x"), -1, O_RDONLY));
        assertEquals(-Errno.EINVAL, process.call(SyscallNumbers.OPEN, process.bytes(new byte[] {'n', 0, ':'}), 3, O_RDONLY));
        assertEquals(-Errno.EINVAL, process.call(SyscallNumbers.OPEN, process.bytes(new byte[] {(byte) 0xC3, (byte) 0xA9}), 2, O_RDONLY));
        assertEquals(0, process.context.files().openCount());
    }

    @Test
    void openChecksThePointerAndTheFlags() {
        assertEquals(-Errno.EFAULT, process.call(SyscallNumbers.OPEN, 0, 5, O_RDONLY));
        assertEquals(-Errno.EFAULT, process.call(SyscallNumbers.OPEN, UserProcess.BASE + UserProcess.SIZE - 2, 5, O_RDONLY));
        long path = process.text("null:");
        assertEquals(-Errno.EINVAL, process.call(SyscallNumbers.OPEN, path, 5, 1L << 32));
        assertEquals(-Errno.EINVAL, process.call(SyscallNumbers.OPEN, path, 5, -1));
    }

    @Test
    void aNameWithoutASchemeIsResolvedInTheWorkingDirectory() {
        assertEquals(0, process.open("/notes", O_CREAT | O_RDWR));
        assertEquals(5, process.write(0, "hello"));
        long again = process.open("ram:notes", O_RDONLY);
        assertEquals("hello", process.readText(again, 16));
        assertEquals(0, process.call(SyscallNumbers.CHDIR, process.text("sys:"), 4));
        assertEquals("Moka\n", process.readText(process.open("uname", O_RDONLY), 16));
    }

    @Test
    void theLimitGivesEmfileAndLeavesNoHandleOpen() {
        UserProcess small = new UserProcess(2, Blocker.refusing());
        assertEquals(0, small.open("ram:a", O_CREAT | O_RDWR));
        assertEquals(1, small.open("ram:b", O_CREAT | O_RDWR));
        assertEquals(-Errno.EMFILE, small.open("ram:c", O_CREAT | O_RDWR));
        assertEquals(0, small.close(1));
        assertEquals(-Errno.ENOENT, small.open("ram:c", O_RDONLY), "the refused open created nothing");
    }

    @Test
    void closeOnExecComesFromTheOpenFlags() {
        long fd = process.open("null:", O_RDWR | O_CLOEXEC);
        assertEquals(Fcntl.FD_CLOEXEC, process.call(SyscallNumbers.FCNTL, fd, Fcntl.F_GETFD, 0));
        assertEquals(O_RDWR, process.call(SyscallNumbers.FCNTL, fd, Fcntl.F_GETFL, 0), "O_CLOEXEC is no status flag");
    }

    @Test
    void closeFreesTheDescriptorOnce() {
        long fd = process.open("null:", O_RDWR);
        assertEquals(0, process.close(fd));
        assertEquals(-Errno.EBADF, process.close(fd));
        assertEquals(-Errno.EBADF, process.close(-1));
        assertEquals(-Errno.EBADF, process.close(1L << 40));
        assertEquals(-Errno.EBADF, process.write(fd, "x"));
    }
}
