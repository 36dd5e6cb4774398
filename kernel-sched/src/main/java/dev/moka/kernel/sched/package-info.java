/**
 * Scheduling policies and the run-queue machinery they share.
 *
 * <p>Each policy keeps its per-task bookkeeping in a {@link dev.moka.kernel.sched.RunQueueEntry}
 * stored in {@link dev.moka.kernel.api.sched.Task#policyState()}, so queue operations allocate only
 * when a task is first seen and never on {@code tick}.
 *
 * <p>Invariants every policy here keeps:
 * <ul>
 *   <li>a task is in at most one run queue of one scheduler, and only while it is runnable;</li>
 *   <li>the running task stays queued: {@code pickNext} returns a queue head without removing it, and
 *       a turn that ends (yield, expired slice, preemption) moves the task to the back;</li>
 *   <li>misuse (enqueueing a runnable task, dequeueing one that is not) changes nothing, because
 *       kernel code reports errors through return values, never exceptions.</li>
 * </ul>
 *
 * <p>This is kernel code compiled by Moka's own compiler: no exceptions, no {@code java.util}, no
 * lambdas, enums or records.
 */
package dev.moka.kernel.sched;
