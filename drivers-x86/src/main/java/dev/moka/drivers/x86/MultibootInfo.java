package dev.moka.drivers.x86;

import dev.moka.kernel.api.boot.MemoryMap;
import dev.moka.kernel.api.magic.Magic;

/**
 * Reader of the Multiboot v1 information structure a boot loader leaves in memory, read in place
 * through magic loads (all fields are little-endian, addresses 32-bit).
 *
 * <p>Only what the kernel needs is decoded: the memory sizes (flags bit 0), the command line
 * (bit 2) and the BIOS memory map (bit 6).
 */
public final class MultibootInfo {
    /** Flags bit: {@code mem_lower} and {@code mem_upper} are valid. */
    public static final int FLAG_MEMORY = 1;
    /** Flags bit: {@code cmdline} is valid. */
    public static final int FLAG_COMMAND_LINE = 1 << 2;
    /** Flags bit: {@code mmap_length} and {@code mmap_addr} are valid. */
    public static final int FLAG_MEMORY_MAP = 1 << 6;
    /** Size of the information structure up to and including the framebuffer fields. */
    public static final int STRUCTURE_SIZE = 116;
    /** Most regions and reserved ranges the built memory map holds. */
    public static final int MAP_CAPACITY = 64;
    /** The first MiB: BIOS data, real-mode vectors, option ROMs. Never given to allocators. */
    public static final long LOW_MEMORY_END = 0x100000;

    static final int OFFSET_FLAGS = 0;
    static final int OFFSET_MEM_LOWER = 4;
    static final int OFFSET_MEM_UPPER = 8;
    static final int OFFSET_CMDLINE = 16;
    static final int OFFSET_MMAP_LENGTH = 44;
    static final int OFFSET_MMAP_ADDR = 48;
    /** Bytes of an mmap entry after its size field: u64 base, u64 length, u32 type. */
    static final int MIN_ENTRY_SIZE = 20;
    /** Longest command line read; a missing terminator must not run through all of memory. */
    static final int MAX_COMMAND_LINE = 4096;

    private final long address;
    private final int flags;

    /** @param address physical address of the structure, as the boot loader passed it in EBX */
    public MultibootInfo(long address) {
        this.address = address;
        this.flags = Magic.load32(address + OFFSET_FLAGS);
    }

    /** @return physical address of the structure */
    public long address() {
        return address;
    }

    /** @return the flags word saying which fields are valid */
    public int flags() {
        return flags;
    }

    /** @return KiB of memory from 0, or 0 when flags bit 0 is clear */
    public long memLowerKiB() {
        return (flags & FLAG_MEMORY) == 0 ? 0 : u32(OFFSET_MEM_LOWER);
    }

    /** @return KiB of memory from 1 MiB, or 0 when flags bit 0 is clear */
    public long memUpperKiB() {
        return (flags & FLAG_MEMORY) == 0 ? 0 : u32(OFFSET_MEM_UPPER);
    }

    /** @return physical address of the memory map buffer, or 0 when flags bit 6 is clear */
    public long memoryMapAddress() {
        return (flags & FLAG_MEMORY_MAP) == 0 ? 0 : u32(OFFSET_MMAP_ADDR);
    }

    /** @return length in bytes of the memory map buffer, or 0 when flags bit 6 is clear */
    public long memoryMapLength() {
        return (flags & FLAG_MEMORY_MAP) == 0 ? 0 : u32(OFFSET_MMAP_LENGTH);
    }

    /** @return physical address of the command line, or 0 when flags bit 2 is clear */
    public long commandLineAddress() {
        return (flags & FLAG_COMMAND_LINE) == 0 ? 0 : u32(OFFSET_CMDLINE);
    }

    /** @return the kernel command line (Latin-1), empty when there is none */
    public String commandLine() {
        long start = commandLineAddress();
        if (start == 0) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < MAX_COMMAND_LINE; i++) {
            int c = Magic.load8(start + i);
            if (c == 0) {
                break;
            }
            text.append((char) c);
        }
        return text.toString();
    }

    /**
     * Builds the kernel's memory map: the boot loader's regions (or, without an mmap, the two ranges
     * {@code mem_lower} and {@code mem_upper} describe), with the first MiB, the kernel image, this
     * structure, the mmap buffer and the command line's window ({@value #MAX_COMMAND_LINE} bytes,
     * whatever the line's length, which is not read here) reserved. Available RAM at and above {@link
     * X86PhysicalMemory#IDENTITY_MAP_END} becomes {@link MemoryMap#UNMAPPED}: the kernel reaches no
     * frame there, so no allocator may hand one out.
     *
     * @param kernelStart physical address of the first byte of the kernel image
     * @param kernelEnd   physical address after the kernel image
     * @return the map, holding at most {@value #MAP_CAPACITY} regions
     */
    public MemoryMap memoryMap(long kernelStart, long kernelEnd) {
        MemoryMap map = new MemoryMap(MAP_CAPACITY);
        if ((flags & FLAG_MEMORY_MAP) != 0) {
            addMemoryMapEntries(map);
        } else if ((flags & FLAG_MEMORY) != 0) {
            addRegion(map, 0, memLowerKiB() * 1024, MemoryMap.AVAILABLE);
            addRegion(map, LOW_MEMORY_END, memUpperKiB() * 1024, MemoryMap.AVAILABLE);
        }
        map.reserve(0, LOW_MEMORY_END);
        map.reserve(kernelStart, kernelEnd - kernelStart);
        map.reserve(address, STRUCTURE_SIZE);
        if ((flags & FLAG_MEMORY_MAP) != 0) {
            map.reserve(memoryMapAddress(), memoryMapLength());
        }
        long commandLine = commandLineAddress();
        if (commandLine != 0) {
            // The whole window commandLine() may read, not the string's length: measuring the string
            // would make booting cost more the longer it is (QEMU passes the image's path there).
            map.reserve(commandLine, MAX_COMMAND_LINE);
        }
        return map;
    }

    private void addMemoryMapEntries(MemoryMap map) {
        long entry = memoryMapAddress();
        long end = entry + memoryMapLength();
        while (entry + 4 + MIN_ENTRY_SIZE <= end) {
            long size = Magic.load32(entry) & 0xFFFFFFFFL;
            if (size < MIN_ENTRY_SIZE) {
                // A corrupt size would loop forever or misread the rest; keep what was read so far.
                return;
            }
            long base = Magic.load64(entry + 4);
            long length = Magic.load64(entry + 12);
            int type = Magic.load32(entry + 20);
            if (!addRegion(map, base, length, type)) {
                return;
            }
            entry += size + 4;
        }
    }

    /**
     * Adds a region, splitting available RAM at the end of the identity map. Base and length are the
     * loader's unsigned 64-bit values, so they are compared unsigned.
     *
     * @return false when the map is full
     */
    static boolean addRegion(MemoryMap map, long base, long length, int type) {
        long mapped = X86PhysicalMemory.IDENTITY_MAP_END;
        if (type != MemoryMap.AVAILABLE) {
            return map.addRegion(base, length, type);
        }
        if (Long.compareUnsigned(base, mapped) >= 0) {
            return map.addRegion(base, length, MemoryMap.UNMAPPED);
        }
        long below = mapped - base;
        if (Long.compareUnsigned(length, below) <= 0) {
            return map.addRegion(base, length, type);
        }
        return map.addRegion(base, below, type) && map.addRegion(mapped, length - below, MemoryMap.UNMAPPED);
    }

    private long u32(int offset) {
        return Magic.load32(address + offset) & 0xFFFFFFFFL;
    }
}
