package dev.moka.assembler.hosted;

import dev.moka.kernel.api.arch.RamRange;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Sparse physical memory: 4 KiB pages come into being on their first write, and untouched memory
 * reads as zero, so a machine of any size costs only the pages the kernel writes. Memory lies where
 * the simulated machine has it: RAM where its architecture does (its arch pack's {@code hostedRam}),
 * and device memory that behaves as memory (a VGA text buffer); an access outside is a machine fault.
 * Multi-byte values are little-endian and may straddle pages.
 */
final class PagedMemory {
    static final int PAGE_SIZE = 4096;

    private final long size;
    private final List<RamRange> ram;
    private final Map<Long, byte[]> pages = new HashMap<>();

    /**
     * @param size bytes of RAM
     * @param ram  where the RAM and the device memory lie
     */
    PagedMemory(long size, List<RamRange> ram) {
        this.size = size;
        this.ram = List.copyOf(ram);
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

    /** Copies bytes out of one page of RAM. */
    void read(long address, byte[] into, int at, int length) {
        check(address, length, "read");
        byte[] page = pages.get(address / PAGE_SIZE);
        if (page == null) {
            java.util.Arrays.fill(into, at, at + length, (byte) 0);
        } else {
            System.arraycopy(page, (int) (address % PAGE_SIZE), into, at, length);
        }
    }

    /** Copies bytes into one page of RAM. */
    void write(long address, byte[] from, int at, int length) {
        check(address, length, "write");
        byte[] page = pages.computeIfAbsent(address / PAGE_SIZE, number -> new byte[PAGE_SIZE]);
        System.arraycopy(from, at, page, (int) (address % PAGE_SIZE), length);
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
        for (RamRange range : ram) {
            if (range.holds(address, last)) {
                return;
            }
        }
        throw new MachineFault(width + "-byte " + access + " at 0x" + Long.toHexString(address)
                + " is not in the machine's memory (0x" + Long.toHexString(size) + " bytes of RAM; memory at " + ram + ")");
    }
}
