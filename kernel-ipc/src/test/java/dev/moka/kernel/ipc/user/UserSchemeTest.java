package dev.moka.kernel.ipc.user;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moka.kernel.api.syscall.Errno;
import dev.moka.kernel.api.syscall.OpenFlags;
import dev.moka.kernel.api.syscall.SchemeProtocol;
import dev.moka.kernel.ipc.Blocker;
import dev.moka.kernel.ipc.Caller;
import dev.moka.kernel.ipc.KernelLockBlocker;
import dev.moka.kernel.ipc.SchemeRegistry;
import dev.moka.kernel.ipc.WaitChannel;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Test;

class UserSchemeTest {
    private static final Caller DAEMON = new Caller(5, 0, 0);
    private static final Caller CLIENT = new Caller(7, 0, 0);

    private final KernelLockBlocker blocker = new KernelLockBlocker();
    private final SchemeRegistry registry = new SchemeRegistry();
    private final UserScheme scheme = new UserSchemes(registry, blocker).register("echo", DAEMON);
    private final RawDaemon daemon = new RawDaemon(scheme);

    /** A call into the kernel on a thread of its own, as a blocked process. */
    private CompletableFuture<Long> inKernel(LongSupplier call) {
        return CompletableFuture.supplyAsync(() -> blocker.call(call), UserSchemeTest::onNewThread);
    }

    /** Each blocked party gets a thread of its own: a shared pool could queue one behind another. */
    private static void onNewThread(Runnable body) {
        Thread thread = new Thread(body);
        thread.setDaemon(true);
        thread.start();
    }

    private RawDaemon.Request take() {
        return daemonCall(daemon::take);
    }

    private <T> T daemonCall(java.util.function.Supplier<T> body) {
        Object[] out = new Object[1];
        blocker.call(() -> {
            out[0] = body.get();
            return 0;
        });
        @SuppressWarnings("unchecked")
        T result = (T) out[0];
        return result;
    }

    private long answer(RawDaemon.Request request, long result, byte[] data) {
        return blocker.call(() -> daemon.answer(request.tag(), result, data));
    }

    private long openHandle(String path, long handle) throws Exception {
        CompletableFuture<Long> open = inKernel(() -> scheme.open(path, OpenFlags.O_RDWR, CLIENT));
        RawDaemon.Request request = take();
        assertEquals(SchemeProtocol.OPEN_AT, request.opcode());
        assertEquals(path, request.text());
        assertEquals(path.length(), request.args()[2]);
        assertEquals(OpenFlags.O_RDWR, request.args()[3]);
        assertEquals(CLIENT.pid(), request.caller());
        assertEquals(SchemeProtocol.RESPONSE_SIZE, answer(request, handle, new byte[0]));
        return open.get(10, TimeUnit.SECONDS);
    }

    @Test
    void registeringTakesTheName() {
        assertSame(scheme, registry.lookup("echo"));
        UserSchemes again = new UserSchemes(registry, blocker);
        assertEquals(-Errno.EEXIST, again.whyNot("echo"));
        assertEquals(-Errno.EINVAL, again.whyNot("a/b"));
        assertNull(again.register("echo", DAEMON));
    }

    @Test
    void aCallWaitsForItsAnswerWhenTheDaemonReadsFirst() throws Exception {
        CompletableFuture<RawDaemon.Request> reading = CompletableFuture.supplyAsync(this::take, UserSchemeTest::onNewThread);
        blocker.awaitParked(1);
        CompletableFuture<Long> open = inKernel(() -> scheme.open("a/b", OpenFlags.O_RDONLY, CLIENT));
        RawDaemon.Request request = reading.get(10, TimeUnit.SECONDS);
        assertEquals("a/b", request.text());
        blocker.awaitParked(1);
        assertTrue(!open.isDone());
        answer(request, 3, new byte[0]);
        assertEquals(3, open.get(10, TimeUnit.SECONDS));
    }

