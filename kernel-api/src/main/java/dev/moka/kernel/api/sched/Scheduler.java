package dev.moka.kernel.api.sched;

/**
 * Scheduling policy SPI. The kernel owns the mechanism (threads, stacks, context switches, the
 * timer); a {@code Scheduler} only decides who runs next.
 *
 * <p>The kernel tells the policy which tasks are runnable ({@link #enqueue}/{@link #dequeue}), asks
 * it to choose ({@link #pickNext}), and reports time ({@link #tick}) and voluntary yields. The task
 * that is running stays in the runnable set; it leaves only when it blocks or exits.
 *
 * <p>Implementations are found through {@code provides dev.moka.kernel.api.sched.Scheduler} and
 * chosen by {@link #name()} in the image config ({@code [kernel] scheduler}). They are plain Java:
 * no magic, no allocation needed on {@link #tick}, testable on the JVM.
 */
public interface Scheduler {
    /** @return the short provider name the image config uses, such as {@code round-robin} */
    String name();

    /**
     * Adds a task to the runnable set (a new task, or one that was woken).
     *
     * @param task a task not currently runnable
     */
    void enqueue(Task task);

    /**
     * Removes a task from the runnable set (it blocked or exited).
     *
     * @param task a runnable task
     */
    void dequeue(Task task);

    /** @return the runnable task that should run now, or null when none is runnable */
    Task pickNext();

    /**
     * Charges one timer tick to the running task.
     *
     * @param running the task that was running when the tick arrived
     * @return true when the kernel should preempt it and call {@link #pickNext()}
     */
    boolean tick(Task running);

    /**
     * The running task gives up the rest of its time slice; it stays runnable.
     *
     * @param running the running task
     */
    void yield(Task running);
}
