package dev.moka.drivers.x86.boot;

/**
 * A zero-initialised memory block the linker places in the image's bss and names by a symbol.
 *
 * @param symbol    the symbol the linker defines at the block's start
 * @param size      size in bytes
 * @param alignment required alignment of the start address (a power of two)
 */
public record BssBlock(String symbol, long size, int alignment) {

    /** Validates the block. */
    public BssBlock {
        if (symbol == null || symbol.isEmpty() || size <= 0 || alignment <= 0 || Integer.bitCount(alignment) != 1) {
            throw new IllegalArgumentException("bad bss block " + symbol + " size " + size + " align " + alignment);
        }
    }
}
