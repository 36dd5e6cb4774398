package dev.moka.kernel.core.process;

import dev.moka.kernel.api.arch.ArchPack;
import dev.moka.kernel.core.thread.ThreadSystem;
import dev.moka.kernel.core.thread.WaitQueue;
import dev.moka.kernel.ipc.Blocker;
import dev.moka.kernel.ipc.WaitChannel;
import java.util.HashMap;
import java.util.Map;

/**
 * Schemes' sleep and wakeup over the thread layer: a process waits for a channel on a wait queue of
 * its own, and a wake makes every waiter runnable. The kernel runs scheme code with interrupts masked
 * ({@link ProcessCalls}), which is the exclusion the {@link Blocker} contract asks for: a sleep gives it
 * up while the thread is parked and takes it back before it returns, and so does a wake.
 */
final class ThreadBlocker implements Blocker {
    private final ThreadSystem threads;
    private final ArchPack arch;
    /** Channels with waiters; a channel's queue goes when its last waiter is woken. */
    private final Map<WaitChannel, WaitQueue> queues = new HashMap<>();

    ThreadBlocker(ThreadSystem threads, ArchPack arch) {
        this.threads = threads;
        this.arch = arch;
    }

    @Override
    public boolean sleep(WaitChannel channel) {
        WaitQueue queue = queues.get(channel);
        if (queue == null) {
            queue = new WaitQueue();
            queues.put(channel, queue);
        }
        threads.block(queue);
        arch.disableInterrupts();
        return true;
    }

    @Override
    public void wakeAll(WaitChannel channel) {
        WaitQueue queue = queues.remove(channel);
        if (queue == null) {
            return;
        }
        while (threads.wakeOne(queue)) {
            // each waiter tests its condition again
        }
        arch.disableInterrupts();
    }
}
