package dev.moka.testkit.heap;

import dev.moka.kernel.api.magic.MagicBinding;
import java.util.ArrayList;
import java.util.List;

/**
 * The memory a heap plan runs on in the kit: one block of little-endian words behind {@link MagicBinding},
 * as {@code Magic} sees it once bound. Everything else a binding offers (ports, halting, stacks) fails,
 * because no plan should need it.
 *
 * <p>The kit writes its own structures (class records, roots) with {@link #write64}, which is not
 * checked; the plan's stores come through the binding and must fall in a range opened with
 * {@link #allowStores}, so a plan that writes outside the heap it was given is caught at the store.
 */
public final class SimulatedMemory implements MagicBinding {
    private final long base;
    private final long[] words;
    private final List<long[]> storable = new ArrayList<>();
    private long timeStampCounter;

    /**
     * @param base  first address, 8-aligned
     * @param bytes size, a multiple of 8
     */
    public SimulatedMemory(long base, long bytes) {
        if ((base & 7) != 0 || (bytes & 7) != 0 || bytes <= 0 || bytes / 8 > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("memory of " + bytes + " bytes at 0x" + Long.toHexString(base));
        }
        this.base = base;
        this.words = new long[(int) (bytes / 8)];
    }

    /** @return the first address */
    public long base() {
        return base;
    }

    /** @return the address after the last */
    public long end() {
        return base + 8L * words.length;
    }

    /**
     * Lets the plan store in {@code [from, to)}.
     *
     * @param from first byte
     * @param to   byte after the last
     */
    public void allowStores(long from, long to) {
        storable.add(new long[] {from, to});
    }

    /** @param address 8-aligned @return the word there, read by the kit */
    public long read64(long address) {
        return words[index(address, 8)];
    }

    /** @param address 8-aligned @param value stored by the kit, unchecked */
    public void write64(long address, long value) {
        words[index(address, 8)] = value;
    }

    /** @param address any address @param value low 32 bits stored by the kit, unchecked */
    public void write32(long address, int value) {
        writeBytes(address, 4, value);
    }

    private int index(long address, int size) {
        if (address < base || address + size > end()) {
            throw new AssertionError("access to 0x" + Long.toHexString(address) + ", outside simulated memory [0x"
                    + Long.toHexString(base) + ", 0x" + Long.toHexString(end()) + ")");
        }
        if ((address & 7) != 0) {
            throw new IllegalArgumentException("unaligned word 0x" + Long.toHexString(address));
        }
        return (int) ((address - base) >>> 3);
    }

    private long readBytes(long address, int size) {
        if ((address & 7) == 0 && size == 8) {
            return read64(address);
        }
        long value = 0;
        for (int i = size - 1; i >= 0; i--) {
            long at = address + i;
            long word = words[index(at & ~7L, 8)];
            value = value << 8 | (word >>> (8 * (at & 7)) & 0xFF);
        }
        return value;
    }

    private void writeBytes(long address, int size, long value) {
        if ((address & 7) == 0 && size == 8) {
            write64(address, value);
            return;
        }
        for (int i = 0; i < size; i++) {
            long at = address + i;
            int index = index(at & ~7L, 8);
            int shift = (int) (8 * (at & 7));
            words[index] = words[index] & ~(0xFFL << shift) | ((value >>> (8 * i)) & 0xFF) << shift;
        }
    }

    private void checkStore(long address, int size) {
        for (long[] range : storable) {
            if (address >= range[0] && address + size <= range[1]) {
                return;
            }
        }
        throw new AssertionError("the plan stored " + size + " bytes at 0x" + Long.toHexString(address)
                + ", outside the heap it was given and the heap words");
    }

    @Override
    public int load8(long address) {
        return (int) readBytes(address, 1);
    }

    @Override
    public int load16(long address) {
        return (int) readBytes(address, 2);
    }

    @Override
    public int load32(long address) {
        return (int) readBytes(address, 4);
    }

    @Override
    public long load64(long address) {
        return readBytes(address, 8);
    }

    @Override
    public void store8(long address, int value) {
        checkStore(address, 1);
        writeBytes(address, 1, value);
    }

    @Override
    public void store16(long address, int value) {
        checkStore(address, 2);
        writeBytes(address, 2, value);
    }

    @Override
    public void store32(long address, int value) {
        checkStore(address, 4);
        writeBytes(address, 4, value);
    }

    @Override
    public void store64(long address, long value) {
        checkStore(address, 8);
        writeBytes(address, 8, value);
    }

    @Override
    public int inb(int port) {
        throw new AssertionError("a heap plan read I/O port " + port);
    }

    @Override
    public void outb(int port, int value) {
        throw new AssertionError("a heap plan wrote I/O port " + port);
    }

    @Override
    public int inl(int port) {
        throw new AssertionError("a heap plan read I/O port " + port);
    }

    @Override
    public void outl(int port, int value) {
        throw new AssertionError("a heap plan wrote I/O port " + port);
    }

    @Override
    public void hlt() {
        throw new AssertionError("a heap plan halted the CPU");
    }

    /** Masking interrupts around a critical section is harmless here: nothing interrupts. */
    @Override
    public void cli() {
    }

    @Override
    public void sti() {
    }

    @Override
    public long rdtsc() {
        timeStampCounter += 1000;
        return timeStampCounter;
    }
}
