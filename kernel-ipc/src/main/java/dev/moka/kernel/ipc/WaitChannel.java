package dev.moka.kernel.ipc;

/**
 * Something a process can wait for, such as "this pipe has bytes". Channels compare by identity; the
 * name is for diagnostics (what a blocked process waits for). A {@link Blocker} keeps track of who
 * waits on which channel.
 */
public final class WaitChannel {
    private final String name;
    private Object waiters;
    /** Channels woken with this one: those of {@code event:} queues watching it; rarely any. */
    private WaitChannel[] watchers = NO_WATCHERS;
    private static final WaitChannel[] NO_WATCHERS = new WaitChannel[0];

    /** @param name what waiting on this channel means, for diagnostics */
    public WaitChannel(String name) {
        this.name = name;
    }

    /**
     * @return what the {@link Blocker} keeps for this channel's waiters (its wait queue, say), or
     *         null before it keeps anything: stored here so that a sleep or wake need not look the
     *         channel up
     */
    public Object waiters() {
        return waiters;
    }

    /** @param state what the {@link Blocker} keeps for this channel's waiters */
    public void setWaiters(Object state) {
        waiters = state;
    }

    /** @return what waiting on this channel means */
    public String name() {
        return name;
    }

    @Override
    public String toString() {
        return name;
    }

    /** @param watcher a channel to wake whenever this one is woken, once per call (an event queue's) */
    public void addWatcher(WaitChannel watcher) {
        WaitChannel[] grown = new WaitChannel[watchers.length + 1];
        System.arraycopy(watchers, 0, grown, 0, watchers.length);
        grown[watchers.length] = watcher;
        watchers = grown;
    }

    /** @param watcher a channel {@link #addWatcher} added: one of its additions is taken back */
    public void removeWatcher(WaitChannel watcher) {
        for (int i = 0; i < watchers.length; i++) {
            if (watchers[i] == watcher) {
                WaitChannel[] shrunk = new WaitChannel[watchers.length - 1];
                System.arraycopy(watchers, 0, shrunk, 0, i);
                System.arraycopy(watchers, i + 1, shrunk, i, shrunk.length - i);
                watchers = shrunk;
                return;
            }
        }
    }

    /** @return how many watchers there are; 0 for almost every channel */
    public int watcherCount() {
        return watchers.length;
    }

    /** @param index 0 to {@link #watcherCount()} - 1 @return that watcher */
    public WaitChannel watcher(int index) {
        return watchers[index];
    }
}
