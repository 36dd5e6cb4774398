package dev.moka.workloads;

import dev.moka.kernel.api.boot.KernelContext;
import dev.moka.kernel.api.mm.FrameAllocator;
import dev.moka.kernel.core.thread.ThreadBody;
import dev.moka.kernel.core.thread.ThreadSystem;
import dev.moka.kernel.core.thread.WaitQueue;

/**
 * Creates many short-lived threads and checks that the kernel takes back what they used: each wave
 * of up to {@value #WAVE} threads runs a few steps, yielding between them, and ends; {@code main}
 * waits for the wave's last thread before it starts the next. Once all have ended, the allocator
 * must have at least as many free frames as before the first: a thread's stack, and the page tables
 * of its mapping, come back when it ends, and ids are reused, so the count is not bounded by a
 * fixed thread table either.
 *
 * <p>Prints {@code thread churn: <n> threads, <a> frames free before, <b> after}. Runs with the
 * timer stopped: threads switch only when they yield, block or end, so a wave cannot end before
 * {@code main} waits for it.
 */
final class ThreadChurn {
    /** Threads alive at once. */
    static final int WAVE = 20;
    /** Steps of each thread; it yields after each but the last. */
    static final int STEPS = 3;

    /** What the threads of one wave share: how many have not ended, and where {@code main} waits. */
    private static final class Wave {
        final ThreadSystem threads;
        final WaitQueue done = new WaitQueue();
        int running;

        Wave(ThreadSystem threads) {
            this.threads = threads;
        }
    }

    /** A thread that yields a few times, then ends; the last of its wave wakes {@code main}. */
    private static final class ShortLived implements ThreadBody {
        private final Wave wave;
        private int steps;

        ShortLived(Wave wave) {
            this.wave = wave;
        }

        @Override
        public boolean step() {
            steps++;
            if (steps < STEPS) {
                wave.threads.yieldNow();
                return true;
            }
            wave.running--;
            if (wave.running == 0) {
                wave.threads.wakeOne(wave.done);
            }
            return false;
        }
    }

    private ThreadChurn() {
    }

    /**
     * @param kernel  the running kernel: its frames are counted, the report goes to its log
     * @param threads the thread layer, run by the calling thread as {@code main}
     * @param count   how many threads to create in all
     * @return null when every frame came back, else what is missing
     */
    static String run(KernelContext kernel, ThreadSystem threads, int count) {
        FrameAllocator frames = kernel.frames();
        long before = frames.freeFrames();
        Wave wave = new Wave(threads);
        int created = 0;
        while (created < count) {
            int size = Math.min(WAVE, count - created);
            wave.running = size;
            for (int i = 0; i < size; i++) {
                if (threads.spawn("churn" + created, 0, 0, new ShortLived(wave)) == null) {
                    return "thread churn: no memory for thread " + created + " with "
                            + frames.freeFrames() + " frames free";
                }
                created++;
            }
            threads.block(wave.done);
        }
        long after = frames.freeFrames();
        kernel.println("thread churn: " + count + " threads, " + before + " frames free before, " + after + " after");
        if (after < before) {
            return "thread churn: " + (before - after) + " frames were not given back by ended threads";
        }
        return null;
    }
}
