package dev.moka.assembler.hosted;

import java.util.List;

/**
 * One function on the simulated PCI bus as the firmware leaves it: what its type-0 configuration
 * header (the first 64 bytes) holds, and which of those bits software may change. Registers past the
 * header, the device's own, read as zero.
 *
 * @param device     the device number on bus 0, 0 to 31
 * @param function   the function number, 0 to 7
 * @param vendorId   the vendor id
 * @param deviceId   the device id
 * @param revision   the revision id
 * @param classCode  class, subclass and programming interface, as {@code 0x060100}
 * @param headerType the header type; bit 7 says the device has more functions
 * @param command    the command register (I/O and memory decoding, bus mastering...)
 * @param status     the status register
 * @param bars       the base address registers that decode something; the others read as zero
 * @param subsystem  the subsystem id and subsystem vendor id, as the register at 0x2C holds them
 * @param interrupt  the interrupt pin and line, as the low half of the register at 0x3C holds them
 */
record PciFunction(int device, int function, int vendorId, int deviceId, int revision, int classCode, int headerType,
                   int command, int status, List<Bar> bars, int subsystem, int interrupt) {
    /** Registers in the header, 4 bytes each. */
    static final int HEADER_REGISTERS = 16;
    /** The command bits software may set: I/O, memory, bus master, parity, SERR and INTx disable. */
    private static final int COMMAND_WRITABLE = 0x0547;
    /** The expansion ROM's register. */
    private static final int ROM_REGISTER = 0x30 / 4;
    /** The register whose low byte is the interrupt line, which firmware and drivers write. */
    private static final int INTERRUPT_REGISTER = 0x3C / 4;

    /**
     * A base address register.
     *
     * @param index 0 to 5, or {@link #ROM} for the expansion ROM's
     * @param value what it holds: the address and the low bits that say its kind (bit 0 for I/O
     *              space, bit 3 for prefetchable memory, the enable bit of a ROM)
     * @param size  how many bytes it decodes, a power of two: a write keeps only the address bits
     *              above it, which is how software learns the size
     */
    record Bar(int index, int value, int size) {
        /** The index of the expansion ROM's register. */
        static final int ROM = 6;

        Bar {
            if (index < 0 || index > ROM || size <= 0 || Integer.bitCount(size) != 1) {
                throw new IllegalArgumentException("BAR " + index + " of " + size + " bytes");
            }
        }

        int register() {
            return index == ROM ? ROM_REGISTER : 4 + index;
        }

        int writable() {
            return index == ROM ? -size | 1 : -size;
        }
    }

    PciFunction {
        bars = List.copyOf(bars);
    }

    /** @return the header's sixteen registers as the function powers up */
    int[] header() {
        int[] header = new int[HEADER_REGISTERS];
        header[0] = deviceId << 16 | vendorId;
        header[1] = status << 16 | command;
        header[2] = classCode << 8 | revision;
        header[3] = headerType << 16;
        for (Bar bar : bars) {
            header[bar.register()] = bar.value();
        }
        header[11] = subsystem;
        header[INTERRUPT_REGISTER] = interrupt;
        return header;
    }

    /** @return for each register of the header, the bits a write changes */
    int[] writable() {
        int[] writable = new int[HEADER_REGISTERS];
        writable[1] = COMMAND_WRITABLE;
        for (Bar bar : bars) {
            writable[bar.register()] = bar.writable();
        }
        writable[INTERRUPT_REGISTER] = 0xFF;
        return writable;
    }
}
