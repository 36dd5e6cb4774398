package dev.moka.drivers.x86;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class X86ArchPackTest extends MagicTestBase {
    private final X86ArchPack arch = new X86ArchPack();

    @Test
    void isNamedAfterTheMachine() {
        assertEquals("x86_64", arch.name());
    }

    @Test
    void writesTheConsoleThroughCom1() {
        Com1.init();
        arch.consoleWrite('M');
        assertEquals("M", machine.serialText());
    }

    @Test
    void reportsSuccessAndFailureToTheExitDevice() {
        assertEquals(0x10, assertThrows(FakeMachine.Exit.class, () -> arch.exit(true)).value);
        assertEquals(0x11, assertThrows(FakeMachine.Exit.class, () -> arch.exit(false)).value);
    }

    @Test
    void haltsWhenThereIsNoExitDevice() {
        machine.exitDeviceStops = false;
        assertThrows(FakeMachine.Halted.class, () -> arch.exit(true));
        assertEquals(1, machine.halts);
        assertEquals(new FakeMachine.PortWrite(0xf4, 0x10), machine.portWrites.getLast());
    }
}
