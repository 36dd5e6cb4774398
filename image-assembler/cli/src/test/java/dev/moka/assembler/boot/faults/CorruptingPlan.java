package dev.moka.assembler.boot.faults;

import dev.moka.kernel.api.heap.HeapPlan;
import dev.moka.kernel.api.magic.Magic;
import dev.moka.kernel.mm.heap.MarkSweepPlan;

/**
 * A deliberately wrong heap plan, compiled into test images: mark-sweep, except that once
 * {@link #collectionsBefore()} collections have run it corrupts one object in use, a list cell (32
 * bytes: two header words, a long and a reference, as the kernel's workloads make them). It remembers
 * the {@link #victim()}th cell allocated from then on and, at the first allocation after the next
 * one, flips a bit of the cell's value: the word that is not its link to the cell allocated before it.
 * A kernel whose checks read the cell must end the run with failure status.
 */
public class CorruptingPlan implements HeapPlan {
    private static final long CELL_BYTES = 32;

    // Compiled code must not bump past the plan: every cell has to pass through allocate to be counted.
    private final MarkSweepPlan collector = new MarkSweepPlan(false);
    private long cells;
    private long previous;
    private long victim;
    private long victimsPredecessor;
    private boolean done;

    /** @return collections that run before the plan starts counting cells */
    protected long collectionsBefore() {
        return 0;
    }

    /** @return which cell, counted from 1, is corrupted */
    protected long victim() {
        return 2000;
    }

    /** @return collections that must have run before the cell is corrupted */
    protected long corruptAfter() {
        return 1;
    }

    @Override
    public String name() {
        return "corrupting";
    }

    @Override
    public void init(long start, long end) {
        collector.init(start, end);
    }

    @Override
    public long allocate(long bytes) {
        long address = collector.allocate(bytes);
        if (done || address == 0) {
            return address;
        }
        if (victim != 0 && address != victim && collector.collections() >= corruptAfter()) {
            corrupt();
        }
        if (bytes == CELL_BYTES && victim == 0 && collector.collections() >= collectionsBefore()) {
            cells++;
            if (cells == victim()) {
                victim = address;
                victimsPredecessor = previous;
            }
            previous = address;
        }
        return address;
    }

    private void corrupt() {
        long first = Magic.load64(victim + 16);
        long second = Magic.load64(victim + 24);
        if (first == victimsPredecessor) {
            Magic.store64(victim + 24, second ^ 1);
            done = true;
        } else if (second == victimsPredecessor) {
            Magic.store64(victim + 16, first ^ 1);
            done = true;
        } else {
            victim = 0; // not a cell linked to its predecessor: take a later one
            cells = victim() - 1;
        }
    }

    @Override
    public long collections() {
        return collector.collections();
    }
}
