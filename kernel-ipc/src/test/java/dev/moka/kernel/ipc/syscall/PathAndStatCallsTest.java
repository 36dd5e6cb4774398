package dev.moka.kernel.ipc.syscall;

import static dev.moka.kernel.api.syscall.OpenFlags.O_CREAT;
import static dev.moka.kernel.api.syscall.OpenFlags.O_DIRECTORY;
import static dev.moka.kernel.api.syscall.OpenFlags.O_RDONLY;
import static dev.moka.kernel.api.syscall.OpenFlags.O_RDWR;
import static dev.moka.kernel.api.syscall.OpenFlags.O_WRONLY;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.moka.kernel.api.syscall.Errno;
import dev.moka.kernel.api.syscall.Stat;
import dev.moka.kernel.api.syscall.SyscallNumbers;
import dev.moka.kernel.api.syscall.TimeSpec;
import org.junit.jupiter.api.Test;

class PathAndStatCallsTest {
    private final UserProcess process = new UserProcess();

    private long chdir(String path) {
        return process.call(SyscallNumbers.CHDIR, process.text(path), path.length());
    }

    private long mkdir(String path) {
        return process.call(SyscallNumbers.MKDIR, process.text(path), path.length(), 0755);
    }

    @Test
    void chdirAndGetcwd() {
        assertEquals("ram:", process.textCall(SyscallNumbers.GETCWD, 0, 64));
        assertEquals(0, mkdir("ram:home"));
        assertEquals(0, mkdir("/home/user"));
        assertEquals(0, chdir("home/user"));
        assertEquals("ram:home/user", process.textCall(SyscallNumbers.GETCWD, 0, 64));
        assertEquals(0, chdir(".."));
        assertEquals("ram:home", process.textCall(SyscallNumbers.GETCWD, 0, 64));
        assertEquals(0, chdir("sys:/"));
        assertEquals("sys:", process.textCall(SyscallNumbers.GETCWD, 0, 64));
    }

    @Test
    void chdirNeedsADirectory() {
        assertEquals(-Errno.ENOTDIR, chdir("sys:uname"));
        assertEquals(-Errno.ENOTDIR, chdir("null:"));
        assertEquals(-Errno.ENOENT, chdir("ram:nowhere"));
        assertEquals(-Errno.ENODEV, chdir("nosuch:"));
        assertEquals(-Errno.EFAULT, process.call(SyscallNumbers.CHDIR, 0, 4));
        assertEquals("ram:", process.textCall(SyscallNumbers.GETCWD, 0, 64), "failures left the directory alone");
    }

    @Test
    void getcwdNeedsRoomAndMemory() {
        assertEquals(-Errno.ERANGE, process.call(SyscallNumbers.GETCWD, process.buffer(8), 3));
        assertEquals(-Errno.EFAULT, process.call(SyscallNumbers.GETCWD, 16, 64));
    }

    @Test
    void mkdirMakesADirectoryOnce() {
        assertEquals(0, mkdir("ram:d"));
        assertEquals(-Errno.EEXIST, mkdir("ram:d"));
        assertEquals(-Errno.ENOENT, mkdir("ram:x/y"));
        long fd = process.open("ram:d", O_RDONLY | O_DIRECTORY);
        assertEquals(Stat.MODE_DIR, stat(fd).type());
        assertEquals(-Errno.ENOENT, mkdir("sys:new"), "sys: makes nothing");
    }

