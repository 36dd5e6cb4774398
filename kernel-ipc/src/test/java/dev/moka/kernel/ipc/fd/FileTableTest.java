package dev.moka.kernel.ipc.fd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.moka.kernel.api.syscall.Errno;
import dev.moka.kernel.api.syscall.OpenFlags;
import dev.moka.kernel.ipc.Caller;
import dev.moka.kernel.ipc.schemes.NullScheme;
import org.junit.jupiter.api.Test;

class FileTableTest {
    private final NullScheme scheme = new NullScheme();

    private OpenFile newFile() {
        long handle = scheme.open("", OpenFlags.O_RDWR, Caller.KERNEL);
        return new OpenFile(scheme, "null", handle, OpenFlags.O_RDWR);
    }

    @Test
    void newDescriptorsAreTheLowestFree() {
        FileTable table = new FileTable(8);
        assertEquals(0, table.install(newFile(), false));
        assertEquals(1, table.install(newFile(), false));
        assertEquals(2, table.install(newFile(), false));
        assertEquals(0, table.close(1));
        assertEquals(1, table.install(newFile(), false));
        assertEquals(3, table.install(newFile(), false));
        assertEquals(4, table.openCount());
    }

    @Test
    void theLimitGivesEmfile() {
        FileTable table = new FileTable(3);
        for (int i = 0; i < 3; i++) {
            table.install(newFile(), false);
        }
        OpenFile extra = newFile();
        assertEquals(-Errno.EMFILE, table.install(extra, false));
        assertEquals(0, extra.references());
        assertEquals(-Errno.EMFILE, table.dup(0));
        assertEquals(-Errno.EMFILE, table.installAtLeast(extra, 5, false));
        assertFalse(table.hasRoomFor(1));
        assertThrows(IllegalArgumentException.class, () -> new FileTable(0));
    }

    @Test
    void dupSharesTheOpenFileAndItsPosition() {
        FileTable table = new FileTable();
        OpenFile file = newFile();
        table.install(file, true);
        long copy = table.dup(0);
        assertEquals(1, copy);
        assertSame(file, table.get(1));
        file.setPosition(42);
        assertEquals(42, table.get(1).position());
        assertEquals(2, file.references());
        assertEquals(0, table.closeOnExecFlag(1), "a dup never inherits close-on-exec");
        assertEquals(1, table.closeOnExecFlag(0));
    }

    @Test
    void dupAtLeastHonoursTheFloor() {
        FileTable table = new FileTable();
        table.install(newFile(), false);
        assertEquals(10, table.dupAtLeast(0, 10));
        assertEquals(11, table.dupAtLeast(0, 10));
        assertEquals(-Errno.EINVAL, table.dupAtLeast(0, -1));
        assertEquals(-Errno.EBADF, table.dupAtLeast(5, 0));
    }

    @Test
    void dup2FollowsPosix() {
        FileTable table = new FileTable(8);
        OpenFile first = newFile();
        OpenFile second = newFile();
        table.install(first, false);
        table.install(second, true);
        assertEquals(1, table.dup2(1, 1), "dup2 onto itself changes nothing");
        assertEquals(1, table.closeOnExecFlag(1));
        assertEquals(1, table.dup2(0, 1), "the target is closed first");
        assertSame(first, table.get(1));
        assertEquals(0, second.references());
        assertEquals(1, scheme.openHandles(), "the replaced file's handle is closed");
        assertEquals(0, table.closeOnExecFlag(1));
        assertEquals(6, table.dup2(0, 6));
        assertEquals(-Errno.EBADF, table.dup2(0, 8));
        assertEquals(-Errno.EBADF, table.dup2(0, -1));
        assertEquals(-Errno.EBADF, table.dup2(3, 4));
    }

    @Test
    void theSchemeHandleClosesWithTheLastDescriptor() {
        FileTable table = new FileTable();
        OpenFile file = newFile();
        table.install(file, false);
        table.dup(0);
        assertEquals(1, scheme.openHandles());
        assertEquals(0, table.close(0));
        assertEquals(1, scheme.openHandles());
        assertEquals(0, table.close(1));
        assertEquals(0, scheme.openHandles());
        assertEquals(-Errno.EBADF, table.close(1));
        assertEquals(-Errno.EBADF, table.close(-3));
    }

    @Test
    void closeForExecClosesOnlyMarkedDescriptors() {
        FileTable table = new FileTable();
        table.install(newFile(), true);
        table.install(newFile(), false);
        table.install(newFile(), false);
        assertEquals(0, table.setCloseOnExecFlag(2, true));
        table.closeForExec();
        assertNull(table.get(0));
        assertNull(table.get(2));
        assertEquals(1, table.openCount());
        assertEquals(-Errno.EBADF, table.setCloseOnExecFlag(0, true));
        assertEquals(-Errno.EBADF, table.closeOnExecFlag(0));
    }

    @Test
    void closeAllReleasesEverything() {
        FileTable table = new FileTable();
        for (int i = 0; i < 20; i++) {
            table.install(newFile(), i % 2 == 0);
        }
        table.dup2(3, 40);
        table.closeAll();
        assertEquals(0, table.openCount());
        assertEquals(0, scheme.openHandles());
    }

    @Test
    void aSpawnedTableSharesOpenFilesExceptCloseOnExec() {
        FileTable parent = new FileTable();
        OpenFile shared = newFile();
        parent.install(shared, false);
        parent.install(newFile(), true);
        parent.dup2(0, 9);
        FileTable child = parent.inherit(8);
        assertSame(shared, child.get(0));
        assertNull(child.get(1));
        assertNull(child.get(9), "beyond the child's limit");
        assertEquals(3, shared.references());
        parent.closeAll();
        assertEquals(1, scheme.openHandles(), "the child still holds the shared file");
        child.closeAll();
        assertEquals(0, scheme.openHandles());
    }

    @Test
    void setChangeableStatusTouchesOnlyAppendAndNonblock() {
        OpenFile file = new OpenFile(scheme, "null", 0, OpenFlags.O_RDONLY | OpenFlags.O_CREAT | OpenFlags.O_CLOEXEC);
        assertEquals(OpenFlags.O_RDONLY, file.status(), "creation flags are not status");
        file.setChangeableStatus(OpenFlags.O_APPEND | OpenFlags.O_NONBLOCK | OpenFlags.O_WRONLY);
        assertEquals(OpenFlags.O_RDONLY | OpenFlags.O_APPEND | OpenFlags.O_NONBLOCK, file.status());
        file.setChangeableStatus(0);
        assertEquals(OpenFlags.O_RDONLY, file.status());
    }
}
