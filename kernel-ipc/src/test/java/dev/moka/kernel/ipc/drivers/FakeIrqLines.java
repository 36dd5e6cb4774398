package dev.moka.kernel.ipc.drivers;

import dev.moka.kernel.api.arch.IrqLines;

/** Four lines, 0 the kernel's: records which lines are unmasked, and fires them on request. */
final class FakeIrqLines implements IrqLines {
    final boolean[] unmasked = new boolean[4];
    private Sink sink;

    @Override
    public int count() {
        return unmasked.length;
    }

    @Override
    public boolean isGrantable(int line) {
        return line > 0 && line < unmasked.length;
    }

    @Override
    public void attach(Sink lines) {
        sink = lines;
    }

    @Override
    public void unmask(int line) {
        unmasked[line] = true;
    }

    /** As the interrupt path does: masks the line, then tells the sink. */
    void fire(int line) {
        unmasked[line] = false;
        sink.fired(line);
    }
}