    @Test
    void aCallWaitsForItsAnswerWhenTheCallerComesFirst() throws Exception {
        CompletableFuture<Long> open = inKernel(() -> scheme.open("x", OpenFlags.O_RDONLY, CLIENT));
        blocker.awaitParked(1);
        RawDaemon.Request request = take();
        assertEquals(SchemeProtocol.OPEN_AT, request.opcode());
        answer(request, 0, new byte[0]);
        assertEquals(0, open.get(10, TimeUnit.SECONDS));
    }

    @Test
    void readAndWriteCarryTheirBytesAndPositions() throws Exception {
        long handle = openHandle("f", 4);
        byte[] data = "hello".getBytes(StandardCharsets.US_ASCII);
        CompletableFuture<Long> write = inKernel(() -> scheme.write(handle, data, 0, data.length, 12, OpenFlags.O_APPEND));
        RawDaemon.Request request = take();
        assertEquals(SchemeProtocol.WRITE, request.opcode());
        assertEquals(handle, request.args()[0]);
        assertEquals(5, request.args()[2]);
        assertEquals(12, request.args()[3]);
        assertEquals(OpenFlags.O_APPEND, request.args()[4]);
        assertEquals("hello", request.text());
        assertEquals(CLIENT.pid(), request.caller(), "a call on a handle names its opener");
        answer(request, 5, new byte[0]);
        assertEquals(5, write.get(10, TimeUnit.SECONDS));

        byte[] into = new byte[10];
        CompletableFuture<Long> read = inKernel(() -> scheme.read(handle, into, 2, 8, 1, 0));
        request = take();
        assertEquals(SchemeProtocol.READ, request.opcode());
        assertEquals(8, request.args()[2]);
        assertEquals(1, request.args()[3]);
        answer(request, 4, "ello".getBytes(StandardCharsets.US_ASCII));
        assertEquals(4, read.get(10, TimeUnit.SECONDS));
        assertEquals("ello", new String(into, 2, 4, StandardCharsets.US_ASCII));
    }

    @Test
    void aWriteLargerThanARequestIsCutToOne() throws Exception {
        long handle = openHandle("f", 1);
        byte[] big = new byte[10_000];
        CompletableFuture<Long> write = inKernel(() -> scheme.write(handle, big, 0, big.length, 0, 0));
        RawDaemon.Request request = take();
        assertEquals(SchemeProtocol.MAX_PAYLOAD, request.payload().length);
        answer(request, SchemeProtocol.MAX_PAYLOAD, new byte[0]);
        assertEquals(SchemeProtocol.MAX_PAYLOAD, write.get(10, TimeUnit.SECONDS));
    }

    @Test
    void aDaemonCannotClaimMoreBytesThanItSent() throws Exception {
        long handle = openHandle("f", 1);
        byte[] into = new byte[16];
        CompletableFuture<Long> read = inKernel(() -> scheme.read(handle, into, 0, 16, 0, 0));
        answer(take(), 9, "abc".getBytes(StandardCharsets.US_ASCII));
        assertEquals(-Errno.EIO, read.get(10, TimeUnit.SECONDS));
        CompletableFuture<Long> flood = inKernel(() -> scheme.read(handle, into, 0, 2, 0, 0));
        answer(take(), 3, "abc".getBytes(StandardCharsets.US_ASCII));
        assertEquals(-Errno.EIO, flood.get(10, TimeUnit.SECONDS), "more bytes than the room asked");
        CompletableFuture<Long> outOfRange = inKernel(() -> scheme.fsize(handle));
        answer(take(), -5000, new byte[0]);
        assertEquals(-Errno.EIO, outOfRange.get(10, TimeUnit.SECONDS));
    }

