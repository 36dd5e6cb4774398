package dev.moka.relibc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.moka.kernel.api.syscall.Errno;
import dev.moka.kernel.api.syscall.OpenFlags;
import dev.moka.kernel.api.syscall.SyscallNumbers;
import dev.moka.relibc.sys.RawSyscall;
import dev.moka.relibc.sys.SyscallBinding;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * relibc's functions against a scripted kernel: the calls they make (numbers, arguments, the user
 * memory behind the addresses) and how they turn results into POSIX's value-or-errno.
 */
class RelibcBindingTest {
    /** A kernel that records each call and answers from a script; arrays get addresses 1 GiB apart. */
    static final class ScriptedKernel implements SyscallBinding {
        final List<long[]> calls = new ArrayList<>();
        final List<Object> arrays = new ArrayList<>();
        Function<long[], Long> answer = call -> 0L;

        @Override
        public long call(long number, long a, long b, long c, long d, long e, long f) {
            long[] call = {number, a, b, c, d, e, f};
            calls.add(call);
            return answer.apply(call);
        }

        @Override
        public long address(Object array) {
            arrays.add(array);
            return (long) arrays.size() << 30;
        }

        Object array(long address) {
            return arrays.get((int) (address >>> 30) - 1);
        }
    }

    private final ScriptedKernel kernel = new ScriptedKernel();

    RelibcBindingTest() {
        RawSyscall.bind(kernel);
    }

    @AfterEach
    void unbind() {
        RawSyscall.bind(null);
    }

    @Test
    void writePassesTheBytesFromTheOffsetAndReturnsTheCount() {
        kernel.answer = call -> call[3];
        byte[] text = "hello".getBytes(StandardCharsets.US_ASCII);
        assertEquals(3, Unistd.write(1, text, 2, 3));
        long[] call = kernel.calls.get(0);
        assertEquals(SyscallNumbers.WRITE, call[0]);
        assertEquals(1, call[1]);
        assertEquals((1L << 30) + 2, call[2]);
        assertEquals(3, call[3]);
        assertThrows(IndexOutOfBoundsException.class, () -> Unistd.write(1, text, 4, 2));
    }

    @Test
    void aNegatedErrnoBecomesMinusOneAndErrno() {
        kernel.answer = call -> (long) -Errno.EBADF;
        assertEquals(-1, Unistd.close(42));
        assertEquals(Errno.EBADF, dev.moka.relibc.Errno.errno());
        assertEquals("Bad file descriptor", dev.moka.relibc.Errno.describe(Errno.EBADF));
        kernel.answer = call -> 0L;
        assertEquals(0, Unistd.close(3));
        assertEquals(Errno.EBADF, dev.moka.relibc.Errno.errno(), "success leaves errno alone");
    }

    @Test
    void openPassesThePathAsUtf8BytesWithItsLength() {
        kernel.answer = call -> 5L;
        assertEquals(5, Fcntl.open("file:/caf\u00e9", OpenFlags.O_RDONLY));
        long[] call = kernel.calls.get(0);
        assertEquals(SyscallNumbers.OPEN, call[0]);
        assertArrayEquals("file:/caf\u00e9".getBytes(StandardCharsets.UTF_8), (byte[]) kernel.array(call[1]));
        assertEquals(7 + 4, call[2]);
        assertEquals(OpenFlags.O_RDONLY, call[3]);
    }

    @Test
    void unlinkRmdirAndRenamePassTheirPaths() {
        assertEquals(0, Unistd.unlink("file:a"));
        assertEquals(0, Unistd.rmdir("file:d"));
        assertEquals(0, Unistd.ftruncate(3, 77));
        kernel.answer = call -> call[0] == SyscallNumbers.OPEN ? 9L : 0L;
        assertEquals(0, Unistd.rename("file:a", "file:b"));
        long[][] calls = kernel.calls.toArray(new long[0][]);
        assertEquals(SyscallNumbers.UNLINK, calls[0][0]);
        assertArrayEquals("file:a".getBytes(StandardCharsets.UTF_8), (byte[]) kernel.array(calls[0][1]));
        assertEquals(SyscallNumbers.RMDIR, calls[1][0]);
        assertEquals(SyscallNumbers.FTRUNCATE, calls[2][0]);
        assertEquals(77, calls[2][2]);
        assertEquals(SyscallNumbers.OPEN, calls[3][0]);
        assertEquals(SyscallNumbers.FRENAME, calls[4][0]);
        assertEquals(9, calls[4][1]);
        assertArrayEquals("file:b".getBytes(StandardCharsets.UTF_8), (byte[]) kernel.array(calls[4][2]));
        assertEquals(SyscallNumbers.CLOSE, calls[5][0]);
        assertEquals(9, calls[5][1]);
    }

    @Test
    void aFailedRenameKeepsTheRenamesErrnoAndClosesItsDescriptor() {
        kernel.answer = call -> call[0] == SyscallNumbers.OPEN ? 9L
                : call[0] == SyscallNumbers.FRENAME ? (long) -Errno.EXDEV : 0L;
        assertEquals(-1, Unistd.rename("file:a", "ram:b"));
        assertEquals(Errno.EXDEV, dev.moka.relibc.Errno.errno());
        assertEquals(SyscallNumbers.CLOSE, kernel.calls.get(2)[0]);
    }

