package dev.moka.kernel.ipc.schemes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moka.kernel.api.syscall.Errno;
import dev.moka.kernel.api.syscall.OpenFlags;
import dev.moka.kernel.api.syscall.Stat;
import dev.moka.kernel.ipc.Caller;
import dev.moka.kernel.ipc.SchemeRegistry;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SysSchemeTest {
    private final SchemeRegistry registry = new SchemeRegistry();
    private final List<ProcessInfo> processes = new ArrayList<>();
    private final LogBuffer log = new LogBuffer(64);
    private final SysScheme sys = new SysScheme(registry, () -> List.copyOf(processes), log, "Moka\n0.1.0\nx86_64\n");

    private String readAll(String path) {
        long handle = sys.open(path, OpenFlags.O_RDONLY, Caller.KERNEL);
        assertTrue(handle >= 0, path + ": " + handle);
        byte[] buffer = new byte[4096];
        int position = 0;
        long n;
        while ((n = sys.read(handle, buffer, position, 7, position, 0)) > 0) {
            position += (int) n;
        }
        assertEquals(0, n);
        assertEquals(position, sys.fsize(handle));
        sys.close(handle);
        return new String(buffer, 0, position, StandardCharsets.US_ASCII);
    }

    @Test
    void unameIsTheGivenText() {
        assertEquals("Moka\n0.1.0\nx86_64\n", readAll("uname"));
    }

    @Test
    void schemeListsTheRegisteredSchemesOnePerLine() {
        registry.register("sys", sys);
        registry.register("null", new NullScheme());
        assertEquals("sys\nnull\n", readAll("scheme"));
    }

    @Test
    void contextListsProcessesInColumns() {
        processes.add(new ProcessInfo(1, 0, "running", "init"));
        processes.add(new ProcessInfo(12, 1, "blocked", "shell -i"));
        assertEquals("""
                PID    PPID   STATE     NAME
                1      0      running   init
                12     1      blocked   shell -i
                """, readAll("context"));
    }

    @Test
    void logShowsTheNewestBytes() {
        log.appendLine("boot ok");
        assertEquals("boot ok\n", readAll("log"));
        for (int i = 0; i < 10; i++) {
            log.appendLine("line " + i);
        }
        String text = readAll("log");
        assertEquals(64, text.length());
        assertTrue(text.endsWith("line 9\n"));
    }

    @Test
    void aFileIsASnapshotTakenAtOpen() {
        processes.add(new ProcessInfo(1, 0, "running", "init"));
        long handle = sys.open("context", OpenFlags.O_RDONLY, Caller.KERNEL);
        processes.clear();
        byte[] buffer = new byte[256];
        long n = sys.read(handle, buffer, 0, 256, 0, 0);
        assertTrue(new String(buffer, 0, (int) n, StandardCharsets.US_ASCII).contains("init"));
        assertEquals(0, sys.read(handle, buffer, 0, 256, n, 0));
        assertEquals(-Errno.EINVAL, sys.read(handle, buffer, 0, 256, -1, 0));
    }

    @Test
    void theRootListsTheFiles() {
        long root = sys.open("", OpenFlags.O_RDONLY | OpenFlags.O_DIRECTORY, Caller.KERNEL);
        byte[] buffer = new byte[64];
        long n = sys.getdents(root, buffer, 0, 64, 0);
        assertEquals("context\nlog\nscheme\nstat\nuname\n", new String(buffer, 0, (int) n, StandardCharsets.US_ASCII));
        assertEquals(-Errno.EISDIR, sys.read(root, buffer, 0, 64, 0, 0));
        byte[] stat = new byte[Stat.SIZE];
        sys.fstat(root, stat, 0);
        assertEquals(Stat.MODE_DIR, Stat.decode(stat, 0).type());
        long file = sys.open("uname", OpenFlags.O_RDONLY, Caller.KERNEL);
        assertEquals(-Errno.ENOTDIR, sys.getdents(file, buffer, 0, 64, 0));
        sys.fstat(file, stat, 0);
        assertEquals(Stat.MODE_FILE, Stat.decode(stat, 0).type());
        assertEquals(5, sys.fpath(file, buffer, 0, 64));
    }

    @Test
    void everythingIsReadOnly() {
        assertEquals(-Errno.EACCES, sys.open("uname", OpenFlags.O_WRONLY, Caller.KERNEL));
        assertEquals(-Errno.EACCES, sys.open("log", OpenFlags.O_RDONLY | OpenFlags.O_TRUNC, Caller.KERNEL));
        assertEquals(-Errno.EISDIR, sys.open("", OpenFlags.O_RDWR, Caller.KERNEL));
        assertEquals(-Errno.ENOENT, sys.open("cpu", OpenFlags.O_RDONLY, Caller.KERNEL));
        assertEquals(-Errno.ENOTDIR, sys.open("uname", OpenFlags.O_RDONLY | OpenFlags.O_DIRECTORY, Caller.KERNEL));
        long handle = sys.open("uname", OpenFlags.O_RDONLY, Caller.KERNEL);
        assertEquals(-Errno.EBADF, sys.write(handle, new byte[1], 0, 1, 0, 0));
    }
}
