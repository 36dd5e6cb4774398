package dev.moka.kernel.api.syscall;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class AbiLayoutTest {
    @Test
    void openFlagsAreRedoxs() {
        assertEquals(0x0001_0000, OpenFlags.O_RDONLY);
        assertEquals(0x0002_0000, OpenFlags.O_WRONLY);
        assertEquals(0x0003_0000, OpenFlags.O_RDWR);
        assertEquals(0x0004_0000, OpenFlags.O_NONBLOCK);
        assertEquals(0x0008_0000, OpenFlags.O_APPEND);
        assertEquals(0x0100_0000, OpenFlags.O_CLOEXEC);
        assertEquals(0x0200_0000, OpenFlags.O_CREAT);
        assertEquals(0x0400_0000, OpenFlags.O_TRUNC);
        assertEquals(0x0800_0000, OpenFlags.O_EXCL);
        assertEquals(0x1000_0000, OpenFlags.O_DIRECTORY);
        assertEquals(0x2000_0000, OpenFlags.O_STAT);
        assertEquals(0x4000_0000, OpenFlags.O_SYMLINK);
        assertEquals(0x8000_0000, OpenFlags.O_NOFOLLOW);
        assertEquals(Fcntl.FD_CLOEXEC, OpenFlags.O_CLOEXEC);
        assertTrue(OpenFlags.canRead(OpenFlags.O_RDWR) && OpenFlags.canWrite(OpenFlags.O_RDWR));
        assertFalse(OpenFlags.canWrite(OpenFlags.O_RDONLY));
        assertFalse(OpenFlags.canRead(OpenFlags.O_WRONLY));
    }

    @Test
    void statLaysOutLikeRedoxsStruct() {
        Stat stat = new Stat(0x0102, 0x0304, Stat.MODE_FIFO | 0644, 2, 1000, 100, 0x1_0000_0000L, 4096, 9,
                1_700_000_000L, 5, 6, 7, 8, 9);
        byte[] bytes = new byte[Stat.SIZE + 8];
        Arrays.fill(bytes, (byte) 0x55);
        stat.encode(bytes, 4);
        assertEquals(0x55, bytes[3] & 0xFF);
        assertEquals(0x55, bytes[4 + Stat.SIZE] & 0xFF);
        assertEquals(0x0102, LittleEndian.getLong(bytes, 4));
        assertEquals(0x0304, LittleEndian.getLong(bytes, 4 + 8));
        assertEquals(Stat.MODE_FIFO | 0644, LittleEndian.getShort(bytes, 4 + 16));
        assertEquals(0, LittleEndian.getShort(bytes, 4 + 18), "padding after st_mode is zero");
        assertEquals(2, LittleEndian.getInt(bytes, 4 + 20));
        assertEquals(0x1_0000_0000L, LittleEndian.getLong(bytes, 4 + 32));
        assertEquals(4096, LittleEndian.getInt(bytes, 4 + 40));
        assertEquals(9, LittleEndian.getLong(bytes, 4 + 48));
        assertEquals(1_700_000_000L, LittleEndian.getLong(bytes, 4 + 56));
        assertEquals(9, LittleEndian.getInt(bytes, 4 + 96));
        assertEquals(0, LittleEndian.getInt(bytes, 4 + 100));
        assertEquals(stat, Stat.decode(bytes, 4));
        assertEquals(Stat.MODE_FIFO, stat.type());
    }

    @Test
    void timeSpecIsSixteenBytes() {
        byte[] bytes = new byte[TimeSpec.SIZE];
        TimeSpec.encodeNanos(3_000_000_007L, bytes, 0);
        assertEquals(new TimeSpec(3, 7), TimeSpec.decode(bytes, 0));
        assertEquals(TimeSpec.ofNanos(3_000_000_007L), TimeSpec.decode(bytes, 0));
        assertEquals(3, LittleEndian.getLong(bytes, 0));
        assertEquals(7, LittleEndian.getInt(bytes, 8));
    }

    @Test
    void littleEndianRoundTrips() {
        byte[] bytes = new byte[8];
        LittleEndian.putLong(bytes, 0, 0x0807_0605_0403_0201L);
        assertEquals(1, bytes[0]);
        assertEquals(8, bytes[7]);
        assertEquals(0x0807_0605_0403_0201L, LittleEndian.getLong(bytes, 0));
        LittleEndian.putInt(bytes, 0, -2);
        assertEquals(-2, LittleEndian.getInt(bytes, 0));
        assertEquals(Seek.SEEK_END, 2);
        assertEquals(Clocks.CLOCK_MONOTONIC, 4);
    }
}
