package dev.moka.kernel.ipc;

/**
 * Something a process can wait for, such as "this pipe has bytes". Channels compare by identity; the
 * name is for diagnostics (what a blocked process waits for). A {@link Blocker} keeps track of who
 * waits on which channel.
 */
public final class WaitChannel {
    private final String name;
    private Object waiters;

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
}
