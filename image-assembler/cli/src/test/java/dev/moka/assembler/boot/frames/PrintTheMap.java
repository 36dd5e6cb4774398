package dev.moka.assembler.boot.frames;

import dev.moka.kernel.api.boot.MemoryMap;
import dev.moka.kernel.mm.BitmapFrameAllocator;

/**
 * A bitmap allocator that first prints every region of the memory map it is given, one
 * {@code region <base> <length> <type>} line each (hexadecimal), so a test can compare the map QEMU
 * reports with the one the hosted machine writes.
 */
public final class PrintTheMap extends Delegating {
    /** What each region's line starts with. */
    public static final String PREFIX = "region ";

    /** Wraps a new bitmap allocator. */
    public PrintTheMap() {
        super(new BitmapFrameAllocator());
    }

    @Override
    public void init(MemoryMap map) {
        for (int i = 0; i < map.regionCount(); i++) {
            System.err.println(PREFIX + Long.toHexString(map.regionBase(i)) + " " + Long.toHexString(map.regionLength(i))
                    + " " + Integer.toHexString(map.regionType(i)));
        }
        super.init(map);
    }
}
