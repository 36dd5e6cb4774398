package java.util.concurrent;

/**
 * The fork/join framework's pool, as far as code that sizes its work by the pool asks about it. Moka's
 * images run program code on one thread, where tasks run when forked (see {@link ForkJoinTask}); the
 * pool has no threads to submit work to.
 */
public final class ForkJoinPool {
    private ForkJoinPool() {
    }

    /** @return 1: the one thread that runs program code */
    public static int getCommonPoolParallelism() {
        return 1;
    }
}
