package dev.moka.kernel.ipc.drivers;

import dev.moka.kernel.ipc.Blocker;
import dev.moka.kernel.ipc.WaitChannel;

/**
 * A {@link Blocker} that also wakes a channel's watchers ({@link WaitChannel#addWatcher}) whenever
 * it wakes the channel. An {@code event:} queue watches the channels of the descriptors it
 * subscribes ({@code Scheme.readinessChannels}), so a queue's reader wakes exactly when one of its
 * descriptors may have become ready, and the schemes need not know of {@code event:}. A channel
 * nobody watches costs one comparison more per wake.
 */
public final class ReadinessBlocker implements Blocker {
    private final Blocker blocker;

    /** @param blocker the blocker that parks and wakes */
    public ReadinessBlocker(Blocker blocker) {
        this.blocker = blocker;
    }

    @Override
    public boolean sleep(WaitChannel channel) {
        return blocker.sleep(channel);
    }

    @Override
    public void wakeAll(WaitChannel channel) {
        blocker.wakeAll(channel);
        int watchers = channel.watcherCount();
        for (int i = 0; i < watchers && i < channel.watcherCount(); i++) {
            blocker.wakeAll(channel.watcher(i));
        }
    }
}
