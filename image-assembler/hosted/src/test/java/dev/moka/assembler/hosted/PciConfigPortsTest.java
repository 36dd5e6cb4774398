package dev.moka.assembler.hosted;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Configuration mechanism #1 over QEMU's pc functions, as pcid and a BAR-sizing driver use it. */
class PciConfigPortsTest {
    private final PciConfigPorts pci = new PciConfigPorts(QemuPcPci.functions());

    private int read(int device, int function, int register) {
        pci.write(PciConfigPorts.ADDRESS, 4, 0x8000_0000 | device << 11 | function << 8 | register);
        return pci.read(PciConfigPorts.DATA, 4);
    }

    private void write(int device, int function, int register, int value) {
        pci.write(PciConfigPorts.ADDRESS, 4, 0x8000_0000 | device << 11 | function << 8 | register);
        pci.write(PciConfigPorts.DATA, 4, value);
    }

    /** What QEMU 7.2's pc machine gives after SeaBIOS, read there through the monitor's port commands. */
    @Test
    void theHeadersAreQemusPcMachine() {
        assertEquals(List.of(0x12378086, 0x00000103, 0x06000002, 0x00000000), registers(0, 0, 0, 4));
        assertEquals(List.of(0x70008086, 0x02000103, 0x06010000, 0x00800000), registers(1, 0, 0, 4));
        assertEquals(List.of(0x70108086, 0x02800103, 0x01018000, 0x00000000, 0, 0, 0, 0, 0x0000c041),
                registers(1, 1, 0, 9));
        assertEquals(0x00000109, read(1, 3, 0x3C));
        assertEquals(List.of(0x11111234, 0x00000103, 0x03000002, 0, 0xfd000008, 0, 0xfebf0000), registers(2, 0, 0, 7));
        assertEquals(0xfebe0000, read(2, 0, 0x30));
        assertEquals(List.of(0x100e8086, 0x00000107, 0x02000003, 0, 0xfebc0000, 0x0000c001), registers(3, 0, 0, 6));
        assertEquals(0x0000010b, read(3, 0, 0x3C));
        for (PciFunction f : QemuPcPci.functions()) {
            assertEquals(0x11001af4, read(f.device(), f.function(), 0x2C), f.toString());
        }
    }

    private List<Integer> registers(int device, int function, int first, int count) {
        List<Integer> values = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            values.add(read(device, function, first + 4 * i));
        }
        return values;
    }

    @Test
    void whatIsNotThereReadsAllOnes() {
        assertEquals(-1, read(1, 2, 0), "function 2 of the PIIX3");
        assertEquals(-1, read(4, 0, 0), "an empty slot");
        pci.write(PciConfigPorts.ADDRESS, 4, 0x8001_0000);
        assertEquals(-1, pci.read(PciConfigPorts.DATA, 4), "bus 1");
        pci.write(PciConfigPorts.ADDRESS, 4, 0x0000_0000);
        assertEquals(-1, pci.read(PciConfigPorts.DATA, 4), "the enable bit clear");
        assertEquals(0, read(0, 0, 0x40), "a register past the header");
        assertEquals(0, read(0, 0, 0xFC));
    }

    @Test
    void theAddressRegisterReadsBackAndByteAccessesPickBytes() {
        pci.write(PciConfigPorts.ADDRESS, 4, 0x8000_0800);
        assertEquals(0x8000_0800, pci.read(PciConfigPorts.ADDRESS, 4));
        assertEquals(0x86, pci.read(0xCFC, 1) & 0xFF);
        assertEquals(0x80, pci.read(0xCFD, 1) & 0xFF);
        assertEquals(0x00, pci.read(0xCFE, 1) & 0xFF);
        assertEquals(0x70, pci.read(0xCFF, 1) & 0xFF);
        pci.write(0xCF9, 1, 0x06);
        assertEquals(0x8000_0800, pci.read(PciConfigPorts.ADDRESS, 4), "a byte write leaves the address alone");
        assertEquals(-1, pci.read(0xCFA, 1), "a byte read of the address register");
    }

    @Test
    void writingOnesToABarReadsBackItsSize() {
        write(3, 0, 0x10, -1);
        assertEquals(-(128 << 10), read(3, 0, 0x10), "e1000 registers: 128 KiB of memory");
        write(3, 0, 0x14, -1);
        assertEquals(-64 | 1, read(3, 0, 0x14), "e1000 ports: 64, I/O space");
        write(2, 0, 0x10, -1);
        assertEquals(-(16 << 20) | 8, read(2, 0, 0x10), "VGA framebuffer: 16 MiB, prefetchable");
        write(2, 0, 0x30, -2);
        assertEquals(-(64 << 10), read(2, 0, 0x30), "VGA ROM: 64 KiB, not enabled");
        write(3, 0, 0x10, 0xfebc0000);
        assertEquals(0xfebc0000, read(3, 0, 0x10), "the address set back");
        write(2, 0, 0x14, -1);
        assertEquals(0, read(2, 0, 0x14), "a BAR that decodes nothing stays zero");
    }

    @Test
    void onlyWritableBitsChange() {
        write(1, 0, 0x00, 0x12345678);
        assertEquals(0x70008086, read(1, 0, 0x00), "ids are read-only");
        write(1, 1, 0x04, 0xFFFF_FFFF);
        assertEquals(0x0280_0547, read(1, 1, 0x04), "command bits the function has, status untouched");
        write(1, 3, 0x3C, 0x0000_010A);
        assertEquals(0x0000_010A, read(1, 3, 0x3C), "the interrupt line is software's");
        pci.write(PciConfigPorts.ADDRESS, 4, 0x8000_0B3C);
        pci.write(0xCFD, 1, 0x02);
        assertEquals(0x0000_010A, read(1, 3, 0x3C), "the interrupt pin is not");
    }
}
