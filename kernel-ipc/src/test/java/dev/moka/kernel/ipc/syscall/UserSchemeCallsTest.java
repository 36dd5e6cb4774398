package dev.moka.kernel.ipc.syscall;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moka.kernel.api.syscall.Errno;
import dev.moka.kernel.api.syscall.LittleEndian;
import dev.moka.kernel.api.syscall.OpenFlags;
import dev.moka.kernel.api.syscall.SchemeProtocol;
import dev.moka.kernel.api.syscall.SyscallNumbers;
import dev.moka.kernel.ipc.KernelLockBlocker;
import dev.moka.kernel.ipc.fd.FileTable;
import dev.moka.kernel.ipc.user.UserScheme;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** User schemes through the dispatcher: registering, the socket's descriptor, calls from another process. */
class UserSchemeCallsTest {
    private final KernelLockBlocker blocker = new KernelLockBlocker();
    private final UserProcess daemon = new UserProcess(FileTable.DEFAULT_LIMIT, blocker);
    private final UserProcess client = new UserProcess(daemon, new FileTable());

    @Test
    void openingAColonNameRegistersASchemeAndGivesItsSocket() {
        long socket = daemon.open(":echo", OpenFlags.O_CREAT | OpenFlags.O_RDWR);
        assertTrue(socket >= 0);
        assertInstanceOf(UserScheme.class, daemon.registry.lookup("echo"));
        assertEquals(-Errno.EEXIST, daemon.open(":echo", OpenFlags.O_CREAT));
        assertEquals(-Errno.EEXIST, daemon.open(":ram", OpenFlags.O_CREAT));
        assertEquals(-Errno.EINVAL, daemon.open(":a:b", OpenFlags.O_CREAT));
        assertEquals(-Errno.EINVAL, daemon.open(":", OpenFlags.O_CREAT));
        assertEquals(-Errno.EINVAL, daemon.open(":other", OpenFlags.O_RDWR), "registering needs O_CREAT");
        assertNull(daemon.context.files().inherit(FileTable.DEFAULT_LIMIT).get((int) socket),
                "a spawned child never inherits the socket");
        assertEquals(0, daemon.close(socket));
        assertNull(daemon.registry.lookup("echo"));
        assertEquals(-Errno.ENODEV, client.open("echo:x", OpenFlags.O_RDONLY));
    }

    @Test
    void aClientsCallsReachTheDaemonAndADescriptorNumberMeansNothingElsewhere() throws Exception {
        long socket = daemon.open(":echo", OpenFlags.O_CREAT | OpenFlags.O_RDWR);
        CompletableFuture<Long> open = CompletableFuture.supplyAsync(
                () -> blocker.call(() -> client.open("echo:/a/./b", OpenFlags.O_RDONLY)), UserSchemeCallsTest::onNewThread);
        long request = daemon.buffer(SchemeProtocol.BUFFER_SIZE);
        long n = blocker.call(() -> daemon.call(SyscallNumbers.READ, socket, request, SchemeProtocol.BUFFER_SIZE));
        assertEquals(SchemeProtocol.REQUEST_SIZE + 3, n);
        byte[] record = daemon.memory.get(request, (int) n);
        assertEquals(SchemeProtocol.OPEN_AT, record[0]);
        assertEquals("a/b", new String(record, SchemeProtocol.REQUEST_SIZE, 3, java.nio.charset.StandardCharsets.US_ASCII));
        assertEquals(2, LittleEndian.getLong(record, SchemeProtocol.OFFSET_CALLER), "the client's pid");
        byte[] response = new byte[SchemeProtocol.RESPONSE_SIZE];
        LittleEndian.putInt(response, SchemeProtocol.OFFSET_TAG, LittleEndian.getInt(record, SchemeProtocol.OFFSET_TAG));
        LittleEndian.putLong(response, SchemeProtocol.OFFSET_RESULT, 40);
        assertEquals(SchemeProtocol.RESPONSE_SIZE, blocker.call(() -> daemon.write(socket, response)));
        long fd = open.get(10, TimeUnit.SECONDS);
        assertTrue(fd >= 0);
        UserProcess stranger = new UserProcess(daemon, new FileTable());
        assertEquals(-Errno.EBADF, stranger.call(SyscallNumbers.READ, fd, stranger.buffer(8), 8),
                "another process's descriptor number is not this one's");
        assertEquals(-Errno.EBADF, stranger.call(SyscallNumbers.FSTAT, 40, stranger.buffer(104), 104),
                "nor is the daemon's handle number");
        assertEquals(0, blocker.call(() -> daemon.close(socket)));
        assertEquals(-Errno.EIO, client.call(SyscallNumbers.READ, fd, client.buffer(8), 8));
        assertEquals(0, client.close(fd));
    }

    private static void onNewThread(Runnable body) {
        Thread thread = new Thread(body);
        thread.setDaemon(true);
        thread.start();
    }
}
