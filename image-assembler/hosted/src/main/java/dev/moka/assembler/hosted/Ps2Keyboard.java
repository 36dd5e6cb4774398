package dev.moka.assembler.hosted;

import java.util.ArrayDeque;

/**
 * The keyboard on the PS/2 controller's first port: it turns the keys pressed on the host
 * ({@link KeyboardInput}) into scancodes, set 1 when the controller translates and set 2 otherwise,
 * and answers the commands a driver sends it. Its bytes wait in order until the controller takes
 * them.
 *
 * <p>Commands: {@code 0xFF} (reset: acknowledged, then {@code 0xAA}, self-test passed), {@code 0xF4}
 * and {@code 0xF5} (scanning on and off), {@code 0xF6} (defaults), {@code 0xF2} (identify:
 * {@code 0xAB} and {@code 0x41} when translated, {@code 0x83} otherwise), {@code 0xEE} (echo), and
 * {@code 0xED}, {@code 0xF0}, {@code 0xF3} (LEDs, scancode set, repeat rate), whose parameter byte
 * is acknowledged and changes nothing. Each is acknowledged with {@code 0xFA}; anything else is
 * answered {@code 0xFE} (resend), as QEMU's keyboard answers it.
 */
final class Ps2Keyboard {
    static final int ACK = 0xFA;
    static final int RESEND = 0xFE;
    static final int SELF_TEST_PASSED = 0xAA;
    static final int ECHO = 0xEE;

    private KeyboardInput input = new KeyboardInput();
    private final ArrayDeque<Integer> bytes = new ArrayDeque<>();
    private boolean translate;
    private boolean scanning = true;
    /** The command whose parameter byte comes next, or 0. */
    private int awaitingParameter;

    /** @param keys the keys pressed on the host from now on */
    void attachInput(KeyboardInput keys) {
        input = keys;
    }

    /** @param on whether the controller translates to set 1 from now on */
    void setTranslation(boolean on) {
        translate = on;
    }

    /** Takes in the keys pressed on the host since the last look, unless scanning is off. */
    void takeInput() {
        for (KeyboardInput.KeyEvent event = input.poll(); event != null; event = input.poll()) {
            if (scanning) {
                for (int b : event.key().bytes(event.pressed(), translate)) {
                    bytes.add(b);
                }
            }
        }
    }

    /** @return whether a byte waits for the controller */
    boolean hasByte() {
        return !bytes.isEmpty();
    }

    /** @return the next byte; call only when {@link #hasByte} */
    int takeByte() {
        return bytes.remove();
    }

    /** @param b a byte the controller passes on from its data port */
    void command(int b) {
        if (awaitingParameter != 0) {
            awaitingParameter = 0;
            bytes.add(ACK);
            return;
        }
        switch (b) {
            case 0xED, 0xF0, 0xF3 -> {
                awaitingParameter = b;
                bytes.add(ACK);
            }
            case ECHO -> bytes.add(ECHO);
            case 0xF2 -> {
                bytes.add(ACK);
                bytes.add(0xAB);
                bytes.add(translate ? 0x41 : 0x83);
            }
            case 0xF4 -> {
                scanning = true;
                bytes.add(ACK);
            }
            case 0xF5 -> {
                scanning = false;
                bytes.add(ACK);
            }
            case 0xF6 -> bytes.add(ACK);
            case 0xFF -> {
                bytes.clear();
                scanning = true;
                bytes.add(ACK);
                bytes.add(SELF_TEST_PASSED);
            }
            default -> bytes.add(RESEND);
        }
    }
}
