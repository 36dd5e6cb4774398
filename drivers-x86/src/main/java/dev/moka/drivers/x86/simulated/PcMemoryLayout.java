package dev.moka.drivers.x86.simulated;

import java.util.ArrayList;
import java.util.List;

/**
 * The physical memory map a QEMU {@code -M pc -m <size>} guest sees through SeaBIOS's E820 table,
 * as QEMU's Multiboot loader passes it on (QEMU 7.2, its default CPU model). This is the one place
 * the hosted binding describes it; it must stay equal to what QEMU reports, which the memory-map
 * parity boot test checks.
 *
 * <p>RAM of size {@code R} lies below 4 GiB up to {@code R} while {@code R} is under 3.5 GiB; from
 * 3.5 GiB on, QEMU keeps 3 GiB below the PCI hole and puts the rest at 4 GiB:
 * <pre>
 *   [0x0,           0x9FC00)         available   conventional memory
 *   [0x9FC00,       0xA0000)         reserved    extended BIOS data area
 *   [0xF0000,       0x100000)        reserved    BIOS ROM
 *   [0x100000,      L - 0x20000)     available   extended memory (L: RAM below 4 GiB)
 *   [L - 0x20000,   L)               reserved    SeaBIOS tables at the top of low RAM
 *   [0xFFFC0000,    0x100000000)     reserved    BIOS flash
 *   [0x100000000,   4 GiB + R - L)   available   RAM above 4 GiB, only when R - L is not zero
 *   [0xFD00000000,  0x10000000000)   reserved    the HyperTransport window QEMU keeps free for AMD CPUs
 * </pre>
 * Past about 1008 GiB QEMU would move the RAM above 4 GiB to 1 TiB, clear of that window; this
 * layout does not, and the kernel uses no RAM above 4 GiB either way.
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
    /** Where RAM above the PCI hole starts. */
    public static final long FOUR_GIB = 1L << 32;
    /** From this RAM size on, QEMU splits RAM around the PCI hole. */
    public static final long SPLIT_FROM = 0xE0000000L;
    /** How much RAM stays below 4 GiB once it is split. */
    public static final long LOW_RAM_WHEN_SPLIT = 0xC0000000L;
    /** QEMU's reserved HyperTransport window: 1012 GiB up to 1 TiB. */
    public static final long HYPERTRANSPORT_START = 0xFD00000000L;
    private static final long HYPERTRANSPORT_LENGTH = 0x300000000L;

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

    /** @param ramBytes RAM size @return how much of it lies below 4 GiB */
    public static long lowRamBytes(long ramBytes) {
        return ramBytes >= SPLIT_FROM ? LOW_RAM_WHEN_SPLIT : ramBytes;
    }

    /** @param ramBytes RAM size @return how much of it lies from 4 GiB on */
    public static long highRamBytes(long ramBytes) {
        return ramBytes - lowRamBytes(ramBytes);
    }

    /**
     * @param ramBytes RAM size
     * @return the regions, in the order QEMU lists them
     */
    public static List<Region> regions(long ramBytes) {
        long low = lowRamBytes(ramBytes);
        List<Region> regions = new ArrayList<>(List.of(
                new Region(0, EBDA_START, AVAILABLE),
                new Region(EBDA_START, 0xA0000 - EBDA_START, RESERVED),
                new Region(0xF0000, 0x10000, RESERVED),
                new Region(EXTENDED_START, low - BIOS_TOP_RESERVE - EXTENDED_START, AVAILABLE),
                new Region(low - BIOS_TOP_RESERVE, BIOS_TOP_RESERVE, RESERVED),
                new Region(0xFFFC0000L, 0x40000, RESERVED)));
        if (highRamBytes(ramBytes) > 0) {
            regions.add(new Region(FOUR_GIB, highRamBytes(ramBytes), AVAILABLE));
        }
        regions.add(new Region(HYPERTRANSPORT_START, HYPERTRANSPORT_LENGTH, RESERVED));
        return List.copyOf(regions);
    }

    /** @param ramBytes RAM size @return bytes in available regions */
    public static long availableBytes(long ramBytes) {
        return regions(ramBytes).stream().filter(r -> r.type() == AVAILABLE).mapToLong(Region::length).sum();
    }

    /** @return the Multiboot {@code mem_lower} QEMU reports, in KiB */
    public static long memLowerKiB() {
        return 640;
    }

    /** @param ramBytes RAM size @return the Multiboot {@code mem_upper} QEMU reports, in KiB: RAM from 1 MiB to the PCI hole */
    public static long memUpperKiB(long ramBytes) {
        return lowRamBytes(ramBytes) / 1024 - 1024;
    }
}
