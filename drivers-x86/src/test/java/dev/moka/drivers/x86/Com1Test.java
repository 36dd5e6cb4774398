package dev.moka.drivers.x86;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class Com1Test extends MagicTestBase {
    @Test
    void initSetsUp115200EightNOneWithFifosAndNoInterrupts() {
        Com1.init();
        assertEquals(List.of(
                new FakeMachine.PortWrite(0x3F9, 0),
                new FakeMachine.PortWrite(0x3FB, 0x80),
                new FakeMachine.PortWrite(0x3F8, 1),
                new FakeMachine.PortWrite(0x3F9, 0),
                new FakeMachine.PortWrite(0x3FB, 0x03),
                new FakeMachine.PortWrite(0x3FA, 0xC7),
                new FakeMachine.PortWrite(0x3FC, 0x03)), machine.portWrites);
        assertEquals("", machine.serialText(), "the divisor is not transmitted");
    }

    @Test
    void waitsForTheTransmitterBeforeEachByte() {
        Com1.init();
        int afterInit = machine.statusReads; // init looks once for a byte typed before it
        machine.busyStatusReads = 3;
        Com1.write('o');
        assertEquals(afterInit + 4, machine.statusReads);
        Com1.write('k');
        assertEquals(afterInit + 5, machine.statusReads);
        assertEquals("ok", machine.serialText());
    }

    @Test
    void aByteTypedBeforeInitIsReadFirst() {
        machine.received.add((int) 'a');
        Com1.init();
        machine.received.add((int) 'b');
        assertEquals('a', Com1.read());
        assertEquals('b', Com1.read());
        assertEquals(-1, Com1.read());
    }

    /**
     * Hosted, one JVM boots kernel after kernel with the same classes: a byte one boot's init kept
     * but never read (a kernel without a console reader) must not reach the next boot's console.
     */
    @Test
    void aByteKeptByOneBootIsNotReadAfterTheNext() {
        machine.received.add(0x04);
        Com1.init();
        Com1.init();
        assertEquals(-1, Com1.read());
    }

    @Test
    void sendsBytesAsTheyAre() {
        Com1.init();
        for (char c : "a\nb\r".toCharArray()) {
            Com1.write(c);
        }
        Com1.write(0x1E9);
        assertEquals("a\nb\r\u00E9", machine.serialText());
    }
}