    @Test
    void pipeReadsTheTwoDescriptorsTheKernelWrote() {
        kernel.answer = call -> {
            long[] ends = (long[]) kernel.array(call[1]);
            ends[0] = 3;
            ends[1] = 4;
            return 0L;
        };
        int[] fds = new int[2];
        assertEquals(0, Unistd.pipe(fds));
        assertArrayEquals(new int[] {3, 4}, fds);
    }

    @Test
    void waitpidGivesTheChildsStatusWord() {
        kernel.answer = call -> {
            ((long[]) kernel.array(call[2]))[0] = 3 << 8;
            return 7L;
        };
        int[] status = new int[1];
        assertEquals(7, Wait.waitpid(-1, status, 0));
        assertEquals(-1, kernel.calls.get(0)[1]);
        assertEquals(true, Wait.exited(status[0]));
        assertEquals(3, Wait.exitStatus(status[0]));
    }

    @Test
    void spawnPassesArgumentsAndEnvironmentAsNulTerminatedListsAndRestoresTheCallersDescriptors() {
        List<String> log = new ArrayList<>();
        kernel.answer = call -> {
            int n = (int) call[0];
            if (n == SyscallNumbers.OPEN) {
                log.add("open");
                return 9L;
            } else if (n == SyscallNumbers.DUP) {
                log.add("dup " + call[1]);
                return 10L;
            } else if (n == SyscallNumbers.DUP2) {
                log.add("dup2 " + call[1] + " " + call[2]);
                return call[2];
            } else if (n == SyscallNumbers.CLOSE) {
                log.add("close " + call[1]);
                return 0L;
            } else if (n == SyscallNumbers.SPAWN) {
                log.add("spawn " + call[1] + " " + new String((byte[]) kernel.array(call[2]), StandardCharsets.UTF_8)
                        .replace('\0', '|') + " " + call[3] + " "
                        + new String((byte[]) kernel.array(call[4]), StandardCharsets.UTF_8).replace('\0', '|'));
                return 12L;
            }
            log.add("other " + n);
            return 0L;
        };
        int pid = Spawn.spawn("initfs:bin/cat", new String[] {"cat", "x"}, new String[] {"A=1"},
                Spawn.FdAction.dup2(5, 1));
        assertEquals(12, pid);
        assertEquals(List.of("open", "dup 1", "other " + SyscallNumbers.FCNTL, "dup2 5 1", "spawn 9 cat|x| 6 A=1|",
                "dup2 10 1", "close 10", "close 9"), log);
    }

    @Test
    void withoutAKernelEveryCallFailsWithEnosys() {
        RawSyscall.bind(null);
        assertEquals(-1, Unistd.dup(0));
        assertEquals(Errno.ENOSYS, dev.moka.relibc.Errno.errno());
    }

    @Test
    void killPassesTheTargetAndSignalAndReportsErrno() {
        assertEquals(0, Signal.kill(7, Signal.SIGKILL));
        long[] call = kernel.calls.get(0);
        assertEquals(SyscallNumbers.KILL, call[0]);
        assertEquals(7, call[1]);
        assertEquals(9, call[2]);
        kernel.answer = c -> (long) -Errno.ESRCH;
        assertEquals(-1, Signal.kill(99, Signal.SIGTERM));
        assertEquals(Errno.ESRCH, dev.moka.relibc.Errno.errno());
        assertEquals(15, kernel.calls.get(1)[2]);
    }

    @Test
    void nanosleepPassesATimespecAndSleepSleepsWholeSeconds() {
        assertEquals(0, Time.nanosleep(2_500_000_001L));
        long[] call = kernel.calls.get(0);
        assertEquals(SyscallNumbers.NANOSLEEP, call[0]);
        assertArrayEquals(new long[] {2, 500_000_001L}, (long[]) kernel.array(call[1]));
        assertEquals(2, ((long[]) kernel.array(call[2])).length, "room for the remaining time");
        assertEquals(0, Time.sleep(3));
        assertArrayEquals(new long[] {3, 0}, (long[]) kernel.array(kernel.calls.get(1)[1]));
        kernel.answer = c -> (long) -Errno.EINTR;
        assertEquals(4, Time.sleep(4), "an interrupted sleep reports the seconds not slept");
        assertEquals(0, Time.sleep(0));
        assertEquals(3, kernel.calls.size(), "a sleep of nothing makes no call");
    }

    @Test
    void mmapReturnsTheAddressOrMapFailedAndMunmapPassesTheRange() {
        kernel.answer = c -> 0x4000_0000_0000L;
        long address = Mman.mmap(0, 1 << 20, Mman.PROT_READ | Mman.PROT_WRITE, Mman.MAP_PRIVATE | Mman.MAP_ANONYMOUS);
        assertEquals(0x4000_0000_0000L, address);
        assertArrayEquals(new long[] {SyscallNumbers.MMAP, 0, 1 << 20, 3, 0x22, 0, 0}, kernel.calls.get(0));
        kernel.answer = c -> (long) -Errno.ENOMEM;
        assertEquals(Mman.MAP_FAILED, Mman.mmap(0, 1L << 40, Mman.PROT_READ, Mman.MAP_PRIVATE | Mman.MAP_ANONYMOUS));
        assertEquals(Errno.ENOMEM, dev.moka.relibc.Errno.errno());
        kernel.answer = c -> 0L;
        assertEquals(0, Mman.munmap(address, 4096));
        assertArrayEquals(new long[] {SyscallNumbers.MUNMAP, address, 4096, 0, 0, 0, 0}, kernel.calls.get(2));
    }
}
