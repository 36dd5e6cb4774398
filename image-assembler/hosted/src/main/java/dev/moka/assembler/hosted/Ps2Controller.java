package dev.moka.assembler.hosted;

import java.util.ArrayDeque;

/**
 * The PC's PS/2 controller (an 8042 as QEMU has it) with a keyboard on its first port and nothing
 * on the second: data at {@value #DATA}, status and commands at {@value #COMMAND}.
 *
 * <p>One output buffer holds the byte software reads next: the controller's own answers first, then
 * the keyboard's bytes, one at a time as each is read (a read of an empty buffer gives the last byte
 * again). The status byte is {@code 0x1C} (unlocked, last write a command, self-test passed, as
 * SeaBIOS leaves it) with bit 0 while a byte waits. The configuration byte starts as SeaBIOS leaves it,
 * {@code 0x61}: keyboard interrupt on, second port off, translation to set 1 on. While its bit 0 is
 * set, each byte arriving in the output buffer raises interrupt line 1 once.
 *
 * <p>Commands: {@code 0x20} (read the configuration), {@code 0x60} (write it with the next data
 * byte), {@code 0xA7}/{@code 0xA8} and {@code 0xAD}/{@code 0xAE} (second and first port off and on),
 * {@code 0xAA} (self-test: {@code 0x55}), {@code 0xAB} (first port test: {@code 0x00}) and
 * {@code 0xD4} (the next data byte to the second port, where nothing takes it); others are ignored.
 * A data byte written without a command goes to the keyboard.
 */
final class Ps2Controller implements PortDevice {
    static final int DATA = 0x60;
    static final int COMMAND = 0x64;
    static final int OUTPUT_FULL = 0x01;
    /** Status: unlocked (0x10), last write a command (0x08), self-test passed (0x04). */
    static final int STATUS_IDLE = 0x1C;
    static final int CONFIG_KEYBOARD_IRQ = 0x01;
    static final int CONFIG_KEYBOARD_OFF = 0x10;
    static final int CONFIG_AUX_OFF = 0x20;
    static final int CONFIG_TRANSLATE = 0x40;
    static final int BOOT_CONFIG = CONFIG_TRANSLATE | CONFIG_AUX_OFF | CONFIG_KEYBOARD_IRQ;
    static final int READ_CONFIG = 0x20;
    static final int WRITE_CONFIG = 0x60;
    static final int WRITE_AUX = 0xD4;

    private final Ps2Keyboard keyboard;
    private final Runnable raiseIrq1;
    private final ArrayDeque<Integer> answers = new ArrayDeque<>();
    private int config = BOOT_CONFIG;
    private int output;
    private boolean full;
    /** The command whose data byte comes next, or 0. */
    private int awaitingData;
    /** Whether the interrupt request is up: a byte waits and interrupts are on. */
    private boolean irqLevel;

    /**
     * @param keyboard  the keyboard on the first port
     * @param raiseIrq1 raises interrupt line 1 at the machine's interrupt controller
     */
    Ps2Controller(Ps2Keyboard keyboard, Runnable raiseIrq1) {
        this.keyboard = keyboard;
        this.raiseIrq1 = raiseIrq1;
        keyboard.setTranslation(true);
    }

    @Override
    public boolean claims(int port) {
        return port == DATA || port == COMMAND;
    }

    @Override
    public int read(int port, int width) {
        if (port == COMMAND) {
            return STATUS_IDLE | (full ? OUTPUT_FULL : 0);
        }
        int value = output;
        full = false;
        irqLevel = false; // the request drops with the buffer, so the next byte is a new edge
        update();
        return value;
    }

    @Override
    public void write(int port, int width, int value) {
        int b = value & 0xFF;
        if (port == COMMAND) {
            command(b);
        } else if (awaitingData == WRITE_CONFIG) {
            awaitingData = 0;
            setConfig(b);
        } else if (awaitingData == WRITE_AUX) {
            awaitingData = 0; // no device on the second port
        } else {
            keyboard.command(b);
        }
        update();
    }

    /** Time passed: the keyboard takes in what was pressed meanwhile, and the buffer fills. */
    void tick() {
        keyboard.takeInput();
        update();
    }

    private void command(int b) {
        awaitingData = 0;
        switch (b) {
            case READ_CONFIG -> answers.add(config);
            case WRITE_CONFIG, WRITE_AUX -> awaitingData = b;
            case 0xA7 -> setConfig(config | CONFIG_AUX_OFF);
            case 0xA8 -> setConfig(config & ~CONFIG_AUX_OFF);
            case 0xAA -> answers.add(0x55);
            case 0xAB -> answers.add(0x00);
            case 0xAD -> setConfig(config | CONFIG_KEYBOARD_OFF);
            case 0xAE -> setConfig(config & ~CONFIG_KEYBOARD_OFF);
            default -> {
                // not simulated
            }
        }
    }

    private void setConfig(int b) {
        config = b;
        keyboard.setTranslation((b & CONFIG_TRANSLATE) != 0);
    }

    /** Refills an empty output buffer and raises line 1 when a byte arrived with interrupts on. */
    private void update() {
        if (!full) {
            if (!answers.isEmpty()) {
                load(answers.remove());
            } else if ((config & CONFIG_KEYBOARD_OFF) == 0 && keyboard.hasByte()) {
                load(keyboard.takeByte());
            }
        }
        boolean level = full && (config & CONFIG_KEYBOARD_IRQ) != 0;
        if (level && !irqLevel) {
            raiseIrq1.run();
        }
        irqLevel = level;
    }

    private void load(int b) {
        output = b;
        full = true;
    }
}
