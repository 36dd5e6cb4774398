package dev.moka.drivers.x86;

import dev.moka.kernel.api.arch.IrqLines;

/**
 * The 16 lines of the two 8259 controllers as drivers get them: every line but the timer's (0), the
 * cascade (2) and the two that spurious interrupts arrive on (7 and 15), which the kernel keeps. A
 * line fires into the attached sink masked, and stays masked until {@link #unmask}.
 */
final class X86IrqLines implements IrqLines {
    private static final int LINES = 16;
    private static final int CASCADE = 2;
    private static final int SPURIOUS_MASTER = 7;
    private static final int SPURIOUS_SLAVE = 15;

    private static Sink sink;

    @Override
    public int count() {
        return LINES;
    }

    @Override
    public boolean isGrantable(int line) {
        return line > 0 && line < LINES && line != CASCADE && line != SPURIOUS_MASTER
                && line != SPURIOUS_SLAVE && line != X86Interrupts.TIMER_IRQ;
    }

    @Override
    public void attach(Sink lines) {
        listen(lines);
    }

    /** The interrupt path reads the sink from a static field: it has no instance at hand. */
    private static void listen(Sink lines) {
        sink = lines;
    }

    @Override
    public void unmask(int line) {
        if (isGrantable(line)) {
            Pic8259.setEnabled(line, true);
        }
    }

    /**
     * From the interrupt path, acknowledged already: masks a grantable line and tells the sink.
     *
     * @param line the line that fired
     */
    static void fired(int line) {
        Sink listening = sink;
        if (listening != null && line > 0 && line < LINES && line != CASCADE) {
            Pic8259.setEnabled(line, false);
            listening.fired(line);
        }
    }
}
