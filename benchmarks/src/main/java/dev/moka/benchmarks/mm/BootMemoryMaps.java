package dev.moka.benchmarks.mm;

import dev.moka.kernel.api.boot.MemoryMap;

/**
 * Boot memory maps shaped like the one a PC with SeaBIOS (QEMU's default firmware) reports, with the
 * ranges the x86_64 arch pack reserves before the allocator sees the map.
 *
 * <p>Firmware regions: conventional memory up to the EBDA at {@code 0x9FC00}, the EBDA and the BIOS
 * ROM below 1 MiB, RAM from 1 MiB to 128 KiB short of the installed size (the firmware keeps that
 * last stretch), and the flash window just below 4 GiB. Kernel reservations: the first MiB and a
 * {@value #KERNEL_IMAGE_MIB} MiB kernel image loaded at 1 MiB.
 */
public final class BootMemoryMaps {
    /** Names accepted by {@link #named}, as the benchmarks' {@code memory} parameter spells them. */
    public static final String RAM_128_MIB = "128MiB";
    /** A 1 GiB machine. */
    public static final String RAM_1_GIB = "1GiB";
    /** Length of the reserved kernel image, in MiB; large enough for an image with its heap in bss. */
    public static final int KERNEL_IMAGE_MIB = 4;

    private static final long KIB = 1L << 10;
    private static final long MIB = 1L << 20;
    private static final long EBDA = 0x9FC00;
    private static final long BIOS_ROM = 0xF0000;
    private static final long FIRMWARE_TAIL = 128 * KIB;
    private static final long FLASH_WINDOW = 0xFFFC0000L;
    private static final long FOUR_GIB = 1L << 32;

    private BootMemoryMaps() {
    }

    /**
     * @param name {@link #RAM_128_MIB} or {@link #RAM_1_GIB}
     * @return a fresh map for a machine with that much RAM
     * @throws IllegalArgumentException for any other name
     */
    public static MemoryMap named(String name) {
        return switch (name) {
            case RAM_128_MIB -> pc(128 * MIB);
            case RAM_1_GIB -> pc(1024 * MIB);
            default -> throw new IllegalArgumentException("unknown memory size \"" + name + "\"");
        };
    }

    /**
     * @param ram installed RAM in bytes, more than 2 MiB and below 3 GiB (no PCI hole is modelled)
     * @return the map described in the class comment
     */
    public static MemoryMap pc(long ram) {
        MemoryMap map = new MemoryMap(8);
        map.addRegion(0, EBDA, MemoryMap.AVAILABLE);
        map.addRegion(EBDA, 0xA0000 - EBDA, MemoryMap.RESERVED);
        map.addRegion(BIOS_ROM, MIB - BIOS_ROM, MemoryMap.RESERVED);
        map.addRegion(MIB, ram - FIRMWARE_TAIL - MIB, MemoryMap.AVAILABLE);
        map.addRegion(ram - FIRMWARE_TAIL, FIRMWARE_TAIL, MemoryMap.RESERVED);
        map.addRegion(FLASH_WINDOW, FOUR_GIB - FLASH_WINDOW, MemoryMap.RESERVED);
        map.reserve(0, MIB);
        map.reserve(MIB, KERNEL_IMAGE_MIB * MIB);
        return map;
    }
}
