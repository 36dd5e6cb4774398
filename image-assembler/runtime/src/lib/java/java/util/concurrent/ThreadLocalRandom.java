package java.util.concurrent;

import java.util.Random;

/**
 * The random number generator of the current thread. Moka's images run program code on one thread, so
 * there is one, seeded from the clock as a new {@code Random} is: its sequence differs from run to run,
 * as the JDK's does. Like the JDK's, its seed cannot be set.
 */
public final class ThreadLocalRandom extends Random {
    private static final ThreadLocalRandom INSTANCE = new ThreadLocalRandom();

    private boolean initialized;

    private ThreadLocalRandom() {
        initialized = true;
    }

    /** @return the current thread's generator */
    public static ThreadLocalRandom current() {
        return INSTANCE;
    }

    /**
     * @param seed ignored
     * @throws UnsupportedOperationException always, once constructed, as the JDK's does
     */
    @Override
    public void setSeed(long seed) {
        if (initialized) {
            throw new UnsupportedOperationException();
        }
        super.setSeed(seed);
    }
}
