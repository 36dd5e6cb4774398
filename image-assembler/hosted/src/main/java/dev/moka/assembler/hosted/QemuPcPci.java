package dev.moka.assembler.hosted;

import dev.moka.assembler.hosted.PciFunction.Bar;
import java.util.List;

/**
 * The PCI functions of QEMU's default {@code pc} machine (QEMU 7.2, {@code -M pc} with its default
 * VGA and network card), with the header values SeaBIOS leaves in them: the i440FX host bridge, the
 * PIIX3 ISA bridge with its IDE and (PIIX4) ACPI functions, the standard VGA and the e1000. Every
 * one carries QEMU's subsystem ids (Red Hat, 1af4:1100).
 */
final class QemuPcPci {
    private static final int QEMU_SUBSYSTEM = 0x1100_1AF4;
    private static final int INTEL = 0x8086;
    private static final int PIN_A = 1 << 8;

    private QemuPcPci() {
    }

    /** @return the functions, in the order of their device and function numbers */
    static List<PciFunction> functions() {
        return List.of(
                new PciFunction(0, 0, INTEL, 0x1237, 0x02, 0x06_00_00, 0x00, 0x0103, 0x0000, List.of(),
                        QEMU_SUBSYSTEM, 0),
                new PciFunction(1, 0, INTEL, 0x7000, 0x00, 0x06_01_00, 0x80, 0x0103, 0x0200, List.of(),
                        QEMU_SUBSYSTEM, 0),
                new PciFunction(1, 1, INTEL, 0x7010, 0x00, 0x01_01_80, 0x00, 0x0103, 0x0280,
                        List.of(new Bar(4, 0xC041, 16)), QEMU_SUBSYSTEM, 0),
                new PciFunction(1, 3, INTEL, 0x7113, 0x03, 0x06_80_00, 0x00, 0x0103, 0x0280, List.of(),
                        QEMU_SUBSYSTEM, PIN_A | 9),
                new PciFunction(2, 0, 0x1234, 0x1111, 0x02, 0x03_00_00, 0x00, 0x0103, 0x0000,
                        List.of(new Bar(0, 0xFD00_0008, 16 << 20), new Bar(2, 0xFEBF_0000, 4 << 10),
                                new Bar(Bar.ROM, 0xFEBE_0000, 64 << 10)),
                        QEMU_SUBSYSTEM, 0),
                new PciFunction(3, 0, INTEL, 0x100E, 0x03, 0x02_00_00, 0x00, 0x0107, 0x0000,
                        List.of(new Bar(0, 0xFEBC_0000, 128 << 10), new Bar(1, 0xC001, 64),
                                new Bar(Bar.ROM, 0xFEB8_0000, 256 << 10)),
                        QEMU_SUBSYSTEM, PIN_A | 11));
    }
}
