package java.util.concurrent;

/**
 * A task of the fork/join framework. Moka's images have one thread of program code, so a task runs
 * in the thread that forks or invokes it, at that moment, and an exception it throws propagates from
 * there; {@link #join} then returns the result it left. Decompositions written for the framework
 * (divide, fork one half, compute the other, join) compute the same results this way, one half after
 * the other.
 *
 * @param <V> the result type
 */
public abstract class ForkJoinTask<V> implements java.io.Serializable {
    private boolean done;

    /** For subclasses. */
    public ForkJoinTask() {
    }

    /** @return the result, or null when the task has none or has not completed */
    public abstract V getRawResult();

    /** @param value the result to hold */
    protected abstract void setRawResult(V value);

    /** @return whether the task completed normally; runs the task's computation */
    protected abstract boolean exec();

    /**
     * Runs the task now, in the calling thread (the only one).
     *
     * @return this task
     */
    public final ForkJoinTask<V> fork() {
        run();
        return this;
    }

    /** @return the result of the computation, run first if the task has not been run */
    public final V join() {
        run();
        return getRawResult();
    }

    /** @return the result of running the task now */
    public final V invoke() {
        return join();
    }

    /** @return whether the task has run */
    public final boolean isDone() {
        return done;
    }

    private void run() {
        if (!done) {
            done = true;
            exec();
        }
    }
}
