package dev.moka.kernel.ipc.drivers;

/**
 * The kernel's access to physical memory, for {@code memory:}: loads and stores of 1, 2, 4 or 8
 * bytes at a physical address, one access of that width each (a device register sees exactly one).
 */
public interface PhysicalWindow {
    /**
     * @param start the first physical address of a range
     * @param end   the address after it
     * @return whether a driver may be given the range: device memory the kernel reaches and does
     *         not keep (no RAM, no interrupt controller)
     */
    boolean isGrantable(long start, long end);

    /** @param address a physical address, aligned to {@code width} @param width 1, 2, 4 or 8 @return the value */
    long load(long address, int width);

    /**
     * @param address a physical address, aligned to {@code width}
     * @param width   1, 2, 4 or 8
     * @param value   the value; its low {@code width} bytes are stored
     */
    void store(long address, int width, long value);
}
