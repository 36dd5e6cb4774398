package dev.moka.kernel.ipc.syscall;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.moka.kernel.api.syscall.Errno;
import dev.moka.kernel.api.syscall.Fcntl;
import dev.moka.kernel.api.syscall.OpenFlags;
import dev.moka.kernel.api.syscall.SyscallNumbers;
import dev.moka.kernel.ipc.Blocker;
import dev.moka.kernel.ipc.schemes.PipeScheme;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.statistics.Statistics;

/**
 * A process driven through the dispatcher, side by side with a model of what POSIX says its
 * descriptors and pipes hold: which descriptors are open (lowest free first, a limit of
 * {@value #LIMIT}), which open file each names (shared after dup and dup2), each pipe's bytes in
 * order and its count of open read and write ends. Every step does the real call, predicts the
 * result from the model, and compares. The blocker refuses to wait, so a call that would wait gives
 * {@code -EINTR} (or {@code -EAGAIN} under {@code O_NONBLOCK}), which the model predicts too.
 */
final class DescriptorModel {
    static final int LIMIT = 8;

    /** A modelled open file: a pipe end, or {@code null:} when {@code pipe} is null. */
    private static final class Description {
        final ModelPipe pipe;
        final boolean writeEnd;
        boolean nonBlocking;
        int references;

        Description(ModelPipe pipe, boolean writeEnd, boolean nonBlocking) {
            this.pipe = pipe;
            this.writeEnd = writeEnd;
            this.nonBlocking = nonBlocking;
        }

        int status() {
            int access = pipe == null ? OpenFlags.O_RDWR : writeEnd ? OpenFlags.O_WRONLY : OpenFlags.O_RDONLY;
            return access | (nonBlocking ? OpenFlags.O_NONBLOCK : 0);
        }
    }

    private static final class ModelPipe {
        final ArrayDeque<Byte> bytes = new ArrayDeque<>();
        int readers = 1;
        int writers = 1;
    }

    private final UserProcess process = new UserProcess(LIMIT, Blocker.refusing());
    private final Map<Integer, Description> descriptors = new TreeMap<>();
    private final List<String> steps = new ArrayList<>();
    private int nextByte;

    private int lowestFree(int from) {
        int fd = from;
        while (descriptors.containsKey(fd)) {
            fd++;
        }
        return fd;
    }

    private void place(int fd, Description description) {
        description.references++;
        descriptors.put(fd, description);
    }

    private void forget(int fd) {
        Description description = descriptors.remove(fd);
        if (--description.references == 0 && description.pipe != null) {
            if (description.writeEnd) {
                description.pipe.writers--;
            } else {
                description.pipe.readers--;
            }
        }
    }

    private void expect(long expected, long actual) {
        assertEquals(Errno.describe(expected), Errno.describe(actual), () -> "after " + steps);
    }

    /** Records what kind of step this was, so the property can check its chains reach every case. */
    private static void outcome(String what) {
        Statistics.label("outcomes").collect(what);
    }

    void pipe2(boolean nonBlocking) {
        steps.add("pipe2" + (nonBlocking ? "(O_NONBLOCK)" : ""));
        long address = process.buffer(16);
        long result = process.call(SyscallNumbers.PIPE2, address, nonBlocking ? OpenFlags.O_NONBLOCK : 0);
        if (LIMIT - descriptors.size() < 2) {
            expect(-Errno.EMFILE, result);
            outcome("pipe2 EMFILE");
            return;
        }
        expect(0, result);
        ModelPipe pipe = new ModelPipe();
        int readFd = lowestFree(0);
        place(readFd, new Description(pipe, false, nonBlocking));
        int writeFd = lowestFree(0);
        place(writeFd, new Description(pipe, true, nonBlocking));
        byte[] pair = process.memory.get(address, 16);
        expect(readFd, pair[0]);
        expect(writeFd, pair[8]);
    }

    void openNull() {
        steps.add("open null:");
        long result = process.open("null:", OpenFlags.O_RDWR);
        if (descriptors.size() == LIMIT) {
            expect(-Errno.EMFILE, result);
            return;
        }
        int fd = lowestFree(0);
        expect(fd, result);
        place(fd, new Description(null, false, false));
    }

    void dup(int fd) {
        steps.add("dup " + fd);
        long result = process.call(SyscallNumbers.DUP, fd, 0, 0);
        Description description = descriptors.get(fd);
        if (description == null) {
            expect(-Errno.EBADF, result);
        } else if (descriptors.size() == LIMIT) {
            expect(-Errno.EMFILE, result);
            outcome("dup EMFILE");
        } else {
            int copy = lowestFree(0);
            expect(copy, result);
            place(copy, description);
        }
    }

