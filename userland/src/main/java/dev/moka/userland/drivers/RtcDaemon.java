package dev.moka.userland.drivers;

import dev.moka.kernel.api.syscall.OpenFlags;
import dev.moka.relibc.Fcntl;
import dev.moka.relibc.Unistd;
import dev.moka.relibc.io.Ports;
import dev.moka.userland.Console;

/**
 * {@code rtcd}: reads the date from the CMOS clock (ports 0x70 and 0x71) and sets the kernel's
 * realtime clock through {@code rtc:}, then ends. The clock's registers are read twice until both
 * reads agree, outside an update, and decoded from BCD and 12-hour form when the clock uses them.
 */
public final class RtcDaemon {
    private static final int INDEX = 0x70;
    private static final int DATA = 0x71;
    private static final int STATUS_A = 0x0A;
    private static final int STATUS_B = 0x0B;
    private static final int UPDATING = 0x80;
    private static final int BINARY = 0x04;
    private static final int HOURS_24 = 0x02;
    private static final int PM = 0x80;

    private RtcDaemon() {
    }

    /** @param args ignored */
    public static void main(String[] args) {
        PortGrant.orExit("rtcd", INDEX, 2);
        int[] now = readStable();
        long seconds = epochSeconds(now[5], now[4], now[3], now[2], now[1], now[0]);
        int fd = Fcntl.open("rtc:", OpenFlags.O_WRONLY);
        byte[] spec = new byte[16];
        for (int i = 0; i < 8; i++) {
            spec[i] = (byte) (seconds >>> (8 * i));
        }
        if (fd < 0 || Unistd.write(fd, spec, 0, spec.length) != spec.length) {
            Console.error("rtcd", "rtc: " + Console.errno());
            System.exit(1);
        }
        Unistd.close(fd);
        System.exit(0);
    }

    /** @return second, minute, hour, day, month, year (four digits), decoded */
    private static int[] readStable() {
        int[] last = readOnce();
        for (;;) {
            int[] again = readOnce();
            if (java.util.Arrays.equals(last, again)) {
                return decode(again, register(STATUS_B));
            }
            last = again;
        }
    }

    private static int[] readOnce() {
        while ((register(STATUS_A) & UPDATING) != 0) {
            // an update takes under 2 ms
        }
        return new int[] {register(0x00), register(0x02), register(0x04), register(0x07), register(0x08),
            register(0x09)};
    }

    private static int[] decode(int[] raw, int status) {
        boolean bcd = (status & BINARY) == 0;
        int hour = raw[2];
        boolean pm = (status & HOURS_24) == 0 && (hour & PM) != 0;
        hour &= ~PM;
        int[] out = new int[6];
        for (int i = 0; i < 6; i++) {
            int value = i == 2 ? hour : raw[i];
            out[i] = bcd ? (value >> 4) * 10 + (value & 0x0F) : value;
        }
        if ((status & HOURS_24) == 0) {
            out[2] = out[2] % 12 + (pm ? 12 : 0);
        }
        out[5] += 2000; // the clock keeps two digits; QEMU's starts from the host's date
        return out;
    }

    private static int register(int index) {
        Ports.outb(INDEX, index);
        return Ports.inb(DATA);
    }

    /** Days from civil (Howard Hinnant's algorithm, public domain), to seconds since 1970. */
    static long epochSeconds(int year, int month, int day, int hour, int minute, int second) {
        int y = month <= 2 ? year - 1 : year;
        int era = (y >= 0 ? y : y - 399) / 400;
        int yearOfEra = y - era * 400;
        int dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
        int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
        long days = (long) era * 146097 + dayOfEra - 719468;
        return days * 86400 + hour * 3600L + minute * 60L + second;
    }
}
