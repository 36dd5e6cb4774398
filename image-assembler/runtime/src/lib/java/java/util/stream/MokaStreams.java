package java.util.stream;

import java.util.concurrent.ForkJoinPool;

/**
 * Not JDK API: Moka's replacements for methods of the JDK's stream implementation (whose bytecode Moka
 * compiles) that ask the VM about threads. The compiler puts a call to each in place of the JDK
 * method's body ({@code front.JdkSubstitutions}).
 */
final class MokaStreams {
    private MokaStreams() {
    }

    /**
     * For {@code AbstractTask.getLeafTarget()}: how many leaf tasks a parallel stream splits into. The
     * JDK asks whether the current thread is a pool worker; on Moka it never is.
     *
     * @return four per thread of the common pool, as the JDK's outside the pool
     */
    static int leafTarget() {
        return ForkJoinPool.getCommonPoolParallelism() << 2;
    }
}