    @Test
    void getdentsListsAndResumes() {
        long root = process.open("sys:", O_RDONLY | O_DIRECTORY);
        assertEquals("context\nlog\n", process.textCall(SyscallNumbers.GETDENTS, root, 13));
        assertEquals("scheme\nstat\nuname\n", process.textCall(SyscallNumbers.GETDENTS, root, 64));
        assertEquals("", process.textCall(SyscallNumbers.GETDENTS, root, 64));
        long fresh = process.open("sys:", O_RDONLY);
        assertEquals(-Errno.EINVAL, process.call(SyscallNumbers.GETDENTS, fresh, process.buffer(4), 4), "context does not fit");
        assertEquals(-Errno.EINVAL, process.call(SyscallNumbers.GETDENTS, fresh, process.buffer(4), 0));
        assertEquals(-Errno.ENOTDIR, process.call(SyscallNumbers.GETDENTS, process.open("sys:log", O_RDONLY), process.buffer(64), 64));
        assertEquals(-Errno.EFAULT, process.call(SyscallNumbers.GETDENTS, fresh, 4, 64));
        assertEquals(-Errno.EBADF, process.call(SyscallNumbers.GETDENTS, 77, process.buffer(64), 64));
    }

    @Test
    void listingShowsWhatWasCreated() {
        mkdir("ram:dir");
        process.open("ram:dir/b", O_CREAT | O_WRONLY);
        process.open("ram:dir/a", O_CREAT | O_WRONLY);
        long dir = process.open("ram:dir", O_RDONLY | O_DIRECTORY);
        assertEquals("a\nb\n", process.textCall(SyscallNumbers.GETDENTS, dir, 64));
    }

    private Stat stat(long fd) {
        long address = process.buffer(Stat.SIZE);
        assertEquals(0, process.call(SyscallNumbers.FSTAT, fd, address, Stat.SIZE));
        return Stat.decode(process.memory.get(address, Stat.SIZE), 0);
    }

    @Test
    void fstatWritesTheStructure() {
        long fd = process.open("ram:f", O_CREAT | O_RDWR);
        process.write(fd, "12345");
        assertEquals(5, stat(fd).size());
        assertEquals(Stat.MODE_FILE, stat(fd).type());
        long[] pipe = process.pipe(0);
        process.write(pipe[1], "abc");
        assertEquals(Stat.MODE_FIFO, stat(pipe[0]).type());
        assertEquals(3, stat(pipe[0]).size());
        assertEquals(Stat.MODE_CHR, stat(process.open("null:", O_RDWR)).type());
    }

    @Test
    void fstatChecksItsBuffer() {
        long fd = process.open("null:", O_RDWR);
        assertEquals(-Errno.EINVAL, process.call(SyscallNumbers.FSTAT, fd, process.buffer(Stat.SIZE), Stat.SIZE - 1));
        assertEquals(-Errno.EFAULT, process.call(SyscallNumbers.FSTAT, fd, UserProcess.BASE + UserProcess.SIZE - 50, Stat.SIZE));
        assertEquals(-Errno.EBADF, process.call(SyscallNumbers.FSTAT, 50, process.buffer(Stat.SIZE), Stat.SIZE));
    }

    @Test
    void fpathGivesSchemeAndPath() {
        assertEquals("sys:uname", process.textCall(SyscallNumbers.FPATH, process.open("sys:/./uname", O_RDONLY), 64));
        assertEquals("time:4", process.textCall(SyscallNumbers.FPATH, process.open("time:4", O_RDONLY), 64));
        assertEquals("null:", process.textCall(SyscallNumbers.FPATH, process.open("null:", O_RDONLY), 64));
        long fd = process.open("ram:a-long-name", O_CREAT | O_RDWR);
        assertEquals("ram:a-l", process.textCall(SyscallNumbers.FPATH, fd, 7), "cut to the buffer");
        assertEquals(0, process.call(SyscallNumbers.FPATH, fd, 0, 0));
        assertEquals(-Errno.EFAULT, process.call(SyscallNumbers.FPATH, fd, 0, 8));
    }

    @Test
    void timeFilesGiveATimespec() {
        long fd = process.open("time:4", O_RDONLY);
        byte[] bytes = process.read(fd, 16);
        assertEquals(new TimeSpec(4, 0), TimeSpec.decode(bytes, 0), "the test clock reads id seconds");
        assertEquals(-Errno.EINVAL, process.call(SyscallNumbers.READ, fd, process.buffer(8), 8));
    }
}
