package dev.moka.assembler.boot.faults;

/**
 * {@link CorruptingPlan} that leaves the collector's stress test on a 4 MiB heap alone (it collects
 * 11 times) and corrupts a cell of one of the workload's allocating threads.
 */
public final class LateCorruptingPlan extends CorruptingPlan {
    @Override
    protected long collectionsBefore() {
        return 12;
    }

    @Override
    protected long victim() {
        return 1000;
    }

    @Override
    protected long corruptAfter() {
        return 12;
    }
}
