/**
 * Kernel threads: their control blocks, and the thread layer that drives a
 * {@link dev.moka.kernel.api.sched.Scheduler} (tick, yield, sleep, block and wake, idle).
 *
 * <p>Invariants: the policy only chooses; this package owns run-state changes and calls the policy's
 * {@code enqueue}/{@code dequeue} exactly when a thread becomes runnable or stops being runnable. The
 * machine is reached only through {@link dev.moka.kernel.api.arch.ArchPack}; every state change runs
 * with interrupts masked, and the tick path allocates nothing. The idle thread never enters the
 * policy: it runs when the policy has no runnable task.
 */
package dev.moka.kernel.core.thread;
