package dev.moka.kernel.ipc.schemes;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moka.kernel.api.syscall.Errno;
import dev.moka.kernel.api.syscall.OpenFlags;
import dev.moka.kernel.api.syscall.Stat;
import dev.moka.kernel.ipc.Caller;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class DeviceSchemesTest {
    private static final int RDWR = OpenFlags.O_RDWR;

    @Test
    void nullReadsNothingAndSwallowsWrites() {
        NullScheme scheme = new NullScheme();
        long handle = scheme.open("", RDWR, Caller.KERNEL);
        assertEquals(0, scheme.read(handle, new byte[8], 0, 8, 0, 0));
        assertEquals(5, scheme.write(handle, new byte[8], 0, 5, 0, 0));
        assertEquals(0, scheme.fsize(handle));
    }

    @Test
    void zeroFillsExactlyTheRangeAsked() {
        ZeroScheme scheme = new ZeroScheme();
        long handle = scheme.open("", RDWR, Caller.KERNEL);
        byte[] buffer = new byte[10];
        Arrays.fill(buffer, (byte) 7);
        assertEquals(6, scheme.read(handle, buffer, 2, 6, 0, 0));
        assertArrayEquals(new byte[] {7, 7, 0, 0, 0, 0, 0, 0, 7, 7}, buffer);
        assertEquals(3, scheme.write(handle, buffer, 0, 3, 0, 0));
    }

    @Test
    void randIsReproduciblePerSeedAndStirredByWrites() {
        byte[] first = readRand(new RandScheme(42), 64);
        assertArrayEquals(first, readRand(new RandScheme(42), 64));
        assertFalse(Arrays.equals(first, readRand(new RandScheme(43), 64)));
        assertFalse(Arrays.equals(new byte[64], readRand(new RandScheme(0), 64)), "seed 0 still gives bytes");

        RandScheme stirred = new RandScheme(42);
        long handle = stirred.open("", RDWR, Caller.KERNEL);
        assertEquals(4, stirred.write(handle, new byte[] {1, 2, 3, 4}, 0, 4, 0, 0));
        byte[] after = new byte[64];
        stirred.read(handle, after, 0, 64, 0, 0);
        assertFalse(Arrays.equals(first, after));
    }

    @Test
    void randBytesAreSpreadOut() {
        byte[] bytes = readRand(new RandScheme(7), 1 << 16);
        int[] counts = new int[256];
        for (byte b : bytes) {
            counts[b & 0xFF]++;
        }
        for (int count : counts) {
            assertTrue(count > 150 && count < 370, "each byte value about 256 times, got " + count);
        }
    }

    private static byte[] readRand(RandScheme scheme, int length) {
        long handle = scheme.open("", OpenFlags.O_RDONLY, Caller.KERNEL);
        byte[] bytes = new byte[length];
        assertEquals(length, scheme.read(handle, bytes, 0, length, 0, 0));
        return bytes;
    }

    @Test
    void devicesHaveOneFileAndNoDirectories() {
        for (DeviceScheme scheme : new DeviceScheme[] {new NullScheme(), new ZeroScheme(), new RandScheme(1)}) {
            assertEquals(-Errno.ENOENT, scheme.open("x", RDWR, Caller.KERNEL));
            assertEquals(-Errno.ENOTDIR, scheme.open("", OpenFlags.O_RDONLY | OpenFlags.O_DIRECTORY, Caller.KERNEL));
            long handle = scheme.open("", RDWR, Caller.KERNEL);
            byte[] stat = new byte[Stat.SIZE];
            assertEquals(0, scheme.fstat(handle, stat, 0));
            assertEquals(Stat.MODE_CHR, Stat.decode(stat, 0).type());
            assertEquals(-Errno.ENOTDIR, scheme.getdents(handle, new byte[16], 0, 16, 0));
            assertEquals(-Errno.EINVAL, scheme.dup(handle, "write", Caller.KERNEL));
            assertEquals(0, scheme.fpath(handle, new byte[16], 0, 16));
            assertEquals(0, scheme.close(handle));
            assertEquals(0, scheme.openHandles());
            assertEquals(-Errno.EBADF, scheme.read(handle, new byte[1], 0, 1, 0, 0));
            assertEquals(-Errno.EBADF, scheme.write(handle, new byte[1], 0, 1, 0, 0));
            assertEquals(-Errno.EBADF, scheme.fsize(handle));
            assertEquals(-Errno.EBADF, scheme.close(handle));
        }
    }
}
