package java.util.concurrent;

/**
 * A fork/join task that computes a result.
 *
 * @param <V> the result type
 */
public abstract class RecursiveTask<V> extends ForkJoinTask<V> {
    private V result;

    /** For subclasses. */
    public RecursiveTask() {
    }

    /** @return the result of the task's computation */
    protected abstract V compute();

    @Override
    public final V getRawResult() {
        return result;
    }

    @Override
    protected final void setRawResult(V value) {
        result = value;
    }

    @Override
    protected final boolean exec() {
        result = compute();
        return true;
    }
}
