package dev.moka.userland.drivers;

import dev.moka.kernel.api.syscall.EventRecord;
import dev.moka.kernel.api.syscall.OpenFlags;
import dev.moka.relibc.Fcntl;
import dev.moka.relibc.Unistd;
import dev.moka.relibc.io.EventQueue;
import dev.moka.relibc.io.Ports;
import dev.moka.scheme.SchemeServer;
import dev.moka.scheme.SocketChannel;
import dev.moka.userland.Console;

/**
 * {@code ps2d}: the PS/2 keyboard. It takes ports 0x60 and 0x64 and {@code irq:1}, serves key
 * events as {@code input:} and types the characters into the console ({@code consolein:}), waiting
 * on its scheme socket and the interrupt at once through {@code event:}. At start it empties the
 * controller's output buffer and switches keyboard interrupts and translation to set 1 on, so a
 * restarted ps2d begins from a clean controller; the kernel's interrupt count tells it of firings
 * its predecessor left unacknowledged, and acknowledging them unmasks the line.
 */
public final class Ps2Daemon {
    private static final int DATA = 0x60;
    private static final int STATUS = 0x64;
    private static final int OUTPUT_FULL = 0x01;
    private static final int FROM_AUX = 0x20;
    private static final int READ_CONFIG = 0x20;
    private static final int WRITE_CONFIG = 0x60;
    private static final int CONFIG_KEYBOARD_IRQ = 0x01;
    private static final int CONFIG_TRANSLATE = 0x40;
    private static final int EXTENDED = 0xE0;
    private static final int RELEASE = 0x80;
    private static final long SOCKET = 0;
    private static final long IRQ = 1;

    private final InputScheme input = new InputScheme();
    private final byte[] one = new byte[1];
    private final int console;
    private boolean shift;
    private boolean ctrl;
    private boolean extended;

    private Ps2Daemon(int console) {
        this.console = console;
    }

    /** @param args ignored */
    public static void main(String[] args) {
        PortGrant.orExit("ps2d", DATA, 1);
        PortGrant.orExit("ps2d", STATUS, 1);
        int irq = Fcntl.open("irq:1", OpenFlags.O_RDWR | OpenFlags.O_CLOEXEC);
        if (irq < 0) {
            fail("irq:1");
        }
        int console = Fcntl.open("consolein:", OpenFlags.O_WRONLY | OpenFlags.O_CLOEXEC);
        if (console < 0) {
            fail("consolein:");
        }
        configure();
        Ps2Daemon daemon = new Ps2Daemon(console);
        SocketChannel socket = SocketChannel.register("input");
        if (socket == null) {
            fail(":input");
            return;
        }
        EventQueue events = EventQueue.open(4);
        if (events == null || events.subscribe(socket.fd(), EventRecord.EVENT_READ, SOCKET) < 0
                || events.subscribe(irq, EventRecord.EVENT_READ, IRQ) < 0) {
            fail("event:");
            return;
        }
        daemon.serve(new SchemeServer(daemon.input, socket), events, irq);
    }

    private void serve(SchemeServer server, EventQueue events, int irq) {
        byte[] count = new byte[8];
        for (;;) {
            int n = events.await();
            if (n < 0) {
                fail("event: read");
            }
            for (int i = 0; i < n; i++) {
                if (events.data(i) == SOCKET) {
                    if (server.serveOne() < 0) {
                        fail("input socket");
                    }
                } else if (Unistd.read(irq, count, 0, 8) == 8) {
                    drain();
                    Unistd.write(irq, count, 0, 8); // acknowledged: the line may fire again
                }
            }
        }
    }

    /** Takes every byte the controller holds. */
    private void drain() {
        int status;
        while (((status = Ports.inb(STATUS)) & OUTPUT_FULL) != 0) {
            int b = Ports.inb(DATA);
            if ((status & FROM_AUX) == 0) {
                scancode(b);
            }
        }
    }

    private void scancode(int b) {
        if (b == EXTENDED) {
            extended = true;
            return;
        }
        boolean pressed = (b & RELEASE) == 0;
        int code = b & ~RELEASE;
        boolean wasExtended = extended;
        extended = false;
        if (!wasExtended && (code == KeyMap.LEFT_SHIFT || code == KeyMap.RIGHT_SHIFT)) {
            shift = pressed;
        } else if (code == KeyMap.CTRL) {
            ctrl = pressed;
        }
        int character = wasExtended ? 0 : KeyMap.character(code, shift, ctrl);
        input.publish(code, wasExtended, pressed, character);
        if (pressed && character != 0) {
            one[0] = (byte) character;
            Unistd.write(console, one, 0, 1);
        }
    }

    /** Empties the output buffer and turns keyboard interrupts and set-1 translation on. */
    private static void configure() {
        while ((Ports.inb(STATUS) & OUTPUT_FULL) != 0) {
            Ports.inb(DATA);
        }
        Ports.outb(STATUS, READ_CONFIG);
        int config = waitData();
        Ports.outb(STATUS, WRITE_CONFIG);
        waitInputEmpty();
        Ports.outb(DATA, config | CONFIG_KEYBOARD_IRQ | CONFIG_TRANSLATE);
    }

    private static int waitData() {
        for (int i = 0; i < 100_000; i++) {
            if ((Ports.inb(STATUS) & OUTPUT_FULL) != 0) {
                return Ports.inb(DATA);
            }
        }
        return 0;
    }

    private static void waitInputEmpty() {
        for (int i = 0; i < 100_000 && (Ports.inb(STATUS) & 0x02) != 0; i++) {
            // the controller takes the command byte when its input buffer is empty
        }
    }

    private static void fail(String what) {
        Console.error("ps2d", what + ": " + Console.errno());
        System.exit(1);
    }
}
