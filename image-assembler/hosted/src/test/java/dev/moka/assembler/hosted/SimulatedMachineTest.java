package dev.moka.assembler.hosted;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SimulatedMachineTest {
    private static final long MIB = 1L << 20;
    private final ByteArrayOutputStream serial = new ByteArrayOutputStream();
    private final SimulatedMachine machine = new SimulatedMachine(16 * MIB, serial);

    @Test
    void untouchedRamReadsZeroAndCostsNothing() {
        assertEquals(0, machine.load64(8 * MIB));
        assertEquals(0, machine.load8(16 * MIB - 1));
        assertEquals(0, machine.pagesTouched());
        machine.store8(5 * MIB, 1);
        assertEquals(1, machine.pagesTouched());
    }

    @Test
    void storesLittleEndianAcrossPageBoundaries() {
        long address = 2 * MIB + 4096 - 3;
        machine.store64(address, 0x1122334455667788L);
        assertEquals(0x1122334455667788L, machine.load64(address));
        assertEquals(0x88, machine.load8(address));
        assertEquals(0x7788, machine.load16(address));
        assertEquals(0x55667788, machine.load32(address));
        assertEquals(0x11, machine.load8(address + 7));
        machine.store32(address, 0xCAFEBABE);
        assertEquals(0xCAFEBABE, machine.load32(address));
        assertEquals(0x11223344CAFEBABEL, machine.load64(address));
        machine.store16(address, 0x12345);
        assertEquals(0x2345, machine.load16(address));
        assertEquals(2, machine.pagesTouched());
    }

    @Test
    void accessesOutsideRamFailNamingTheAddress() {
        MachineFault beyond = assertThrows(MachineFault.class, () -> machine.load32(16 * MIB));
        assertTrue(beyond.getMessage().contains("0x1000000"), beyond.getMessage());
        MachineFault straddling = assertThrows(MachineFault.class, () -> machine.store64(16 * MIB - 4, 0));
        assertTrue(straddling.getMessage().contains("0xfffffc"), straddling.getMessage());
        MachineFault hole = assertThrows(MachineFault.class, () -> machine.store8(0xA0000, 'A'));
        assertTrue(hole.getMessage().contains("0xa0000"), hole.getMessage());
        assertThrows(MachineFault.class, () -> machine.load8(0xB7FFF), "just below the VGA text buffer");
        assertThrows(MachineFault.class, () -> machine.load8(0xC0000), "just above it");
        assertThrows(MachineFault.class, () -> machine.load8(-1));
        assertEquals(0, machine.load8(0x9FFFF), "the last byte of low RAM is RAM");
    }

    @Test
    void com1TransmitsDataButNotTheDivisor() {
        machine.outb(0x3FB, 0x80);
        machine.outb(0x3F8, 1);
        machine.outb(0x3F9, 0);
        machine.outb(0x3FB, 0x03);
        assertEquals(0x60, machine.inb(0x3FD));
        machine.outb(0x3F8, 'h');
        machine.outb(0x3F8, 'i' + 0x100);
        assertEquals("hi", serial.toString(StandardCharsets.ISO_8859_1));
        assertEquals(0x03, machine.inb(0x3FB), "other registers keep what was written");
    }

    @Test
    void theExitDeviceStopsTheKernelWithTheValue() {
        assertNull(machine.exitValue());
        MachineExit exit = assertThrows(MachineExit.class, () -> machine.outb(0xf4, 0x11));
        assertEquals(0x11, exit.value());
        assertEquals(0x11, machine.exitValue());
        assertEquals(0x10, assertThrows(MachineExit.class, () -> machine.outl(0xf4, 0x10)).value());
    }

    @Test
    void theKernelsAccessesToPortsWithoutADeviceFail() {
        MachineFault fault = assertThrows(MachineFault.class, () -> machine.outb(0x61, 0xFE));
        assertTrue(fault.getMessage().contains("0x61"), fault.getMessage());
        assertThrows(MachineFault.class, () -> machine.inb(0x2F8));
        assertThrows(MachineFault.class, () -> machine.inl(0xD00));
        assertThrows(MachineFault.class, () -> machine.outl(0xCF4, 0));
    }

    @Test
    void aProgramsAccessToAPortWithoutADeviceReadsAllOnesAsOnAPc() {
        assertEquals(0xFF, machine.userPortRead(0x300, 1));
        assertEquals(-1, machine.userPortRead(0x300, 4));
        machine.userPortWrite(0x300, 1, 0x12);
        assertEquals(0x0C, machine.userPortRead(0x64, 1) & 0x0C, "the keyboard controller answers a program too");
    }

    @Test
    void theDevicesOfQemusPcAreOnThePorts() {
        machine.outl(0xCF8, 0x8000_0800);
        assertEquals(0x7000_8086, machine.inl(0xCFC), "the PIIX3 on the PCI bus");
        machine.outb(0x70, 0x0B);
        assertEquals(0x02, machine.inb(0x71), "the CMOS clock's status B");
        machine.outb(0x70, 0x09);
        assertEquals(0x25, machine.inb(0x71), "its year, from the machine's start date");
        assertEquals(0x1C, machine.inb(0x64), "the keyboard controller, its buffer empty");
    }

    @Test
    void theTimerTickMovesTheClockAndBringsInTheKeysPressed() {
        KeyboardInput keys = new KeyboardInput();
        machine.attachKeyboardInput(keys);
        machine.irqLines().unmask(1);
        keys.sendkey("a");
        machine.outb(0x70, 0x00);
        assertEquals(0x00, machine.inb(0x71));
        for (int tick = 0; tick < 1000; tick++) {
            machine.timerTick(1_000_000);
        }
        assertEquals(1_000_000_000L, machine.simulatedNanos());
        assertEquals(0x01, machine.inb(0x71), "a simulated second later");
        assertTrue(machine.irqLines().isRequested(1), "the key's byte raised the keyboard's line");
        assertEquals(0x1E, machine.inb(0x60));
    }

    @Test
    void theVgaTextBufferIsMemory() {
        machine.store16(0xB8000, 0x1F4D);
        machine.store16(0xBFFFE, 0x0741);
        assertEquals(0x1F4D, machine.load16(0xB8000));
        assertEquals(0x0741, machine.load16(0xBFFFE));
    }

    @Test
    void timeStampCounterIsDeterministic() {
        SimulatedMachine other = new SimulatedMachine(16 * MIB, serial);
        long first = machine.rdtsc();
        long second = machine.rdtsc();
        assertTrue(second > first);
        assertEquals(first, other.rdtsc());
        assertEquals(second, other.rdtsc());
    }

    @Test
    void haltingStopsTheMachine() {
        assertFalse(machine.interruptsEnabled(), "Multiboot hands over with interrupts masked");
        assertTrue(assertThrows(MachineHalted.class, machine::hlt).getMessage().contains("interrupts disabled"));
        machine.sti();
        assertTrue(machine.interruptsEnabled());
        assertThrows(MachineHalted.class, machine::hlt);
        machine.cli();
        assertFalse(machine.interruptsEnabled());
    }

    @Test
    void refusesImpossibleRamSizes() {
        assertThrows(IllegalArgumentException.class, () -> new SimulatedMachine(MIB, serial));
        assertThrows(IllegalArgumentException.class, () -> new SimulatedMachine(16 * MIB + 1, serial));
        assertThrows(IllegalArgumentException.class, () -> new SimulatedMachine(Long.MAX_VALUE & ~0xFFFL, serial));
        assertEquals(3L << 30, new SimulatedMachine(3L << 30, serial).memoryBytes());
    }

    @Test
    void largeRamIsSplitAroundThePciHoleAsOnQemu() {
        long gib = 1L << 30;
        SimulatedMachine machine = new SimulatedMachine(6 * gib, serial);
        machine.storePhysical64(3 * gib - 8, 1);
        machine.storePhysical64(7 * gib - 8, 2);
        assertEquals(1, machine.loadPhysical64(3 * gib - 8));
        assertEquals(2, machine.loadPhysical64(7 * gib - 8));
        assertThrows(MachineFault.class, () -> machine.loadPhysical64(3 * gib), "the PCI hole holds no RAM");
        assertThrows(MachineFault.class, () -> machine.loadPhysical64(7 * gib), "RAM ends 3 GiB above 4 GiB");
        assertEquals(2, machine.pagesTouched(), "only written pages exist");
        SimulatedMachine below = new SimulatedMachine(3583L << 20, serial);
        below.storePhysical64((3583L << 20) - 8, 3);
        assertThrows(MachineFault.class, () -> below.loadPhysical64(4 * gib), "under 3.5 GiB nothing is split");
    }
}
