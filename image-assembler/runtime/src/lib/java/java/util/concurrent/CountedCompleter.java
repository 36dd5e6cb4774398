package java.util.concurrent;

/**
 * A fork/join task completed by a count of pending subtasks: when a task and the subtasks it waits for
 * are done, {@link #onCompletion} runs and its completer is told in turn. On Moka's one thread of
 * program code forking runs a subtask at once (see {@link ForkJoinTask}), so the completions happen in
 * the order the subtasks are forked, and the root has completed when its {@link #invoke} returns.
 *
 * @param <T> the result type
 */
public abstract class CountedCompleter<T> extends ForkJoinTask<T> {
    private final CountedCompleter<?> completer;
    private int pending;

    /** @param completer the task to tell when this one completes, or null @param initialPendingCount its count */
    protected CountedCompleter(CountedCompleter<?> completer, int initialPendingCount) {
        this.completer = completer;
        this.pending = initialPendingCount;
    }

    /** @param completer the task to tell when this one completes, or null */
    protected CountedCompleter(CountedCompleter<?> completer) {
        this(completer, 0);
    }

    /** A task without completer. */
    protected CountedCompleter() {
        this(null, 0);
    }

    /** The task's computation. */
    public abstract void compute();

    /** @param caller the task whose completion completed this one (this one, for a leaf) */
    public void onCompletion(CountedCompleter<?> caller) {
    }

    /** @return the task this one tells when it completes, or null */
    public final CountedCompleter<?> getCompleter() {
        return completer;
    }

    /** @return the number of subtasks still awaited */
    public final int getPendingCount() {
        return pending;
    }

    /** @param count the number of subtasks awaited */
    public final void setPendingCount(int count) {
        pending = count;
    }

    /** @param delta added to the number of subtasks awaited */
    public final void addToPendingCount(int delta) {
        pending += delta;
    }

    /** @param expected the count expected @param count the new count @return whether the count was expected and is set */
    public final boolean compareAndSetPendingCount(int expected, int count) {
        if (pending != expected) {
            return false;
        }
        pending = count;
        return true;
    }

    /** @return the count before decrementing it, unless it was already zero */
    public final int decrementPendingCountUnlessZero() {
        int c = pending;
        if (c != 0) {
            pending = c - 1;
        }
        return c;
    }

    /** @return the task at the top of this one's chain of completers */
    public final CountedCompleter<?> getRoot() {
        CountedCompleter<?> a = this;
        while (a.completer != null) {
            a = a.completer;
        }
        return a;
    }

    /**
     * With no subtask awaited, completes this task ({@link #onCompletion}) and tells its completer, and
     * so on up the chain; otherwise counts one awaited subtask as done.
     */
    public final void tryComplete() {
        CountedCompleter<?> a = this;
        CountedCompleter<?> s = a;
        while (true) {
            if (a.pending == 0) {
                a.onCompletion(s);
                s = a;
                a = a.completer;
                if (a == null) {
                    return;
                }
            } else {
                a.pending--;
                return;
            }
        }
    }

    /** As {@link #tryComplete}, without running {@link #onCompletion} along the chain. */
    public final void propagateCompletion() {
        CountedCompleter<?> a = this;
        while (true) {
            if (a.pending == 0) {
                a = a.completer;
                if (a == null) {
                    return;
                }
            } else {
                a.pending--;
                return;
            }
        }
    }

    /** @return null: a task's result, when it has one, is kept by the subclass */
    @Override
    public T getRawResult() {
        return null;
    }

    /** @param t ignored, as the JDK's class ignores it */
    @Override
    protected void setRawResult(T t) {
    }

    @Override
    protected final boolean exec() {
        compute();
        return false;
    }
}
