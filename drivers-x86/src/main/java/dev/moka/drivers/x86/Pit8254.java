package dev.moka.drivers.x86;

import dev.moka.kernel.api.magic.Magic;

/** The 8254 programmable interval timer, channel 0 on IRQ 0, as a periodic tick. */
public final class Pit8254 {
    /** Input clock of the PIT in Hz. */
    public static final int INPUT_HZ = 1193182;
    static final int CHANNEL0 = 0x40;
    static final int COMMAND = 0x43;
    /** Channel 0, low then high byte, mode 2 (rate generator), binary. */
    static final int CHANNEL0_RATE_GENERATOR = 0x34;

    private Pit8254() {
    }

    /**
     * @param hz wanted ticks per second
     * @return the divisor that comes closest, clamped to the counter's 1..65536 (written as 0)
     */
    public static int divisorFor(int hz) {
        if (hz <= 0) {
            return 65536;
        }
        int divisor = (INPUT_HZ + hz / 2) / hz;
        return divisor < 1 ? 1 : divisor > 65536 ? 65536 : divisor;
    }

    /** Starts periodic ticks at about {@code hz} per second. */
    public static void start(int hz) {
        int divisor = divisorFor(hz) & 0xFFFF;
        Magic.outb(COMMAND, CHANNEL0_RATE_GENERATOR);
        Magic.outb(CHANNEL0, divisor & 0xFF);
        Magic.outb(CHANNEL0, divisor >>> 8);
    }
}
