package dev.moka.workloads;

import dev.moka.kernel.core.thread.ThreadBody;

/**
 * A thread that allocates: each step builds a list of cells that only its own stack refers to,
 * then walks it and checks that every value is still what it wrote. Other threads allocate and
 * collect meanwhile, preempting this one anywhere, so a collection that missed a suspended or
 * interrupted stack would free cells still in use and the check would see them overwritten.
 */
final class ChurnBody implements ThreadBody {
    /** Cells per step: about 6 KiB, so a few threads fill a small heap in a fraction of a second. */
    static final int CELLS = 200;

    /** A list cell. */
    private static final class Cell {
        final long value;
        final Cell next;

        Cell(long value, Cell next) {
            this.value = value;
            this.next = next;
        }
    }

    private long state;
    private long steps;
    private long corrupted;

    ChurnBody(long seed) {
        this.state = seed;
    }

    @Override
    public boolean step() {
        Cell list = null;
        long written = 0;
        long x = state;
        for (int i = 0; i < CELLS; i++) {
            x = x * 6364136223846793005L + 1442695040888963407L;
            list = new Cell(x, list);
            written ^= mix(x);
        }
        state = x;
        long read = 0;
        int count = 0;
        for (Cell c = list; c != null; c = c.next) {
            read ^= mix(c.value);
            count++;
        }
        if (read != written || count != CELLS) {
            corrupted++;
        }
        steps++;
        return true;
    }

    /** Spreads a value over all bits, so that equal xors of different lists are unlikely. */
    private static long mix(long v) {
        long h = v * 0x9E3779B97F4A7C15L;
        return h ^ (h >>> 29);
    }

    /** @return steps done */
    long steps() {
        return steps;
    }

    /** @return steps whose list did not read back as written */
    long corrupted() {
        return corrupted;
    }
}
