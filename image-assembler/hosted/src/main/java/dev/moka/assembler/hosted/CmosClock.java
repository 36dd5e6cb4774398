package dev.moka.assembler.hosted;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.function.LongSupplier;

/**
 * The PC's CMOS clock (an MC146818 as QEMU has it) at ports {@value #INDEX} (register index; bit 7,
 * the NMI mask, is kept and does nothing) and {@value #DATA}. The date starts at a given instant and
 * goes on with the machine's simulated time, so a run reads the same date every time.
 *
 * <ul>
 *   <li>Seconds, minutes, hours, weekday (Sunday is 1), day, month, year (two digits) and century
 *       ({@code 0x32}) are the current date, in BCD or binary and in 24- or 12-hour form (bit 7 for
 *       PM) as status register B says; writing one sets that part of the date.</li>
 *   <li>A is {@code 0x26} (32.768 kHz time base, 1024 Hz rate) and writable but for the update flag,
 *       which is never set: an update takes no simulated time.</li>
 *   <li>B is {@code 0x02} (24-hour BCD, no interrupts), as QEMU starts it, and writable.</li>
 *   <li>C has the update-ended flag (0x10) once a second has passed since it was last read; a read
 *       clears it.</li>
 *   <li>D is {@code 0x80}: the clock's battery is good.</li>
 *   <li>The other registers are battery-backed RAM, zero until written.</li>
 * </ul>
 */
final class CmosClock implements PortDevice {
    static final int INDEX = 0x70;
    static final int DATA = 0x71;
    static final int SECONDS = 0x00;
    static final int MINUTES = 0x02;
    static final int HOURS = 0x04;
    static final int WEEKDAY = 0x06;
    static final int DAY = 0x07;
    static final int MONTH = 0x08;
    static final int YEAR = 0x09;
    static final int STATUS_A = 0x0A;
    static final int STATUS_B = 0x0B;
    static final int STATUS_C = 0x0C;
    static final int STATUS_D = 0x0D;
    static final int CENTURY = 0x32;
    /** Status B: the registers hold binary values, not BCD. */
    static final int BINARY = 0x04;
    /** Status B: hours run 0 to 23, not 1 to 12 with bit 7 for PM. */
    static final int HOURS_24 = 0x02;
    static final int UPDATE_ENDED = 0x10;
    private static final int PM = 0x80;
    private static final int REGISTERS = 128;
    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private final int[] ram = new int[REGISTERS];
    private final LongSupplier elapsedNanos;
    /** Seconds since 1970 at simulated time zero, moved by writes to the date. */
    private long startSeconds;
    /** The second at which C was last read. */
    private long secondOfLastC;
    private int index;

    /**
     * @param startSeconds the date the clock shows at simulated time zero, in seconds since 1970 (UTC)
     * @param elapsedNanos the machine's simulated time since then
     */
    CmosClock(long startSeconds, LongSupplier elapsedNanos) {
        this.startSeconds = startSeconds;
        this.elapsedNanos = elapsedNanos;
        ram[STATUS_A] = 0x26;
        ram[STATUS_B] = HOURS_24;
        secondOfLastC = now();
    }

    @Override
    public boolean claims(int port) {
        return port == INDEX || port == DATA;
    }

    @Override
    public int read(int port, int width) {
        if (port == INDEX) {
            return 0xFF; // write-only: QEMU reads it as all ones
        }
        int register = index & 0x7F;
        return switch (register) {
            case SECONDS, MINUTES, HOURS, WEEKDAY, DAY, MONTH, YEAR, CENTURY -> encode(register, date());
            case STATUS_C -> {
                long second = now();
                boolean ended = second != secondOfLastC;
                secondOfLastC = second;
                yield ended ? UPDATE_ENDED : 0;
            }
            case STATUS_D -> 0x80;
            default -> ram[register];
        };
    }

    @Override
    public void write(int port, int width, int value) {
        if (port == INDEX) {
            index = value & 0xFF;
            return;
        }
        int register = index & 0x7F;
        int b = value & 0xFF;
        switch (register) {
            case SECONDS, MINUTES, HOURS, WEEKDAY, DAY, MONTH, YEAR, CENTURY -> setDate(register, b);
            case STATUS_A -> ram[STATUS_A] = b & 0x7F;
            case STATUS_C, STATUS_D -> {
                // read-only
            }
            default -> ram[register] = b;
        }
    }

    private long now() {
        return startSeconds + Math.floorDiv(elapsedNanos.getAsLong(), NANOS_PER_SECOND);
    }

    private LocalDateTime date() {
        return LocalDateTime.ofEpochSecond(now(), 0, ZoneOffset.UTC);
    }

    private int encode(int register, LocalDateTime date) {
        int status = ram[STATUS_B];
        int value = switch (register) {
            case SECONDS -> date.getSecond();
            case MINUTES -> date.getMinute();
            case HOURS -> (status & HOURS_24) != 0 ? date.getHour() : (date.getHour() + 11) % 12 + 1;
            case WEEKDAY -> date.getDayOfWeek().getValue() % 7 + 1;
            case DAY -> date.getDayOfMonth();
            case MONTH -> date.getMonthValue();
            case YEAR -> date.getYear() % 100;
            default -> date.getYear() / 100;
        };
        int encoded = (status & BINARY) != 0 ? value : value / 10 << 4 | value % 10;
        boolean pm = register == HOURS && (status & HOURS_24) == 0 && date.getHour() >= 12;
        return pm ? encoded | PM : encoded;
    }

    /** A write to a part of the date: the clock goes on from the date with that part changed. */
    private void setDate(int register, int b) {
        int status = ram[STATUS_B];
        boolean pm = register == HOURS && (status & HOURS_24) == 0 && (b & PM) != 0;
        int raw = register == HOURS && (status & HOURS_24) == 0 ? b & ~PM : b;
        int value = (status & BINARY) != 0 ? raw : (raw >> 4) * 10 + (raw & 0x0F);
        LocalDateTime date = date();
        try {
            LocalDateTime changed = switch (register) {
                case SECONDS -> date.withSecond(value);
                case MINUTES -> date.withMinute(value);
                case HOURS -> date.withHour((status & HOURS_24) != 0 ? value : value % 12 + (pm ? 12 : 0));
                case WEEKDAY -> date; // follows from the date
                case DAY -> date.withDayOfMonth(value);
                case MONTH -> date.withMonth(value);
                case YEAR -> date.withYear(date.getYear() / 100 * 100 + value);
                default -> date.withYear(value * 100 + date.getYear() % 100);
            };
            startSeconds += changed.toEpochSecond(ZoneOffset.UTC) - date.toEpochSecond(ZoneOffset.UTC);
        } catch (DateTimeException impossible) {
            // A value no date has (minute 75, day 31 of a 30-day month): the chip would keep garbage;
            // this clock keeps the date it had.
        }
    }
}