    @Test
    void closeIsOneWayAndTheHandleIsGoneAtOnce() throws Exception {
        long handle = openHandle("f", 2);
        assertEquals(0, blocker.call(() -> scheme.close(handle)));
        RawDaemon.Request request = take();
        assertEquals(SchemeProtocol.CLOSE, request.opcode());
        assertTrue(request.oneway());
        assertEquals(handle, request.args()[0]);
        assertEquals(-Errno.EBADF, blocker.call(() -> scheme.fsize(handle)), "never reaches the daemon");
        assertEquals(-Errno.EBADF, blocker.call(() -> scheme.close(handle)));
        assertNull(daemonCall(daemon::poll));
        assertEquals(-Errno.EAGAIN, daemon.failure);
    }

    @Test
    void aHandleNumberAlreadyOpenIsRefused() throws Exception {
        assertEquals(6, openHandle("a", 6));
        assertEquals(-Errno.EIO, openHandle("b", 6), "two open files never share a daemon handle");
        assertEquals(1, scheme.openHandles());
    }

    @Test
    void anAnswerWithAnUnknownTagOrTooShortIsRefused() {
        assertEquals(-Errno.EINVAL, blocker.call(() -> daemon.answer(12345, 0, new byte[0])));
        assertEquals(-Errno.EINVAL, blocker.call(() -> scheme.socket().write(0, new byte[8], 0, 8, 0, 0)));
        assertEquals(-Errno.EINVAL, blocker.call(() -> scheme.socket().read(0, new byte[32], 0, 32, 0, 0)));
    }

    @Test
    void theDaemonsDeathFailsWaitingAndLaterCalls() throws Exception {
        long handle = openHandle("f", 1);
        CompletableFuture<Long> queued = inKernel(() -> scheme.fsize(handle));
        blocker.awaitParked(1);
        RawDaemon.Request taken = take();
        CompletableFuture<Long> waiting = inKernel(() -> scheme.open("g", 0, CLIENT));
        blocker.awaitParked(2);
        assertEquals(SchemeProtocol.FSIZE, taken.opcode());
        assertEquals(0, blocker.call(() -> scheme.socket().close(0)));
        assertEquals(-Errno.EIO, queued.get(10, TimeUnit.SECONDS), "taken but never answered");
        assertEquals(-Errno.EIO, waiting.get(10, TimeUnit.SECONDS), "never taken");
        assertEquals(-Errno.EIO, blocker.call(() -> scheme.read(handle, new byte[4], 0, 4, 0, 0)));
        assertNull(registry.lookup("echo"), "the name is free again");
        assertEquals(0, blocker.call(() -> scheme.close(handle)));
        assertNotNull(new UserSchemes(registry, blocker).register("echo", DAEMON));
    }

    @Test
    void aCallerThatGivesUpBeforeTheDaemonTakesItLeavesNothing() {
        UserScheme refusing = new UserSchemes(new SchemeRegistry(), Blocker.refusing()).register("r", DAEMON);
        assertEquals(-Errno.EINTR, refusing.open("x", 0, CLIENT));
        assertEquals(-Errno.EAGAIN, refusing.socket().read(0, new byte[4096], 0, 4096, 0, OpenFlags.O_NONBLOCK));
    }

    @Test
    void aCallerThatGivesUpAfterTheDaemonTookItIsCancelledAndItsHandleClosed() {
        SchemeRegistry names = new SchemeRegistry();
        UserScheme[] holder = new UserScheme[1];
        RawDaemon.Request[] seen = new RawDaemon.Request[1];
        Blocker killedWhileWaiting = new Blocker() {
            @Override
            public boolean sleep(WaitChannel channel) {
                seen[0] = new RawDaemon(holder[0]).take(OpenFlags.O_NONBLOCK);
                return false;
            }

            @Override
            public void wakeAll(WaitChannel channel) {
            }
        };
        holder[0] = new UserSchemes(names, killedWhileWaiting).register("k", DAEMON);
        RawDaemon raw = new RawDaemon(holder[0]);
        assertEquals(-Errno.EINTR, holder[0].open("x", 0, CLIENT));
        RawDaemon.Request cancel = raw.poll();
        assertEquals(SchemeProtocol.CANCEL, cancel.opcode());
        assertTrue(cancel.oneway());
        assertEquals(seen[0].tag(), cancel.args()[0]);
        assertEquals(SchemeProtocol.RESPONSE_SIZE, raw.answer(seen[0], 9), "a late answer is taken and dropped");
        RawDaemon.Request close = raw.poll();
        assertEquals(SchemeProtocol.CLOSE, close.opcode(), "the handle nobody received goes back");
        assertEquals(9, close.args()[0]);
        assertEquals(0, holder[0].openHandles());
    }

