package dev.moka.drivers.x86;

import dev.moka.kernel.api.magic.Magic;

/**
 * The first serial port, a 16550 UART at I/O port {@code 0x3F8}: the boot console. Polled, no
 * interrupts; bytes are sent as they are (QEMU's stdio backend and the tests read {@code \n} lines).
 * Input stays in the UART until the kernel asks for it, and QEMU sends no more while its FIFO is
 * full, so nothing typed ahead is lost.
 */
public final class Com1 {
    /** Base I/O port. */
    public static final int BASE = 0x3F8;
    /** Transmit holding register (write, divisor latch low byte while DLAB is set). */
    public static final int DATA = BASE;
    /** Interrupt enable register (divisor latch high byte while DLAB is set). */
    public static final int INTERRUPT_ENABLE = BASE + 1;
    /** FIFO control register (write). */
    public static final int FIFO_CONTROL = BASE + 2;
    /** Line control register: word format and the divisor latch access bit (DLAB). */
    public static final int LINE_CONTROL = BASE + 3;
    /** Modem control register. */
    public static final int MODEM_CONTROL = BASE + 4;
    /** Line status register. */
    public static final int LINE_STATUS = BASE + 5;
    /** Line status bit: the receive buffer holds a byte. */
    public static final int DATA_READY = 0x01;
    /** Line status bit: the transmit holding register can take a byte. */
    public static final int TRANSMIT_READY = 0x20;

    /** LCR value that exposes the divisor latch. */
    static final int DLAB = 0x80;
    /** LCR value for 8 data bits, no parity, 1 stop bit. */
    static final int EIGHT_N_ONE = 0x03;
    /** Divisor for 115200 baud from the UART's 1.8432 MHz clock. */
    static final int DIVISOR_115200 = 1;
    /** FCR: enable FIFOs, clear both, interrupt threshold 14 bytes. */
    static final int FIFO_ENABLE_CLEAR_14 = 0xC7;
    /** MCR: DTR and RTS; OUT2 stays off because the console is polled. */
    static final int DTR_RTS = 0x03;

    /**
     * A byte that was waiting in the UART when the kernel set the port up, or -1: turning the FIFOs
     * on clears them, and a host that types before the kernel runs must not lose its first byte.
     */
    private static int early = -1;

    private Com1() {
    }

    /**
     * Sets the port up for 115200 baud 8N1 with FIFOs and its interrupts off. Whatever an earlier
     * boot kept is dropped: hosted, one JVM boots kernel after kernel with the same static fields.
     */
    public static void init() {
        early = (Magic.inb(LINE_STATUS) & DATA_READY) != 0 ? Magic.inb(DATA) & 0xFF : -1;
        Magic.outb(INTERRUPT_ENABLE, 0);
        Magic.outb(LINE_CONTROL, DLAB);
        Magic.outb(DATA, DIVISOR_115200 & 0xFF);
        Magic.outb(INTERRUPT_ENABLE, DIVISOR_115200 >>> 8);
        Magic.outb(LINE_CONTROL, EIGHT_N_ONE);
        Magic.outb(FIFO_CONTROL, FIFO_ENABLE_CLEAR_14);
        Magic.outb(MODEM_CONTROL, DTR_RTS);
    }

    /**
     * Sends one byte, waiting until the transmitter can take it.
     *
     * @param b the byte, in the low 8 bits
     */
    public static void write(int b) {
        while ((Magic.inb(LINE_STATUS) & TRANSMIT_READY) == 0) {
            // The UART drains its FIFO at line speed; there is nothing else to do meanwhile.
        }
        Magic.outb(DATA, b & 0xFF);
    }

    /** @return the next received byte, or -1 when none is waiting (never blocks) */
    public static int read() {
        if (early >= 0) {
            int b = early;
            early = -1;
            return b;
        }
        if ((Magic.inb(LINE_STATUS) & DATA_READY) == 0) {
            return -1;
        }
        return Magic.inb(DATA) & 0xFF;
    }
}
