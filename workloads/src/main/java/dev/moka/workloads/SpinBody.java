package dev.moka.workloads;

import dev.moka.kernel.core.thread.ThreadBody;

/** A thread that only computes: each step mixes a counter a fixed number of rounds. */
final class SpinBody implements ThreadBody {
    /** Rounds per step: small enough that a simulated machine interleaves finely. */
    static final int ROUNDS = 256;

    private long state;
    private long steps;

    SpinBody(long seed) {
        this.state = seed;
    }

    @Override
    public boolean step() {
        long x = state;
        for (int i = 0; i < ROUNDS; i++) {
            x = x * 6364136223846793005L + 1442695040888963407L;
        }
        state = x;
        steps++;
        return true;
    }

    /** @return steps done */
    long steps() {
        return steps;
    }
}