    @Test
    void everyCallTravelsWithItsOpcode() throws Exception {
        long handle = openHandle("d", 3);
        check(() -> scheme.fstat(handle, new byte[200], 0), SchemeProtocol.FSTAT, 0, new byte[104], 0);
        check(() -> scheme.fpath(handle, new byte[10], 0, 10), SchemeProtocol.FPATH, 1, "d".getBytes(StandardCharsets.US_ASCII), 1);
        check(() -> scheme.getdents(handle, new byte[64], 0, 64, 2), SchemeProtocol.GETDENTS, 2, "x\n".getBytes(StandardCharsets.US_ASCII), 2);
        check(() -> scheme.ftruncate(handle, 77), SchemeProtocol.FTRUNCATE, 0, new byte[0], 0);
        check(() -> scheme.fsync(handle), SchemeProtocol.FSYNC, 0, new byte[0], 0);
        check(() -> scheme.frename(handle, "e", CLIENT), SchemeProtocol.FRENAME, 0, new byte[0], 0);
        check(() -> scheme.unlink("e", CLIENT), SchemeProtocol.UNLINK_AT, 0, new byte[0], 0);
        check(() -> scheme.rmdir("dir", CLIENT), SchemeProtocol.UNLINK_AT, 0, new byte[0], 0);
        check(() -> scheme.dup(handle, "again", CLIENT), SchemeProtocol.DUP, 11, new byte[0], 11);
        check(() -> scheme.fstat(handle, new byte[200], 0), SchemeProtocol.FSTAT, 0, new byte[50], -Errno.EIO);
    }

    private void check(LongSupplier call, int opcode, long result, byte[] data, long expected) throws Exception {
        CompletableFuture<Long> pending = inKernel(call);
        RawDaemon.Request request = take();
        assertEquals(opcode, request.opcode(), SchemeProtocol.name(opcode));
        answer(request, result, data);
        assertEquals(expected, pending.get(10, TimeUnit.SECONDS), SchemeProtocol.name(opcode));
        if (opcode == SchemeProtocol.UNLINK_AT && request.text().equals("dir")) {
            assertEquals(SchemeProtocol.UNLINK_DIRECTORY, request.args()[3]);
        }
        if (opcode == SchemeProtocol.FTRUNCATE) {
            assertEquals(77, request.args()[1]);
        }
        if (opcode == SchemeProtocol.GETDENTS) {
            assertEquals(2, request.args()[4]);
        }
    }

    @Test
    void thePayloadMustFitTheDaemonsBuffer() throws Exception {
        CompletableFuture<Long> open = inKernel(() -> scheme.open("a".repeat(100), 0, CLIENT));
        blocker.awaitParked(1);
        assertEquals(-Errno.EINVAL, blocker.call(() -> scheme.socket().read(0, new byte[128], 0, 128, 0, 0)));
        RawDaemon.Request request = take();
        assertArrayEquals("a".repeat(100).getBytes(StandardCharsets.US_ASCII), request.payload());
        answer(request, -Errno.ENOENT, new byte[0]);
        assertEquals(-Errno.ENOENT, open.get(10, TimeUnit.SECONDS));
    }
}
