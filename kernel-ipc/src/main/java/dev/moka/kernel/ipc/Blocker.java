package dev.moka.kernel.ipc;

/**
 * How a scheme waits, supplied by the kernel's thread layer: xv6's sleep and wakeup. A scheme that
 * cannot go on (an empty pipe with a writer) calls {@link #sleep} in a loop around its condition; the
 * party that changes the condition calls {@link #wakeAll}:
 *
 * <pre>{@code
 * while (pipe.isEmpty() && pipe.hasWriters()) {
 *     if (!blocker.sleep(pipe.readable)) return -EINTR;
 * }
 * }</pre>
 *
 * <p>The loop is correct because a kernel runs scheme code with the rest of the kernel held off (one
 * CPU with interrupts masked, or one kernel lock): between testing the condition and sleeping
 * nothing can change it, and {@code sleep} gives that exclusion up while parked and takes it back
 * before it returns.
 */
public interface Blocker {
    /**
     * Parks the calling process until {@link #wakeAll} on the same channel, or until the wait is
     * abandoned (the process is being killed, or the implementation cannot wait at all).
     *
     * @param channel what to wait for
     * @return true when woken, and the caller tests its condition again; false when the wait was
     *         abandoned, and the caller gives up with {@code -EINTR}
     */
    boolean sleep(WaitChannel channel);

    /**
     * Makes every process parked on the channel runnable again. Cheap when nobody waits.
     *
     * @param channel what changed
     */
    void wakeAll(WaitChannel channel);

    /**
     * @return a blocker that never waits: every {@code sleep} returns false at once, so a call that
     *         would wait fails with {@code -EINTR}. For a kernel without threads yet, and for tests.
     */
    static Blocker refusing() {
        return RefusingBlocker.INSTANCE;
    }
}
