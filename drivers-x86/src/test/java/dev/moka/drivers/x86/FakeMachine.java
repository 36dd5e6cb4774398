package dev.moka.drivers.x86;

import dev.moka.kernel.api.magic.MagicBinding;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Just enough machine for the arch pack's tests: byte-addressed memory in 4 KiB pages, a log of
 * port writes, a UART whose transmitter is busy for a set number of status reads, and an exit
 * device that stops the kernel by throwing {@link Exit}. Once {@link #identityMapFirst4GiB} ran,
 * addresses are translated through the page tables CR3 points to, as the boot code leaves them.
 */
final class FakeMachine implements MagicBinding {
    /** Thrown by the exit device so the kernel stops where it wrote. */
    static final class Exit extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int value;

        Exit(int value) {
            super("exit " + value);
            this.value = value;
        }
    }

    /** Thrown by hlt, which nothing in these tests can wake from. */
    static final class Halted extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    record PortWrite(int port, int value) {
    }

    final Map<Long, byte[]> pages = new HashMap<>();
    final List<PortWrite> portWrites = new ArrayList<>();
    /** Bytes typed on COM1 that the UART's receiver holds, first first. */
    final List<Integer> received = new ArrayList<>();
    final ByteArrayOutputStream serial = new ByteArrayOutputStream();
    boolean exitDeviceStops = true;
    int busyStatusReads;
    int statusReads;
    int halts;
    /** CR3; zero while the machine translates nothing. */
    long pageTableRoot;
    final List<Long> invalidatedPages = new ArrayList<>();
    /** Memory loads of any width made through the binding, for tests of what code reads. */
    int loads;

    /** Builds at 0x1000 and 0x2000 a PML4 and a PDPT of four 1 GiB pages and loads CR3 with it. */
    void identityMapFirst4GiB() {
        storePhysical(0x1000, 8, 0x2000 | 3);
        for (int i = 0; i < 4; i++) {
            storePhysical(0x2000 + 8L * i, 8, ((long) i << 30) | 0x83);
        }
        pageTableRoot = 0x1000;
    }

    /** Walks the tables as the MMU does; a missing entry is a page fault, thrown. */
    private long translate(long virtual) {
        if (pageTableRoot == 0) {
            return virtual;
        }
        long table = pageTableRoot;
        for (int level = 4; level >= 1; level--) {
            long entry = load(table + 8 * ((virtual >>> (12 + 9 * (level - 1))) & 511), 8);
            if ((entry & 1) == 0) {
                throw new IllegalStateException("page fault at 0x" + Long.toHexString(virtual));
            }
            long offsetMask = (4096L << (9 * (level - 1))) - 1;
            if (level == 1 || (entry & 0x80) != 0) {
                return (entry & 0x000F_FFFF_FFFF_F000L & ~offsetMask) | (virtual & offsetMask);
            }
            table = entry & 0x000F_FFFF_FFFF_F000L;
        }
        throw new AssertionError("unreachable");
    }

    String serialText() {
        return serial.toString(StandardCharsets.ISO_8859_1);
    }

    private int loadByte(long address) {
        byte[] page = pages.get(address >>> 12);
        return page == null ? 0 : page[(int) (address & 4095)] & 0xFF;
    }

    private void storeByte(long address, int value) {
        pages.computeIfAbsent(address >>> 12, p -> new byte[4096])[(int) (address & 4095)] = (byte) value;
    }

    private long virtualLoad(long address, int width) {
        loads++;
        return load(translate(address), width);
    }

    private void virtualStore(long address, int width, long value) {
        storePhysical(translate(address), width, value);
    }

    private long load(long address, int width) {
        long value = 0;
        for (int i = width - 1; i >= 0; i--) {
            value = value << 8 | loadByte(address + i);
        }
        return value;
    }

    private void storePhysical(long address, int width, long value) {
        for (int i = 0; i < width; i++) {
            storeByte(address + i, (int) (value >>> (8 * i)));
        }
    }

    @Override public int load8(long address) { return (int) virtualLoad(address, 1); }
    @Override public int load16(long address) { return (int) virtualLoad(address, 2); }
    @Override public int load32(long address) { return (int) virtualLoad(address, 4); }
    @Override public long load64(long address) { return virtualLoad(address, 8); }
    @Override public void store8(long address, int value) { virtualStore(address, 1, value); }
    @Override public void store16(long address, int value) { virtualStore(address, 2, value); }
    @Override public void store32(long address, int value) { virtualStore(address, 4, value); }
    @Override public void store64(long address, long value) { virtualStore(address, 8, value); }

    @Override
    public int inb(int port) {
        if (port == Com1.LINE_STATUS) {
            statusReads++;
            int ready = received.isEmpty() ? 0 : Com1.DATA_READY;
            return (busyStatusReads-- > 0 ? 0 : 0x60) | ready;
        }
        if (port == Com1.DATA && !received.isEmpty()) {
            return received.remove(0);
        }
        return 0;
    }

    @Override
    public void outb(int port, int value) {
        portWrites.add(new PortWrite(port, value));
        boolean divisorLatch = portWrites.stream().filter(w -> w.port() == Com1.LINE_CONTROL)
                .reduce((first, second) -> second).map(w -> (w.value() & 0x80) != 0).orElse(false);
        if (port == Com1.DATA && !divisorLatch) {
            serial.write(value);
        }
        if (port == X86ArchPack.EXIT_PORT && exitDeviceStops) {
            throw new Exit(value);
        }
    }

    @Override public int inl(int port) { return 0; }
    @Override public void outl(int port, int value) { portWrites.add(new PortWrite(port, value)); }

    @Override
    public void hlt() {
        halts++;
        throw new Halted();
    }

    @Override public void cli() { }
    @Override public void sti() { }
    @Override public long rdtsc() { return 0; }
    @Override public void invalidatePage(long virtual) { invalidatedPages.add(virtual); }
    @Override public void loadPageTableRoot(long root) { pageTableRoot = root; }
    @Override public long pageTableRoot() { return pageTableRoot; }
}
