package dev.moka.assembler.hosted;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Keys someone presses on the simulated PC's PS/2 keyboard, from any host thread while the machine
 * runs. The keyboard takes them in at the machine's next timer tick, as scancodes ({@link Ps2Key}).
 */
public final class KeyboardInput {
    /** A key going down or up. */
    record KeyEvent(Ps2Key key, boolean pressed) {
    }

    private final ConcurrentLinkedQueue<KeyEvent> events = new ConcurrentLinkedQueue<>();

    /** A keyboard nobody has pressed a key on yet. */
    public KeyboardInput() {
    }

    /**
     * Presses keys together and lets them go, as QEMU's monitor command {@code sendkey} does:
     * {@code "shift-k"} presses Shift, then K, then releases K, then Shift.
     *
     * @param keys key names joined by {@code -}: letters and digits, {@code spc}, {@code ret},
     *             {@code shift}, {@code ctrl}, {@code minus}, {@code up} and the rest of
     *             {@code sendkey}'s names for the main keys, arrows and F1 to F10
     * @throws IllegalArgumentException when a name is no key's; nothing is pressed then
     */
    public void sendkey(String keys) {
        List<Ps2Key> held = new ArrayList<>();
        for (String name : keys.split("-", -1)) {
            held.add(Ps2Key.named(name));
        }
        List<KeyEvent> stroke = new ArrayList<>();
        for (Ps2Key key : held) {
            stroke.add(new KeyEvent(key, true));
        }
        for (int i = held.size() - 1; i >= 0; i--) {
            stroke.add(new KeyEvent(held.get(i), false));
        }
        events.addAll(stroke);
    }

    /** @return the next key event, or null when none waits */
    KeyEvent poll() {
        return events.poll();
    }
}
