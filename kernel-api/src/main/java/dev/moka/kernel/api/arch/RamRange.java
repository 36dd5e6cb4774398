package dev.moka.kernel.api.arch;

/**
 * A physical address range that holds RAM on a machine, for a simulated machine to lay out its
 * memory as the real one has it.
 *
 * @param start first address
 * @param end   address after the last byte
 */
public record RamRange(long start, long end) {
    /** Checks the range is not empty. */
    public RamRange {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("empty or negative RAM range [" + start + ", " + end + ")");
        }
    }

    /**
     * @param address first byte of an access
     * @param last    last byte of it
     * @return whether the whole access lies in this range
     */
    public boolean holds(long address, long last) {
        return address >= start && last < end && last >= address;
    }
}
