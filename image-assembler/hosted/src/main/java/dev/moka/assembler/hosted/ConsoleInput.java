package dev.moka.assembler.hosted;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * What someone types on the simulated machine's serial console: given bytes, or the bytes of a host
 * stream, then one {@value #END_OF_INPUT} (Ctrl-D) when they end, as {@code moka run} sends QEMU. A
 * daemon thread reads a stream, so the UART never blocks the simulated CPU; a byte is there for the
 * kernel once the thread has read it.
 */
public final class ConsoleInput {
    /** The byte a terminal sends at the end of input (Ctrl-D). */
    public static final int END_OF_INPUT = 0x04;

    private final ConcurrentLinkedQueue<Integer> typed = new ConcurrentLinkedQueue<>();

    private ConsoleInput() {
    }

    /**
     * Input typed all at once, before the machine starts: every byte is there from the first read,
     * so a run with it repeats exactly.
     *
     * @param typed what is typed
     * @return the console input, ending after {@code typed}
     */
    public static ConsoleInput typed(byte[] typed) {
        ConsoleInput console = new ConsoleInput();
        for (byte b : typed) {
            console.typed.add(b & 0xFF);
        }
        console.typed.add(END_OF_INPUT);
        return console;
    }

    /**
     * @param input what is typed, read to its end on a thread of its own; null for a console whose
     *              input has ended already
     * @return the console input
     */
    public static ConsoleInput of(InputStream input) {
        ConsoleInput console = new ConsoleInput();
        if (input == null) {
            console.typed.add(END_OF_INPUT);
            return console;
        }
        Thread reader = new Thread(() -> console.readAll(input), "moka-console-input");
        reader.setDaemon(true);
        reader.start();
        return console;
    }

    private void readAll(InputStream input) {
        try {
            int b;
            while ((b = input.read()) >= 0) {
                typed.add(b);
            }
        } catch (IOException e) {
            // A console whose input fails has ended: the kernel sees the end of input.
        }
        typed.add(END_OF_INPUT);
    }

    /** @return the next typed byte, or -1 when none has arrived yet */
    int poll() {
        Integer b = typed.poll();
        return b == null ? -1 : b;
    }

    /** @return whether a typed byte waits */
    boolean ready() {
        return !typed.isEmpty();
    }
}
