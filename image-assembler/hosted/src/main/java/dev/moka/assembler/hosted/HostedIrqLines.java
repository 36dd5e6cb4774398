package dev.moka.assembler.hosted;

import dev.moka.kernel.api.arch.IrqLines;

/**
 * The simulated machine's interrupt lines as drivers get them: sixteen, numbered and reserved as on
 * a PC (the timer's line 0, the cascade 2 and the spurious lines 7 and 15 stay the kernel's), with an
 * interrupt controller's request latch: a device {@link #raise raises} a line, the request waits
 * while the line is masked, and {@link #deliver}, at the machine's next interrupt, hands each request
 * on an unmasked line to the kernel's sink, masking the line, as the PIC and the x86 arch pack's
 * interrupt path do. Lines start masked; the kernel unmasks one when a driver is ready for it.
 */
final class HostedIrqLines implements IrqLines {
    private static final int LINES = 16;
    private static final int CASCADE = 2;
    private static final int SPURIOUS_MASTER = 7;
    private static final int SPURIOUS_SLAVE = 15;

    private Sink sink;
    private int unmasked;
    private int requested;

    @Override
    public int count() {
        return LINES;
    }

    @Override
    public boolean isGrantable(int line) {
        return line > 0 && line < LINES && line != CASCADE && line != SPURIOUS_MASTER && line != SPURIOUS_SLAVE;
    }

    @Override
    public void attach(Sink lines) {
        sink = lines;
    }

    @Override
    public void unmask(int line) {
        if (isGrantable(line)) {
            unmasked |= 1 << line;
        }
    }

    /**
     * A device's request (an edge): it is latched until delivered, however long the line stays masked.
     *
     * @param line the device's line
     */
    void raise(int line) {
        if (isGrantable(line)) {
            requested |= 1 << line;
        }
    }

    /**
     * The machine takes interrupts: every request on an unmasked line goes to the sink, lowest line
     * first, and its line is masked until the kernel unmasks it. Called where the CPU accepts
     * interrupts, with the kernel's interrupts held off, as the interrupt path runs.
     */
    void deliver() {
        int due = requested & unmasked;
        if (sink == null || due == 0) {
            return;
        }
        for (int line = 0; line < LINES; line++) {
            int bit = 1 << line;
            if ((due & bit) != 0) {
                requested &= ~bit;
                unmasked &= ~bit;
                sink.fired(line);
            }
        }
    }

    /** @return whether a sink listens, for tests */
    boolean isAttached() {
        return sink != null;
    }

    /** @param line a line @return whether a driver unmasked it since it last fired */
    boolean isUnmasked(int line) {
        return (unmasked & (1 << line)) != 0;
    }

    /** @param line a line @return whether a request on it waits to be delivered */
    boolean isRequested(int line) {
        return (requested & (1 << line)) != 0;
    }
}
