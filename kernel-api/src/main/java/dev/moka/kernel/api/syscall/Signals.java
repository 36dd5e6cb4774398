package dev.moka.kernel.api.syscall;

/**
 * The signal numbers of {@link SyscallNumbers#KILL}, numbered as on Linux (which Redox follows).
 * Moka delivers no signal to a handler yet: the ones {@link #ends} names end the target process,
 * whose parent then sees it ended by that signal; 0 only checks that the target exists.
 */
public final class Signals {
    /** Interrupt, as Ctrl-C on a terminal sends. */
    public static final int SIGINT = 2;
    /** Kill: cannot be caught or ignored. */
    public static final int SIGKILL = 9;
    /** Terminate, the polite request to end. */
    public static final int SIGTERM = 15;

    private Signals() {
    }

    /**
     * @param signal a signal number
     * @return whether {@code kill} with it ends the target: SIGINT, SIGKILL and SIGTERM
     */
    public static boolean ends(int signal) {
        return signal == SIGINT || signal == SIGKILL || signal == SIGTERM;
    }

    /**
     * @param signal a signal number from a program
     * @return whether {@code kill} accepts it: 0 (a check that the target exists) or one that {@link #ends}
     */
    public static boolean accepted(long signal) {
        return signal == 0 || signal >= 0 && signal <= Integer.MAX_VALUE && ends((int) signal);
    }
}
