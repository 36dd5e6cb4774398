package dev.moka.workloads;

import dev.moka.kernel.core.thread.ThreadBody;
import dev.moka.kernel.core.thread.ThreadSystem;
import dev.moka.kernel.core.thread.WaitQueue;

/**
 * A thread that recurses without bound, so that the machine's stack guard has to stop it: the run
 * ends with {@code panic: kernel stack overflow in thread runaway}, a stack trace, and failure
 * status. {@code main} waits meanwhile; if the recursion ever returned, the thread would wake it and
 * the workload would fail for want of the overflow.
 */
final class RunawayRecursion implements ThreadBody {
    /** The thread's name, which the panic line names. */
    static final String THREAD = "runaway";

    private final ThreadSystem threads;
    private final WaitQueue mainWaits = new WaitQueue();
    private long depth;

    private RunawayRecursion(ThreadSystem threads) {
        this.threads = threads;
    }

    /**
     * @param threads the thread layer, run by the calling thread as {@code main}
     * @return what went wrong; it returns only when the overflow was not caught
     */
    static String run(ThreadSystem threads) {
        RunawayRecursion body = new RunawayRecursion(threads);
        if (threads.spawn(THREAD, 0, 0, body) == null) {
            return "stack overflow: no memory for thread " + THREAD;
        }
        threads.block(body.mainWaits);
        return "stack overflow: thread " + THREAD + " returned from " + body.depth + " calls without overflowing";
    }

    @Override
    public boolean step() {
        depth = descend(1);
        threads.wakeOne(mainWaits);
        return false;
    }

    /** Never returns: each call needs another below it. The addition keeps the call from being a jump. */
    private static long descend(long level) {
        return descend(level + 1) + level;
    }
}
