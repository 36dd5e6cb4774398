package dev.moka.drivers.x86.boot.disk;

/**
 * Where the boot sector and the loader keep things below 1 MiB. All of it lies in the first MiB,
 * which the kernel never hands out, and clear of the BIOS data area (below 0x500) and the extended
 * BIOS data area (from 0x9FC00).
 */
final class LowMemory {
    /** Where the BIOS loads the boot sector. */
    static final int BOOT_SECTOR = 0x7C00;
    /** Top of the real-mode stack, growing down below the boot sector. */
    static final int STACK_TOP = 0x7C00;
    /** Where the boot sector loads the loader: right after itself. */
    static final int LOADER = 0x7E00;
    /** Where the loader copies disk chunks before they go above 1 MiB; a segment of its own. */
    static final int BOUNCE_BUFFER = 0x10000;
    /** Most bytes the loader may take: up to the bounce buffer. */
    static final int LOADER_LIMIT = BOUNCE_BUFFER - LOADER;

    /** A byte the A20 check writes through the 1 MiB wrap-around. */
    static final int A20_PROBE = 0x0500;
    /** The BIOS drive number the loader was booted from (byte). */
    static final int DRIVE = 0x0600;
    /** Bytes of memory map entries collected so far (word). */
    static final int MAP_BYTES = 0x0602;
    /** KiB of low memory, from int 12h (word). */
    static final int LOWER_KIB = 0x0604;
    /** Sectors in the chunk being copied (word). */
    static final int CHUNK_SECTORS = 0x0606;
    /** Next disk sector of the kernel to read (dword). */
    static final int NEXT_SECTOR = 0x0608;
    /** Kernel sectors still to read (dword). */
    static final int SECTORS_LEFT = 0x060C;
    /** Where the next chunk goes (dword). */
    static final int DESTINATION = 0x0610;
    /** KiB of memory from 1 MiB to the first hole, from the memory map (dword). */
    static final int UPPER_KIB = 0x0614;
    /** The int 13h disk address packet (16 bytes). */
    static final int DISK_PACKET = 0x0620;

    /** The Multiboot information structure. */
    static final int MULTIBOOT_INFO = 0x1000;
    /** The Multiboot memory map: entries of a 4-byte size and 20 bytes of E820 data. */
    static final int MEMORY_MAP = 0x1200;
    /** Most memory map entries kept (the kernel's map holds as many). */
    static final int MEMORY_MAP_ENTRIES = 64;
    /** Bytes of one memory map entry, its size field included. */
    static final int MEMORY_MAP_ENTRY = 24;

    private LowMemory() {
    }
}
