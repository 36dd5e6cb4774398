package dev.moka.kernel.core.process;

import dev.moka.kernel.api.arch.ArchPack;
import dev.moka.kernel.core.thread.ThreadSystem;
import dev.moka.kernel.core.thread.WaitQueue;
import dev.moka.kernel.ipc.Blocker;
import dev.moka.kernel.ipc.WaitChannel;

/**
 * Schemes' sleep and wakeup over the thread layer: a process waits for a channel on a wait queue of
 * its own, and a wake makes every waiter runnable. The kernel runs scheme code with interrupts masked
 * ({@link ProcessCalls}), which is the exclusion the {@link Blocker} contract asks for: a sleep gives it
 * up while the thread is parked and takes it back before it returns, and so does a wake. A thread
 * interrupted because its process is being killed stops waiting: {@link #sleep} answers false, and the
 * scheme gives up with EINTR.
 */
final class ThreadBlocker implements Blocker {
    private final ThreadSystem threads;
    private final ArchPack arch;

    ThreadBlocker(ThreadSystem threads, ArchPack arch) {
        this.threads = threads;
        this.arch = arch;
    }

    @Override
    public boolean sleep(WaitChannel channel) {
        // The channel keeps its queue for its whole life: waiting again allocates nothing.
        WaitQueue queue = (WaitQueue) channel.waiters();
        if (queue == null) {
            queue = new WaitQueue();
            channel.setWaiters(queue);
        }
        boolean woken = threads.blockInterruptibly(queue);
        arch.disableInterrupts();
        return woken;
    }

    @Override
    public void wakeAll(WaitChannel channel) {
        WaitQueue queue = (WaitQueue) channel.waiters();
        if (queue == null || queue.isEmpty()) {
            return;
        }
        threads.wakeAll(queue); // each waiter tests its condition again
        arch.disableInterrupts();
    }
}
