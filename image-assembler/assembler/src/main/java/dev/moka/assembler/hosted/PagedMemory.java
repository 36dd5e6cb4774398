package dev.moka.assembler.hosted;

import java.util.HashMap;
import java.util.Map;

/**
 * Sparse physical RAM: 4 KiB pages come into being on their first write, and untouched RAM reads as
 * zero, so a machine of any size costs only the pages the kernel writes. RAM lies where a QEMU PC
 * has it ({@link PcMemoryLayout}): from 0 up to the PCI hole, less the legacy window below 1 MiB, and
 * the rest from 4 GiB on. Multi-byte values are little-endian and may straddle pages.
 */
final class PagedMemory {
    static final int PAGE_SIZE = 4096;

    /** Legacy PC window between the end of low RAM and 1 MiB (VGA, option ROMs, BIOS): no RAM here. */
    static final long HOLE_START = 0xA0000;
    static final long HOLE_END = 0x100000;

    private final long size;
    private final long lowEnd;
    private final long highEnd;
    private final Map<Long, byte[]> pages = new HashMap<>();

    /** @param size bytes of RAM, laid out as on a QEMU PC */
    PagedMemory(long size) {
        this.size = size;
        this.lowEnd = PcMemoryLayout.lowRamBytes(size);
        this.highEnd = PcMemoryLayout.FOUR_GIB + PcMemoryLayout.highRamBytes(size);
    }

    long size() {
        return size;
    }

    /** @return how many pages have been written */
    int pagesTouched() {
        return pages.size();
    }

    long load(long address, int width) {
        check(address, width, "read");
        long value = 0;
        for (int i = width - 1; i >= 0; i--) {
            value = (value << 8) | loadByte(address + i);
        }
        return value;
    }

    void store(long address, int width, long value) {
        check(address, width, "write");
        for (int i = 0; i < width; i++) {
            storeByte(address + i, (int) (value >>> (8 * i)));
        }
    }

    private int loadByte(long address) {
        byte[] page = pages.get(address / PAGE_SIZE);
        return page == null ? 0 : page[(int) (address % PAGE_SIZE)] & 0xFF;
    }

    private void storeByte(long address, int value) {
        byte[] page = pages.computeIfAbsent(address / PAGE_SIZE, number -> new byte[PAGE_SIZE]);
        page[(int) (address % PAGE_SIZE)] = (byte) value;
    }

    private void check(long address, int width, String access) {
        long last = address + width - 1;
        boolean low = address >= 0 && last < lowEnd;
        boolean high = address >= PcMemoryLayout.FOUR_GIB && last < highEnd;
        if (!low && !high || last < address) {
            throw new MachineFault(width + "-byte " + access + " at 0x" + Long.toHexString(address)
                    + " is beyond the machine's RAM (0x" + Long.toHexString(size) + " bytes)");
        }
        if (address < HOLE_END && last >= HOLE_START) {
            throw new MachineFault(width + "-byte " + access + " at 0x" + Long.toHexString(address)
                    + " falls in the hole [0xa0000, 0x100000) where the PC has no RAM");
        }
    }
}
