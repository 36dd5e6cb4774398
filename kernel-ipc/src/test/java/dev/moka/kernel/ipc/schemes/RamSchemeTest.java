package dev.moka.kernel.ipc.schemes;

import static dev.moka.kernel.api.syscall.OpenFlags.O_CREAT;
import static dev.moka.kernel.api.syscall.OpenFlags.O_DIRECTORY;
import static dev.moka.kernel.api.syscall.OpenFlags.O_EXCL;
import static dev.moka.kernel.api.syscall.OpenFlags.O_RDONLY;
import static dev.moka.kernel.api.syscall.OpenFlags.O_RDWR;
import static dev.moka.kernel.api.syscall.OpenFlags.O_TRUNC;
import static dev.moka.kernel.api.syscall.OpenFlags.O_WRONLY;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moka.kernel.api.syscall.Errno;
import dev.moka.kernel.api.syscall.Stat;
import dev.moka.kernel.ipc.Caller;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class RamSchemeTest {
    private final RamScheme ram = new RamScheme(1024);

    private String list(String directory) {
        long handle = ram.open(directory, O_RDONLY | O_DIRECTORY, Caller.KERNEL);
        byte[] buffer = new byte[256];
        long n = ram.getdents(handle, buffer, 0, 256, 0);
        ram.close(handle);
        return new String(buffer, 0, (int) n, StandardCharsets.US_ASCII);
    }

    @Test
    void createsFilesAndDirectoriesAndListsThemByName() {
        assertTrue(ram.open("docs", O_CREAT | O_DIRECTORY | O_RDONLY, Caller.KERNEL) >= 0);
        assertTrue(ram.open("docs/b", O_CREAT | O_WRONLY, Caller.KERNEL) >= 0);
        assertTrue(ram.open("docs/a", O_CREAT | O_WRONLY, Caller.KERNEL) >= 0);
        assertTrue(ram.open("top", O_CREAT | O_WRONLY, Caller.KERNEL) >= 0);
        assertEquals("docs\ntop\n", list(""));
        assertEquals("a\nb\n", list("docs"));
        assertEquals(-Errno.ENOENT, ram.open("nope/x", O_CREAT | O_WRONLY, Caller.KERNEL));
        assertEquals(-Errno.ENOTDIR, ram.open("top/x", O_CREAT | O_WRONLY, Caller.KERNEL));
        assertEquals(-Errno.ENOTDIR, ram.open("top", O_RDONLY | O_DIRECTORY, Caller.KERNEL));
        assertEquals(-Errno.EISDIR, ram.open("docs", O_RDWR, Caller.KERNEL));
        assertEquals(-Errno.EEXIST, ram.open("docs", O_CREAT | O_EXCL | O_DIRECTORY, Caller.KERNEL));
        assertEquals(-Errno.ENOENT, ram.open("missing", O_RDONLY, Caller.KERNEL));
    }

    @Test
    void readsWhatWasWrittenAtAnyPosition() {
        long handle = ram.open("f", O_CREAT | O_RDWR, Caller.KERNEL);
        byte[] data = "hello".getBytes(StandardCharsets.US_ASCII);
        assertEquals(5, ram.write(handle, data, 0, 5, 0, 0));
        assertEquals(5, ram.write(handle, data, 0, 5, 8, 0));
        assertEquals(13, ram.fsize(handle));
        byte[] out = new byte[16];
        assertEquals(13, ram.read(handle, out, 0, 16, 0, 0));
        assertArrayEquals("hello\0\0\0hello".getBytes(StandardCharsets.US_ASCII), Arrays.copyOf(out, 13));
        assertEquals(3, ram.read(handle, out, 0, 16, 10, 0));
        assertEquals(0, ram.read(handle, out, 0, 16, 13, 0));
        byte[] stat = new byte[Stat.SIZE];
        ram.fstat(handle, stat, 0);
        assertEquals(13, Stat.decode(stat, 0).size());
        assertEquals(Stat.MODE_FILE, Stat.decode(stat, 0).type());
        assertEquals(1, ram.fpath(handle, out, 0, 16));
    }

    @Test
    void truncateEmptiesAndTheCapacityHolds() {
        long handle = ram.open("f", O_CREAT | O_RDWR, Caller.KERNEL);
        assertEquals(1000, ram.write(handle, new byte[1000], 0, 1000, 0, 0));
        assertEquals(-Errno.ENOSPC, ram.write(handle, new byte[100], 0, 100, 1000, 0));
        assertEquals(1000, ram.usedBytes());
        long again = ram.open("f", O_RDWR | O_TRUNC, Caller.KERNEL);
        assertEquals(0, ram.fsize(again));
        assertEquals(0, ram.usedBytes());
        assertEquals(100, ram.write(again, new byte[100], 0, 100, 0, 0));
        ram.close(handle);
        ram.close(again);
        assertEquals(0, ram.openHandles());
    }
}
