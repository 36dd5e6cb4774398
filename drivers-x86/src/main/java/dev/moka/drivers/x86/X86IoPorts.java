package dev.moka.drivers.x86;

import dev.moka.kernel.api.magic.Magic;

/**
 * The TSS's I/O permission bitmap, which decides the ports ring 3 may use: a set bit refuses the
 * port (a #GP), a clear bit allows it. The bitmap holds the grants of one user run at a time, the
 * running thread's: a context switch to a thread with other grants sets the bits of the ranges it
 * loaded last and clears those of the new ones ({@link #load}), so a switch between runs without
 * grants costs one comparison. Boot leaves the bitmap off (the map offset beyond the TSS's limit);
 * the first grant fills it with ones, then switches it on.
 */
final class X86IoPorts {
    /** The number of ports. */
    static final int PORTS = 1 << 16;
    /** The TSS's I/O map offset field lies two bytes before the bitmap's... */
    private static final int MAP_BASE_FIELD = 102;
    /** ...which starts right after the 104-byte TSS. */
    private static final int TSS_SIZE = 104;
    private static final int BITMAP_BYTES = PORTS / 8;

    /** The ranges whose bits are clear now: pairs of first port and count; null for none. */
    private static int[] loaded;
    private static boolean switchedOn;

    private X86IoPorts() {
    }

    /**
     * Makes the bitmap allow exactly {@code ranges}. Interrupts are masked (a switch, or a handler's
     * grant that the caller masked), and nothing is allocated.
     *
     * @param ranges pairs of first port and count, or null for none
     */
    static void load(int[] ranges) {
        if (ranges == loaded) {
            return;
        }
        if (loaded != null) {
            setBits(loaded, true);
        }
        if (ranges != null) {
            switchOn();
            setBits(ranges, false);
        }
        loaded = ranges;
    }

    /** @return whether a range is one that {@link #load} can take */
    static boolean isValid(int first, int count) {
        return first >= 0 && count > 0 && first < PORTS && count <= PORTS - first;
    }

    private static void switchOn() {
        if (switchedOn) {
            return;
        }
        long map = Magic.ioPermissionMap();
        for (int i = 0; i <= BITMAP_BYTES; i++) { // and the byte of ones after it
            Magic.store8(map + i, 0xFF);
        }
        Magic.store16(map - TSS_SIZE + MAP_BASE_FIELD, TSS_SIZE);
        switchedOn = true;
    }

    private static void setBits(int[] ranges, boolean refuse) {
        long map = Magic.ioPermissionMap();
        for (int r = 0; r + 1 < ranges.length; r += 2) {
            int end = ranges[r] + ranges[r + 1];
            for (int port = ranges[r]; port < end; port++) {
                long at = map + (port >>> 3);
                int bit = 1 << (port & 7);
                int old = Magic.load8(at);
                Magic.store8(at, refuse ? old | bit : old & ~bit);
            }
        }
    }
}
