package dev.moka.assembler.hosted;

import dev.moka.kernel.api.arch.IrqLines;

/**
 * The simulated machine's interrupt lines as drivers get them: sixteen, numbered and reserved as on
 * a PC (the timer's line 0, the cascade 2 and the spurious lines 7 and 15 stay the kernel's). No
 * simulated device is wired to a grantable line, so none fires: {@code irq:} opens, grants and
 * refuses exactly as natively, and its counters stay at zero.
 */
final class HostedIrqLines implements IrqLines {
    private static final int LINES = 16;
    private static final int CASCADE = 2;
    private static final int SPURIOUS_MASTER = 7;
    private static final int SPURIOUS_SLAVE = 15;

    private Sink sink;
    private int unmasked;

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

    /** @return whether a sink listens, for tests */
    boolean isAttached() {
        return sink != null;
    }

    /** @param line a line @return whether a driver unmasked it since it last fired */
    boolean isUnmasked(int line) {
        return (unmasked & (1 << line)) != 0;
    }
}
