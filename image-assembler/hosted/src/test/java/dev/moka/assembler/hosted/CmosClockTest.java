package dev.moka.assembler.hosted;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The CMOS clock: the date in the forms status B asks for, going on with simulated time. */
class CmosClockTest {
    private static final long NANOS = 1_000_000_000L;
    /** Sunday 2023-12-31 13:05:09 UTC. */
    private static final long START = LocalDateTime.of(2023, 12, 31, 13, 5, 9).toEpochSecond(ZoneOffset.UTC);
    private long elapsed;
    private final CmosClock clock = new CmosClock(START, () -> elapsed);

    private int register(int index) {
        clock.write(CmosClock.INDEX, 1, index);
        return clock.read(CmosClock.DATA, 1);
    }

    private void set(int index, int value) {
        clock.write(CmosClock.INDEX, 1, index);
        clock.write(CmosClock.DATA, 1, value);
    }

    private int[] date() {
        return new int[] {register(CmosClock.CENTURY), register(CmosClock.YEAR), register(CmosClock.MONTH),
            register(CmosClock.DAY), register(CmosClock.HOURS), register(CmosClock.MINUTES), register(CmosClock.SECONDS),
            register(CmosClock.WEEKDAY)};
    }

    @Test
    void startsInBcdAnd24HoursAsQemu() {
        assertEquals(0x26, register(CmosClock.STATUS_A));
        assertEquals(0x02, register(CmosClock.STATUS_B));
        assertEquals(0x80, register(CmosClock.STATUS_D));
        assertEquals(0x00, register(CmosClock.STATUS_C));
        assertArrayEquals(new int[] {0x20, 0x23, 0x12, 0x31, 0x13, 0x05, 0x09, 0x01}, date());
        assertEquals(0xFF, clock.read(CmosClock.INDEX, 1), "the index port reads as QEMU's");
    }

    @Test
    void goesOnWithSimulatedTime() {
        elapsed = 51 * NANOS + NANOS / 2;
        assertArrayEquals(new int[] {0x20, 0x23, 0x12, 0x31, 0x13, 0x06, 0x00, 0x01}, date(), "51.5 s later");
        elapsed = (10 * 3600 + 54 * 60 + 51) * NANOS;
        assertArrayEquals(new int[] {0x20, 0x24, 0x01, 0x01, 0x00, 0x00, 0x00, 0x02}, date(), "a new year, a Monday");
        assertEquals(CmosClock.UPDATE_ENDED, register(CmosClock.STATUS_C), "a second has ended since the start");
        assertEquals(0, register(CmosClock.STATUS_C), "and the read cleared the flag");
    }

    @Test
    void binaryAnd12HourFormsFollowStatusB() {
        set(CmosClock.STATUS_B, CmosClock.BINARY);
        assertEquals(0x80 | 1, register(CmosClock.HOURS), "1 PM");
        assertEquals(23, register(CmosClock.YEAR));
        assertEquals(9, register(CmosClock.SECONDS));
        set(CmosClock.STATUS_B, 0);
        assertEquals(0x81, register(CmosClock.HOURS), "1 PM in BCD");
        elapsed = 11 * 3600 * NANOS;
        assertEquals(0x12, register(CmosClock.HOURS), "midnight is 12 AM");
    }

    @Test
    void writingAPartSetsTheDate() {
        set(CmosClock.MINUTES, 0x59);
        set(CmosClock.HOURS, 0x23);
        assertArrayEquals(new int[] {0x20, 0x23, 0x12, 0x31, 0x23, 0x59, 0x09, 0x01}, date());
        elapsed = 51 * NANOS;
        assertArrayEquals(new int[] {0x20, 0x24, 0x01, 0x01, 0x00, 0x00, 0x00, 0x02}, date(), "it goes on from there");
        set(CmosClock.MONTH, 0x02);
        set(CmosClock.DAY, 0x31);
        assertEquals(0x01, register(CmosClock.DAY), "February 31st is no date: the day stays");
        set(CmosClock.STATUS_A, 0xA6);
        assertEquals(0x26, register(CmosClock.STATUS_A), "the update flag is not software's");
        set(CmosClock.STATUS_D, 0);
        assertEquals(0x80, register(CmosClock.STATUS_D));
    }

    @Test
    void otherRegistersAreRam() {
        assertEquals(0, register(0x40));
        set(0x40, 0xAB);
        set(0x7F, 0x11);
        assertEquals(0xAB, register(0x40));
        assertEquals(0x11, register(0xFF), "bit 7 of the index is the NMI mask");
    }

    private static void assertArrayEquals(int[] expected, int[] actual) {
        assertArrayEquals(expected, actual, "");
    }

    private static void assertArrayEquals(int[] expected, int[] actual, String message) {
        org.junit.jupiter.api.Assertions.assertArrayEquals(expected, actual, message);
    }
}
