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

    /**
     * The ports the kernel keeps, as pairs of first and last: the 8259s, the PIT, the keyboard
     * controller's speaker gate (0x61, which also gates the PIT's channel 2), the debug console and
     * exit device, and COM1.
     */
    private static final int[] KERNEL_PORTS = {0x20, 0x21, 0xA0, 0xA1, 0x40, 0x43, 0x61, 0x61,
        X86ArchPack.DEBUG_CONSOLE_PORT, X86ArchPack.DEBUG_CONSOLE_PORT, X86ArchPack.EXIT_PORT, X86ArchPack.EXIT_PORT + 3,
        Com1.BASE, Com1.BASE + 7};

    /** @return whether a range is one a driver may be given: within the ports, none of the kernel's */
    static boolean isGrantable(int first, int count) {
        if (first < 0 || count <= 0 || first >= PORTS || count > PORTS - first) {
            return false;
        }
        int last = first + count - 1;
        for (int i = 0; i < KERNEL_PORTS.length; i += 2) {
            if (first <= KERNEL_PORTS[i + 1] && last >= KERNEL_PORTS[i]) {
                return false;
            }
        }
        return true;
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
