package dev.moka.assembler.hosted;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * PCI configuration mechanism #1 on bus 0: software writes an address to port {@value #ADDRESS}
 * (bit 31 enables, then bus, device, function and register) and reads or writes the register
 * through the data window at {@value #DATA}..{@code 0xCFF}, whose byte offset picks the bytes of the
 * register. A function that is not there, a bus other than 0 and an address without the enable bit
 * read as all ones and take no writes, as on a PC. Writes change only the bits each register lets
 * software change ({@link PciFunction#writable()}), so sizing a base address register by writing
 * ones reads back its size. Byte accesses to the address register do nothing.
 */
final class PciConfigPorts implements PortDevice {
    /** The configuration address register. */
    static final int ADDRESS = 0xCF8;
    /** The first port of the data window. */
    static final int DATA = 0xCFC;
    private static final int END = 0xD00;
    private static final int ENABLE = 0x8000_0000;
    private static final int ALL_ONES = -1;

    /** A function's registers now, and which bits of them a write changes. */
    private record Registers(int[] values, int[] writable) {
    }

    /** By bus, device and function, as bits 23..8 of an address give them. */
    private final Map<Integer, Registers> functions = new HashMap<>();
    private int address;

    /** @param functions the functions on bus 0 */
    PciConfigPorts(List<PciFunction> functions) {
        for (PciFunction f : functions) {
            this.functions.put(f.device() << 3 | f.function(), new Registers(f.header(), f.writable()));
        }
    }

    @Override
    public boolean claims(int port) {
        return port >= ADDRESS && port < END;
    }

    @Override
    public int read(int port, int width) {
        if (port < DATA) {
            return port == ADDRESS && width == 4 ? address : ALL_ONES;
        }
        Registers target = selected();
        int register = (address & 0xFC) / 4;
        if (target == null) {
            return ALL_ONES;
        }
        int value = register < PciFunction.HEADER_REGISTERS ? target.values()[register] : 0;
        return value >>> (8 * (port - DATA));
    }

    @Override
    public void write(int port, int width, int value) {
        if (port < DATA) {
            if (port == ADDRESS && width == 4) {
                address = value;
            }
            return;
        }
        Registers target = selected();
        int register = (address & 0xFC) / 4;
        if (target == null || register >= PciFunction.HEADER_REGISTERS) {
            return;
        }
        int shift = 8 * (port - DATA);
        int lanes = (width == 4 ? ALL_ONES : (1 << (8 * width)) - 1) << shift;
        int changed = target.writable()[register] & lanes;
        int[] values = target.values();
        values[register] = values[register] & ~changed | value << shift & changed;
    }

    /** @return the function the address register selects, or null for none */
    private Registers selected() {
        if ((address & ENABLE) == 0 || (address >>> 16 & 0xFF) != 0) {
            return null;
        }
        return functions.get(address >>> 8 & 0xFF);
    }
}
