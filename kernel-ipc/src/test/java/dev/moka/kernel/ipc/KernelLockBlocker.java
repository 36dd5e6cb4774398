package dev.moka.kernel.ipc;

import java.util.HashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * A {@link Blocker} for tests with real threads that models a one-CPU kernel: every call into a
 * scheme runs under one lock ({@link #call}), as a kernel runs with interrupts masked, and
 * {@link #sleep} gives the lock up while parked. A wake bumps the channel's generation, so a sleeper
 * wakes only for a wake that came after it parked. A sleep gives up after ten seconds, so a
 * scheme that never wakes its sleepers fails a test instead of hanging it.
 */
public final class KernelLockBlocker implements Blocker {
    private static final long GIVE_UP_MILLIS = 10_000;

    private final Object kernel = new Object();
    private final Map<WaitChannel, Long> generations = new HashMap<>();
    private int parked;

    /**
     * @param body a call into kernel code
     * @return its result, run under the kernel lock
     */
    public long call(LongSupplier body) {
        synchronized (kernel) {
            return body.getAsLong();
        }
    }

    /**
     * @param body a call into kernel code that gives an object
     * @param <T>  what it gives
     * @return its result, run under the kernel lock
     */
    public <T> T callFor(java.util.function.Supplier<T> body) {
        synchronized (kernel) {
            return body.get();
        }
    }

    @Override
    public boolean sleep(WaitChannel channel) {
        synchronized (kernel) {
            long generation = generations.getOrDefault(channel, 0L);
            long deadline = System.currentTimeMillis() + GIVE_UP_MILLIS;
            parked++;
            kernel.notifyAll();
            try {
                while (generations.getOrDefault(channel, 0L) == generation) {
                    long left = deadline - System.currentTimeMillis();
                    if (left <= 0) {
                        return false;
                    }
                    kernel.wait(left);
                }
                return true;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            } finally {
                parked--;
            }
        }
    }

    @Override
    public void wakeAll(WaitChannel channel) {
        synchronized (kernel) {
            generations.merge(channel, 1L, Long::sum);
            kernel.notifyAll();
        }
    }

    /**
     * Waits until {@code count} threads are parked in {@link #sleep}.
     *
     * @param count the number of sleepers to wait for
     * @throws InterruptedException if the test thread is interrupted
     */
    public void awaitParked(int count) throws InterruptedException {
        synchronized (kernel) {
            long deadline = System.currentTimeMillis() + GIVE_UP_MILLIS;
            while (parked < count) {
                long left = deadline - System.currentTimeMillis();
                if (left <= 0) {
                    throw new AssertionError("expected " + count + " parked, have " + parked);
                }
                kernel.wait(left);
            }
        }
    }
}
