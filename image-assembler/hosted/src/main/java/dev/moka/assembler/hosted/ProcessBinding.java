package dev.moka.assembler.hosted;

import dev.moka.kernel.api.syscall.SyscallNumbers;
import dev.moka.relibc.sys.SyscallBinding;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * relibc's binding in one hosted process: {@code RawSyscall.call} and {@code RawSyscall.address}.
 *
 * <p>Natively an array's address is where it lies in the program's heap, which is user memory the
 * kernel checks and copies like any other. Hosted, arrays live in the JVM's heap, so each array whose
 * address the program takes gets a place in the executable's array window
 * ({@link HostedExecutable#WINDOW}), pages of the process's own address space: its bytes are copied
 * there, through ring 3's MMU checks, just before the next system call, and copied back just after it,
 * so the kernel reads and writes real user pages and rejects every other pointer (null, unmapped,
 * kernel, wrapping) with EFAULT as natively. The places are handed out from the window's start again
 * after each call: an address is good for the next system call (natively, until the next allocation,
 * which relibc never makes in between).
 */
final class ProcessBinding implements SyscallBinding {
    private final UserThread program;
    /** Arrays placed since the last call, by identity, with their addresses. */
    private final Map<Object, Long> placed = new IdentityHashMap<>();
    private long next = HostedExecutable.WINDOW;

    ProcessBinding(UserThread program) {
        this.program = program;
    }

    @Override
    public long address(Object array) {
        Long known = placed.get(array);
        if (known != null) {
            return known;
        }
        long size = byteLength(array);
        long end = HostedExecutable.WINDOW + HostedExecutable.WINDOW_BYTES;
        if (size > end - next) {
            throw new OutOfMemoryError("a system call's arrays take more than the "
                    + (HostedExecutable.WINDOW_BYTES >> 20) + " MiB of the hosted array window");
        }
        long address = next;
        next += (Math.max(size, 1) + 15) & -16L;
        placed.put(array, address);
        return address;
    }

    @Override
    public long call(long number, long a, long b, long c, long d, long e, long f) {
        try {
            for (Map.Entry<Object, Long> array : placed.entrySet()) {
                byte[] bytes = bytesOf(array.getKey());
                program.write(bytes, 0, bytes.length, array.getValue());
            }
            long result = program.systemCall(number, a, b, c, d, e, f);
            for (Map.Entry<Object, Long> array : placed.entrySet()) {
                copyBack(array.getKey(), array.getValue());
            }
            return result;
        } finally {
            placed.clear();
            next = HostedExecutable.WINDOW;
        }
    }

    /** Writes all of {@code bytes} to a descriptor, going on after partial writes, stopping at an error. */
    void writeAll(int fd, byte[] bytes) {
        int done = 0;
        while (done < bytes.length) {
            long n = call(SyscallNumbers.WRITE, fd, address(bytes) + done, bytes.length - done, 0, 0, 0);
            if (n <= 0) {
                return;
            }
            done += (int) n;
        }
    }

    private static long byteLength(Object array) {
        if (array instanceof byte[] bytes) {
            return bytes.length;
        } else if (array instanceof int[] ints) {
            return 4L * ints.length;
        } else if (array instanceof long[] longs) {
            return 8L * longs.length;
        }
        throw new IllegalArgumentException("a system call takes byte, int or long arrays, not "
                + (array == null ? "null" : array.getClass().getTypeName()));
    }

    private static byte[] bytesOf(Object array) {
        if (array instanceof byte[] bytes) {
            return bytes;
        }
        ByteBuffer buffer = ByteBuffer.allocate((int) byteLength(array)).order(ByteOrder.LITTLE_ENDIAN);
        if (array instanceof int[] ints) {
            buffer.asIntBuffer().put(ints);
        } else {
            buffer.asLongBuffer().put((long[]) array);
        }
        return buffer.array();
    }

    private void copyBack(Object array, long address) {
        if (array instanceof byte[] bytes) {
            program.read(address, bytes, 0, bytes.length);
            return;
        }
        byte[] bytes = new byte[(int) byteLength(array)];
        program.read(address, bytes, 0, bytes.length);
        ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        if (array instanceof int[] ints) {
            buffer.asIntBuffer().get(ints);
        } else {
            buffer.asLongBuffer().get((long[]) array);
        }
    }
}
