package dev.moka.kernel.ipc;

/**
 * Something a process can wait for, such as "this pipe has bytes". Channels compare by identity; the
 * name is for diagnostics (what a blocked process waits for). A {@link Blocker} keeps track of who
 * waits on which channel.
 */
public final class WaitChannel {
    private final String name;

    /** @param name what waiting on this channel means, for diagnostics */
    public WaitChannel(String name) {
        this.name = name;
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
