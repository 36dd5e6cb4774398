package dev.moka.workloads;

import dev.moka.kernel.api.arch.ArchPack;
import dev.moka.kernel.api.boot.KernelContext;
import dev.moka.kernel.core.sync.Monitors;
import dev.moka.kernel.core.thread.KernelThread;
import dev.moka.kernel.core.thread.ThreadBody;
import dev.moka.kernel.core.thread.ThreadSystem;

/**
 * The monitor stress test: the workload's threads increment one shared counter inside
 * {@code synchronized}, each reading the counter, working a while, then writing it back, while the
 * timer preempts them anywhere. Each thread also counts its own increments. If the monitor did not
 * exclude, a thread preempted between its read and its write would have its update overwritten, and
 * the counter would end below the sum of the threads' own counts.
 *
 * <p>Report line: {@code monitor stress: <got> of <expected> increments, <k> contended}, where k is
 * the number of enters that found the monitor held by another thread (always 0 hosted, where the
 * JVM's monitors run and a thread is never preempted inside a step). Then the cost of an uncontended
 * enter and exit: {@code monitor cost: <n> cycles (mean uncontended enter and exit)}.
 */
final class MonitorStress {
    /** Pairs of enter and exit the cost figure averages. */
    static final int COST_ROUNDS = 1000;

    /** The counter the threads share; its own monitor guards it. */
    private static final class Counter {
        long value;
        boolean stopRequested;
    }

    /** A thread of the test: a step is {@link #INCREMENTS} increments under the counter's monitor. */
    private static final class Incrementer implements ThreadBody {
        static final int INCREMENTS = 32;
        /** Rounds of work between the read and the write, so that preemption often lands in between. */
        static final int WINDOW = 48;

        private final Counter counter;
        private long done;
        private long scratch;

        Incrementer(Counter counter, long seed) {
            this.counter = counter;
            this.scratch = seed;
        }

        @Override
        public boolean step() {
            if (counter.stopRequested) {
                return false;
            }
            for (int i = 0; i < INCREMENTS; i++) {
                synchronized (counter) {
                    long value = counter.value;
                    long x = scratch;
                    for (int r = 0; r < WINDOW; r++) {
                        x = x * 6364136223846793005L + 1442695040888963407L;
                    }
                    scratch = x;
                    counter.value = value + 1;
                }
                done++;
            }
            return true;
        }
    }

    private final Counter counter = new Counter();
    private final Incrementer[] bodies;

    /** @param threads how many threads will take part */
    MonitorStress(int threads) {
        bodies = new Incrementer[threads];
        for (int i = 0; i < threads; i++) {
            bodies[i] = new Incrementer(counter, i + 1);
        }
    }

    /** @param thread 0 for the first thread @return its body */
    ThreadBody body(int thread) {
        return bodies[thread];
    }

    /**
     * Asks the threads to stop after their current step and waits until they have, so that every
     * increment a thread counted is finished (a thread stopped from outside could be caught between
     * its write and its count). The timer must still run.
     *
     * @param threads  the thread layer, called from the thread {@code main}
     * @param workers  the test's threads
     * @param maxTicks how long to wait at most
     * @return null when all ended, else which did not
     */
    String finish(ThreadSystem threads, KernelThread[] workers, long maxTicks) {
        synchronized (counter) {
            counter.stopRequested = true;
        }
        for (long waited = 0; waited < maxTicks; waited++) {
            if (allExited(workers)) {
                return null;
            }
            threads.sleep(1);
        }
        if (allExited(workers)) {
            return null;
        }
        StringBuilder running = new StringBuilder("monitor stress: threads still running after " + maxTicks + " ticks:");
        for (KernelThread worker : workers) {
            if (worker.state() != KernelThread.EXITED) {
                running.append(' ').append(worker.name());
            }
        }
        return running.toString();
    }

    /**
     * Prints the result and the cost figure.
     *
     * @param kernel the running kernel
     * @return null when no increment was lost, else how many were
     */
    String report(KernelContext kernel) {
        long expected = 0;
        for (Incrementer body : bodies) {
            expected += body.done;
        }
        long got;
        synchronized (counter) {
            got = counter.value;
        }
        kernel.println("monitor stress: " + got + " of " + expected + " increments, " + Monitors.contendedEnters()
                + " contended");
        kernel.println("monitor cost: " + uncontendedCycles(kernel.arch()) + " cycles (mean uncontended enter and exit)");
        return got == expected ? null : "monitor stress: " + (expected - got) + " increments lost, the monitor did not exclude";
    }

    /**
     * Times {@link #COST_ROUNDS} empty loop rounds and as many with an enter and exit of a monitor
     * nobody else uses; the difference per round is the cost of the pair. Under QEMU's
     * {@code -icount shift=0} the counter counts guest instructions.
     */
    static long uncontendedCycles(ArchPack arch) {
        Object lock = new Object();
        long sink = 0;
        long start = arch.cycles();
        for (int i = 0; i < COST_ROUNDS; i++) {
            sink += i;
        }
        long middle = arch.cycles();
        for (int i = 0; i < COST_ROUNDS; i++) {
            synchronized (lock) {
                sink += i;
            }
        }
        long end = arch.cycles();
        long cost = ((end - middle) - (middle - start)) / COST_ROUNDS;
        return sink == 42 ? -1 : Math.max(0, cost);
    }

    private static boolean allExited(KernelThread[] workers) {
        for (KernelThread worker : workers) {
            if (worker.state() != KernelThread.EXITED) {
                return false;
            }
        }
        return true;
    }
}
