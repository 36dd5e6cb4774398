package dev.moka.assembler.hosted;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The PS/2 controller and its keyboard, driven as ps2d drives them, with keys pressed on the host. */
class Ps2ControllerTest {
    private final KeyboardInput keys = new KeyboardInput();
    private final Ps2Keyboard keyboard = new Ps2Keyboard();
    private int interrupts;
    private final Ps2Controller controller = new Ps2Controller(keyboard, () -> interrupts++);

    Ps2ControllerTest() {
        keyboard.attachInput(keys);
    }

    private int status() {
        return controller.read(Ps2Controller.COMMAND, 1);
    }

    private int data() {
        return controller.read(Ps2Controller.DATA, 1);
    }

    /** What ps2d's drain loop takes: every byte while the status says one waits. */
    private List<Integer> drain() {
        List<Integer> bytes = new ArrayList<>();
        while ((status() & Ps2Controller.OUTPUT_FULL) != 0) {
            bytes.add(data());
        }
        return bytes;
    }

    private int readConfig() {
        controller.write(Ps2Controller.COMMAND, 1, Ps2Controller.READ_CONFIG);
        return data();
    }

    private void writeConfig(int config) {
        controller.write(Ps2Controller.COMMAND, 1, Ps2Controller.WRITE_CONFIG);
        controller.write(Ps2Controller.DATA, 1, config);
    }

    @Test
    void startsAsSeaBiosLeavesIt() {
        assertEquals(0x1C, status());
        assertEquals(0x61, readConfig());
        assertEquals(1, interrupts, "the answer arrived with the keyboard interrupt on, as on QEMU");
        assertEquals(0x1C, status());
        assertEquals(0x61, data(), "an empty buffer gives its last byte again");
    }

    @Test
    void keysPressedOnTheHostArriveAtTheTickInSet1OneInterruptPerByte() {
        keys.sendkey("shift-k");
        assertEquals(List.of(), drain(), "nothing before the machine's next tick");
        controller.tick();
        assertEquals(1, interrupts);
        assertEquals(List.of(0x2A, 0x25, 0xA5, 0xAA), drain());
        assertEquals(4, interrupts, "each byte after the first arrived as the one before was read");
        keys.sendkey("up");
        controller.tick();
        assertEquals(List.of(0xE0, 0x48, 0xE0, 0xC8), drain());
    }

    @Test
    void withoutTranslationTheKeyboardSendsSet2() {
        writeConfig(Ps2Controller.CONFIG_KEYBOARD_IRQ);
        keys.sendkey("a");
        keys.sendkey("ctrl_r");
        controller.tick();
        assertEquals(List.of(0x1C, 0xF0, 0x1C, 0xE0, 0x14, 0xE0, 0xF0, 0x14), drain());
    }

    @Test
    void theConfigurationGatesTheInterruptAndTheKeyboard() {
        writeConfig(Ps2Controller.CONFIG_TRANSLATE);
        keys.sendkey("a");
        controller.tick();
        assertEquals(0, interrupts, "keyboard interrupt off");
        controller.write(Ps2Controller.COMMAND, 1, 0xAD); // first port off
        assertEquals(List.of(0x1E), drain(), "what was in the buffer stays readable");
        assertEquals(List.of(), drain(), "the release waits in the keyboard");
        controller.write(Ps2Controller.COMMAND, 1, 0xAE);
        assertEquals(List.of(0x9E), drain());
        writeConfig(Ps2Controller.BOOT_CONFIG);
        keys.sendkey("b");
        controller.tick();
        assertEquals(1, interrupts);
    }

    @Test
    void controllerAndKeyboardCommandsAreAnsweredAsQemuAnswersThem() {
        controller.write(Ps2Controller.COMMAND, 1, 0xAA);
        assertEquals(List.of(0x55), drain());
        controller.write(Ps2Controller.COMMAND, 1, 0xAB);
        assertEquals(List.of(0x00), drain());
        for (int[] exchange : new int[][] {{0xF2, 0xFA, 0xAB, 0x41}, {0xFF, 0xFA, 0xAA}, {0xEE, 0xEE}, {0x01, 0xFE},
            {0xED, 0xFA}, {0x02, 0xFA}, {0xF5, 0xFA}, {0xF4, 0xFA}}) {
            controller.write(Ps2Controller.DATA, 1, exchange[0]);
            List<Integer> expected = new ArrayList<>();
            for (int i = 1; i < exchange.length; i++) {
                expected.add(exchange[i]);
            }
            assertEquals(expected, drain(), "keyboard command 0x" + Integer.toHexString(exchange[0]));
        }
        controller.write(Ps2Controller.COMMAND, 1, Ps2Controller.WRITE_AUX);
        controller.write(Ps2Controller.DATA, 1, 0xFF);
        assertEquals(List.of(), drain(), "nothing on the second port answers");
    }

    @Test
    void scanningOffDropsKeys() {
        controller.write(Ps2Controller.DATA, 1, 0xF5);
        drain();
        keys.sendkey("a");
        controller.tick();
        assertEquals(List.of(), drain());
    }

    @Test
    void unknownKeyNamesPressNothing() {
        assertThrows(IllegalArgumentException.class, () -> keys.sendkey("shift-nosuchkey"));
        controller.tick();
        assertEquals(List.of(), drain());
    }
}
