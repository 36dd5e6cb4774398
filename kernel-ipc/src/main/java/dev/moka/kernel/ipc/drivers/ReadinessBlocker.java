package dev.moka.kernel.ipc.drivers;

import dev.moka.kernel.ipc.Blocker;
import dev.moka.kernel.ipc.WaitChannel;

/**
 * A {@link Blocker} that also wakes {@link #READINESS} whenever it wakes any other channel. Every
 * change that can make a descriptor ready (bytes into a pipe, a writer gone, a request queued for a
 * daemon, an interrupt counted) wakes the channel its waiters sleep on, so an {@code event:} reader
 * parked on {@code READINESS} looks again after every such change, without the schemes knowing of
 * {@code event:}. It counts the sleepers on {@code READINESS} (under the kernel's exclusion, as every
 * blocker call runs), so while nobody waits for events a wake costs one comparison more.
 */
public final class ReadinessBlocker implements Blocker {
    /** What {@code event:} readers sleep on: some descriptor may have become ready. */
    public static final WaitChannel READINESS = new WaitChannel("event readiness");

    private final Blocker blocker;
    /** How many sleep on {@link #READINESS} now. */
    private int readinessSleepers;

    /** @param blocker the blocker that parks and wakes */
    public ReadinessBlocker(Blocker blocker) {
        this.blocker = blocker;
    }

    @Override
    public boolean sleep(WaitChannel channel) {
        if (channel != READINESS) {
            return blocker.sleep(channel);
        }
        readinessSleepers++;
        try {
            return blocker.sleep(channel);
        } finally {
            readinessSleepers--;
        }
    }

    @Override
    public void wakeAll(WaitChannel channel) {
        blocker.wakeAll(channel);
        if (channel != READINESS && readinessSleepers > 0) {
            blocker.wakeAll(READINESS);
        }
    }
}
