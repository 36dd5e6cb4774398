package java.util.concurrent;

/**
 * A task of the fork/join framework. Moka's images have one thread of program code, so a task runs
 * in the thread that forks or invokes it, at that moment; its result, or the exception it threw, is
 * kept for {@link #join}, as the fork/join framework reports them.
 *
 * @param <V> the result type
 */
public abstract class ForkJoinTask<V> implements java.io.Serializable {
    private boolean done;
    private Throwable thrown;

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
     * Runs the task now, in the calling thread (the only one): its outcome waits for {@link #join}.
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
        if (thrown instanceof RuntimeException r) {
            throw r;
        }
        if (thrown instanceof Error e) {
            throw e;
        }
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
        if (done) {
            return;
        }
        done = true;
        try {
            exec();
        } catch (RuntimeException | Error e) {
            thrown = e;
        }
    }
}
