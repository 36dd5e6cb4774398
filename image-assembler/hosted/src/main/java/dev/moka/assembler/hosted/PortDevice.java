package dev.moka.assembler.hosted;

/**
 * A device on the simulated PC's I/O ports, as the magic layer reaches it: accesses of 1 or 4 bytes
 * ({@code inb}/{@code outb}, {@code inl}/{@code outl}), each at a port the device {@link #claims}.
 * A device changes only when it is accessed or the machine tells it time passed, so a run repeats
 * exactly.
 */
interface PortDevice {
    /** @param port an I/O port @return whether the device answers there */
    boolean claims(int port);

    /**
     * @param port  a port the device claims
     * @param width 1 or 4 bytes
     * @return the value read, its low {@code width} bytes significant
     */
    int read(int port, int width);

    /**
     * @param port  a port the device claims
     * @param width 1 or 4 bytes
     * @param value the value written, its low {@code width} bytes significant
     */
    void write(int port, int width, int value);
}
