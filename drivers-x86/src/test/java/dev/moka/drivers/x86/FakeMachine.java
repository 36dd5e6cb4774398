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
 * device that stops the kernel by throwing {@link Exit}.
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
    final ByteArrayOutputStream serial = new ByteArrayOutputStream();
    boolean exitDeviceStops = true;
    int busyStatusReads;
    int statusReads;
    int halts;

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

    private long load(long address, int width) {
        long value = 0;
        for (int i = width - 1; i >= 0; i--) {
            value = value << 8 | loadByte(address + i);
        }
        return value;
    }

    private void store(long address, int width, long value) {
        for (int i = 0; i < width; i++) {
            storeByte(address + i, (int) (value >>> (8 * i)));
        }
    }

    @Override public int load8(long address) { return (int) load(address, 1); }
    @Override public int load16(long address) { return (int) load(address, 2); }
    @Override public int load32(long address) { return (int) load(address, 4); }
    @Override public long load64(long address) { return load(address, 8); }
    @Override public void store8(long address, int value) { store(address, 1, value); }
    @Override public void store16(long address, int value) { store(address, 2, value); }
    @Override public void store32(long address, int value) { store(address, 4, value); }
    @Override public void store64(long address, long value) { store(address, 8, value); }

    @Override
    public int inb(int port) {
        if (port == Com1.LINE_STATUS) {
            statusReads++;
            return busyStatusReads-- > 0 ? 0 : 0x60;
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
}