    void dup2(int fd, int target) {
        steps.add("dup2 " + fd + " " + target);
        long result = process.call(SyscallNumbers.DUP2, fd, target, 0, 0);
        Description description = descriptors.get(fd);
        if (description == null || target < 0 || target >= LIMIT) {
            expect(-Errno.EBADF, result);
            return;
        }
        expect(target, result);
        if (fd != target) {
            if (descriptors.containsKey(target)) {
                outcome("dup2 onto an open descriptor");
                forget(target);
            }
            place(target, description);
        }
    }

    void close(int fd) {
        steps.add("close " + fd);
        long result = process.close(fd);
        if (!descriptors.containsKey(fd)) {
            expect(-Errno.EBADF, result);
            return;
        }
        expect(0, result);
        forget(fd);
    }

    void setNonBlocking(int fd, boolean nonBlocking) {
        steps.add("F_SETFL " + fd + (nonBlocking ? " O_NONBLOCK" : " 0"));
        long result = process.call(SyscallNumbers.FCNTL, fd, Fcntl.F_SETFL, nonBlocking ? OpenFlags.O_NONBLOCK : 0);
        Description description = descriptors.get(fd);
        if (description == null) {
            expect(-Errno.EBADF, result);
            return;
        }
        expect(0, result);
        description.nonBlocking = nonBlocking;
    }

    void write(int fd, int length) {
        steps.add("write " + fd + " " + length);
        byte[] data = new byte[length];
        for (int i = 0; i < length; i++) {
            data[i] = (byte) (nextByte + i);
        }
        nextByte += length;
        long result = process.write(fd, data);
        Description description = descriptors.get(fd);
        if (description == null || (description.pipe != null && !description.writeEnd)) {
            expect(-Errno.EBADF, result);
            return;
        }
        if (description.pipe == null || length == 0) {
            expect(length, result);
            return;
        }
        ModelPipe pipe = description.pipe;
        int room = PipeScheme.CAPACITY - pipe.bytes.size();
        if (pipe.readers == 0) {
            expect(-Errno.EPIPE, result);
            outcome("write EPIPE");
        } else if (room == 0) {
            expect(description.nonBlocking ? -Errno.EAGAIN : -Errno.EINTR, result);
            outcome("write to a full pipe");
        } else {
            int taken = Math.min(length, room);
            expect(taken, result);
            outcome(taken < length ? "write partly" : "write whole");
            for (int i = 0; i < taken; i++) {
                pipe.bytes.add(data[i]);
            }
        }
    }

    void read(int fd, int length) {
        steps.add("read " + fd + " " + length);
        long address = process.buffer(length);
        long result = process.call(SyscallNumbers.READ, fd, address, length);
        Description description = descriptors.get(fd);
        if (description == null || (description.pipe != null && description.writeEnd)) {
            expect(-Errno.EBADF, result);
            return;
        }
        if (description.pipe == null || length == 0) {
            expect(0, result);
            return;
        }
        ModelPipe pipe = description.pipe;
        if (pipe.bytes.isEmpty()) {
            long wouldWait = description.nonBlocking ? -Errno.EAGAIN : -Errno.EINTR;
            expect(pipe.writers == 0 ? 0 : wouldWait, result);
            outcome(pipe.writers == 0 ? "read end of file" : "read from an empty pipe");
            return;
        }
        int taken = Math.min(length, pipe.bytes.size());
        expect(taken, result);
        outcome("read bytes");
        byte[] expected = new byte[taken];
        for (int i = 0; i < taken; i++) {
            expected[i] = pipe.bytes.poll();
        }
        assertArrayEquals(expected, process.memory.get(address, taken), () -> "bytes read after " + steps);
    }

    /** The real table agrees with the model: same open descriptors, each with the modelled status. */
    void checkTable() {
        for (int fd = 0; fd <= LIMIT; fd++) {
            Description description = descriptors.get(fd);
            long status = process.call(SyscallNumbers.FCNTL, fd, Fcntl.F_GETFL, 0);
            expect(description == null ? -Errno.EBADF : description.status(), status);
        }
        assertEquals(descriptors.size(), process.context.files().openCount());
    }

    /** Exit: every descriptor closes, and with them every pipe end. */
    void exit() {
        process.context.files().closeAll();
        assertEquals(Map.of(), process.leakedHandles());
    }

    @Override
    public String toString() {
        return "descriptors " + descriptors.keySet() + " after " + steps.size() + " steps";
    }
}
