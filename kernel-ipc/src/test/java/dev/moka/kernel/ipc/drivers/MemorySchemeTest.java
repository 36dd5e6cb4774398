package dev.moka.kernel.ipc.drivers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moka.kernel.api.syscall.Errno;
import dev.moka.kernel.api.syscall.OpenFlags;
import dev.moka.kernel.ipc.Caller;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MemorySchemeTest {
    private static final Caller DRIVER = new Caller(3, 0, 0);
    private static final long DEVICE = 0xF000_0000L;

    /** 64 bytes of device memory at {@link #DEVICE}; records every access's width. */
    private static final class Device implements PhysicalWindow {
        final byte[] bytes = new byte[64];
        final List<Integer> widths = new ArrayList<>();

        @Override
        public boolean isGrantable(long start, long end) {
            return start >= DEVICE && end <= DEVICE + bytes.length;
        }

        @Override
        public long load(long address, int width) {
            widths.add(width);
            long value = 0;
            for (int i = 0; i < width; i++) {
                value |= (bytes[(int) (address - DEVICE) + i] & 0xFFL) << (8 * i);
            }
            return value;
        }

        @Override
        public void store(long address, int width, long value) {
            widths.add(width);
            for (int i = 0; i < width; i++) {
                bytes[(int) (address - DEVICE) + i] = (byte) (value >>> (8 * i));
            }
        }
    }

    private final Device device = new Device();
    private final MemoryScheme memory = new MemoryScheme(device, pid -> pid == DRIVER.pid());

    @Test
    void onlyDriversOpenPhysicalMemory() {
        assertEquals(-Errno.EACCES, memory.open("physical", OpenFlags.O_RDWR, new Caller(4, 0, 0)));
        assertEquals(-Errno.ENOENT, memory.open("zeroed", OpenFlags.O_RDWR, DRIVER));
        assertTrue(memory.open("physical", OpenFlags.O_RDWR, DRIVER) >= 0);
    }

    @Test
    void aRegisterSizedAccessIsOneAccessOfThatWidth() {
        long handle = memory.open("physical", OpenFlags.O_RDWR, DRIVER);
        byte[] word = {1, 2, 3, 4};
        assertEquals(4, memory.write(handle, word, 0, 4, DEVICE + 8, 0));
        assertEquals(List.of(4), device.widths);
        byte[] back = new byte[4];
        assertEquals(4, memory.read(handle, back, 0, 4, DEVICE + 8, 0));
        assertArrayEquals(word, back);
        assertEquals(List.of(4, 4), device.widths);
        assertEquals(3, memory.read(handle, back, 0, 3, DEVICE + 9, 0), "any other length, byte by byte");
        assertEquals(List.of(4, 4, 1, 1, 1), device.widths);
        assertEquals(MemoryScheme.WINDOW, memory.fsize(handle));
    }

    @Test
    void rangesOutsideTheGrantAreRefused() {
        long handle = memory.open("physical", OpenFlags.O_RDWR, DRIVER);
        byte[] buffer = new byte[8];
        assertEquals(-Errno.EINVAL, memory.read(handle, buffer, 0, 8, 0x1000, 0));
        assertEquals(-Errno.EINVAL, memory.read(handle, buffer, 0, 8, DEVICE + 60, 0), "running past the device");
        assertEquals(-Errno.EINVAL, memory.write(handle, buffer, 0, 8, MemoryScheme.WINDOW, 0));
        assertEquals(-Errno.EINVAL, memory.write(handle, buffer, 0, 8, -8, 0));
        assertEquals(0, memory.read(handle, buffer, 0, 0, 0x1000, 0));
        assertTrue(device.widths.isEmpty(), "nothing was touched");
        assertEquals(0, memory.close(handle));
        assertEquals(-Errno.EBADF, memory.read(handle, buffer, 0, 8, DEVICE, 0));
    }
}
