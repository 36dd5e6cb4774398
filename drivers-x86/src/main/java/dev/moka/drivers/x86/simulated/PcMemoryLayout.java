package dev.moka.drivers.x86.simulated;

import java.util.List;

/**
 * The physical memory map a QEMU {@code -M pc -m <size>} guest sees through SeaBIOS's E820 table,
 * as QEMU's Multiboot loader passes it on. This is the one place the hosted binding describes it;
 * it must stay equal to what QEMU reports, which the QEMU parity test checks.
 *
 * <p>For RAM size {@code R} up to 3 GiB:
 * <pre>
 *   [0x0,           0x9FC00)      available   conventional memory
 *   [0x9FC00,       0xA0000)      reserved    extended BIOS data area
 *   [0xF0000,       0x100000)     reserved    BIOS ROM
 *   [0x100000,      R - 0x20000)  available   extended memory
 *   [R - 0x20000,   R)            reserved    SeaBIOS tables at the top of RAM
 *   [0xFFFC0000,    0x100000000)  reserved    BIOS flash
 * </pre>
 */
public final class PcMemoryLayout {
    /** Multiboot / E820 type of RAM the OS may use. */
    public static final int AVAILABLE = 1;
    /** Multiboot / E820 type of reserved memory. */
    public static final int RESERVED = 2;

    /** End of conventional memory: the extended BIOS data area starts here. */
    public static final long EBDA_START = 0x9FC00;
    /** Start of extended memory. */
    public static final long EXTENDED_START = 0x100000;
    /** Bytes SeaBIOS keeps at the top of RAM. */
    public static final long BIOS_TOP_RESERVE = 0x20000;

    private PcMemoryLayout() {
    }

    /**
     * One E820 region.
     *
     * @param base   physical start address
     * @param length length in bytes
     * @param type   {@link #AVAILABLE} or {@link #RESERVED}
     */
    public record Region(long base, long length, int type) {
        /** @return the address after the region */
        public long end() {
            return base + length;
        }
    }

    /**
     * @param ramBytes RAM size, at most 3 GiB
     * @return the regions, in address order
     */
    public static List<Region> regions(long ramBytes) {
        return List.of(
                new Region(0, EBDA_START, AVAILABLE),
                new Region(EBDA_START, 0xA0000 - EBDA_START, RESERVED),
                new Region(0xF0000, 0x10000, RESERVED),
                new Region(EXTENDED_START, ramBytes - BIOS_TOP_RESERVE - EXTENDED_START, AVAILABLE),
                new Region(ramBytes - BIOS_TOP_RESERVE, BIOS_TOP_RESERVE, RESERVED),
                new Region(0xFFFC0000L, 0x40000, RESERVED));
    }

    /** @param ramBytes RAM size @return bytes in available regions, what the kernel reports as usable */
    public static long availableBytes(long ramBytes) {
        return regions(ramBytes).stream().filter(r -> r.type() == AVAILABLE).mapToLong(Region::length).sum();
    }

    /** @return the Multiboot {@code mem_lower} QEMU reports, in KiB */
    public static long memLowerKiB() {
        return 640;
    }

    /** @param ramBytes RAM size @return the Multiboot {@code mem_upper} QEMU reports, in KiB */
    public static long memUpperKiB(long ramBytes) {
        return ramBytes / 1024 - 1024;
    }
}
