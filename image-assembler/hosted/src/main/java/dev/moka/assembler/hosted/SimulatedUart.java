package dev.moka.assembler.hosted;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * A 16550 UART that transmits instantly: bytes written to the transmit register go straight to an
 * output stream, and the line status always says the transmitter is empty. Divisor-latch writes
 * (while LCR bit 7 is set) configure nothing and are not transmitted. With a {@link ConsoleInput}
 * attached, the line status's data-ready bit says whether a typed byte waits, and a read of the
 * receive register takes it.
 */
final class SimulatedUart {
    static final int REGISTER_COUNT = 8;
    static final int DATA = 0;
    static final int LINE_CONTROL = 3;
    static final int LINE_STATUS = 5;
    /** LSR: transmit holding register empty and transmitter idle. */
    static final int TRANSMITTER_EMPTY = 0x60;
    static final int DLAB = 0x80;
    /** LSR: a received byte waits in the receive register. */
    static final int DATA_READY = 0x01;

    private final int base;
    private final OutputStream out;
    private final int[] registers = new int[REGISTER_COUNT];
    private ConsoleInput input;

    SimulatedUart(int base, OutputStream out) {
        this.base = base;
        this.out = out;
    }

    boolean claims(int port) {
        return port >= base && port < base + REGISTER_COUNT;
    }

    void attachInput(ConsoleInput typed) {
        this.input = typed;
    }

    int read(int port) {
        int register = port - base;
        if (register == LINE_STATUS) {
            return TRANSMITTER_EMPTY | (input != null && input.ready() ? DATA_READY : 0);
        }
        if (register == DATA && (registers[LINE_CONTROL] & DLAB) == 0 && input != null) {
            int b = input.poll();
            return b < 0 ? 0 : b;
        }
        return registers[register];
    }

    void write(int port, int value) {
        int register = port - base;
        int b = value & 0xFF;
        if (register == DATA && (registers[LINE_CONTROL] & DLAB) == 0) {
            transmit(b);
            return;
        }
        registers[register] = b;
    }

    private void transmit(int b) {
        try {
            out.write(b);
            if (b == '\n') {
                out.flush();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("serial output failed", e);
        }
    }
}
