package dev.moka.kernel.ipc.drivers;

import dev.moka.kernel.ipc.Blocker;
import dev.moka.kernel.ipc.WaitChannel;

/**
 * A {@link Blocker} that also wakes {@link #READINESS} whenever it wakes any other channel. Every
 * change that can make a descriptor ready (bytes into a pipe, a writer gone, a request queued for a
 * daemon, an interrupt counted) wakes the channel its waiters sleep on, so an {@code event:} reader
 * parked on {@code READINESS} looks again after every such change, without the schemes knowing of
 * {@code event:}. A wake with nobody on {@code READINESS} costs one more lookup.
 */
public final class ReadinessBlocker implements Blocker {
    /** What {@code event:} readers sleep on: some descriptor may have become ready. */
    public static final WaitChannel READINESS = new WaitChannel("event readiness");

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
        if (channel != READINESS) {
            blocker.wakeAll(READINESS);
        }
    }
}
