package dev.moka.relibc;

import dev.moka.kernel.api.syscall.Signals;
import dev.moka.kernel.api.syscall.SyscallNumbers;
import dev.moka.relibc.sys.RawSyscall;

/**
 * Sending signals ({@code <signal.h>}). Moka delivers no signal to a handler yet: {@link #SIGINT},
 * {@link #SIGKILL} and {@link #SIGTERM} end the target, whose parent's {@code waitpid} then sees it
 * ended by that signal ({@link Wait#signaled}, {@link Wait#termSignal}).
 */
public final class Signal {
    /** Interrupt, as Ctrl-C sends. */
    public static final int SIGINT = Signals.SIGINT;
    /** Kill. */
    public static final int SIGKILL = Signals.SIGKILL;
    /** Terminate. */
    public static final int SIGTERM = Signals.SIGTERM;

    private Signal() {
    }

    /**
     * Sends a signal to a process; a process may send one to itself.
     *
     * @param pid    the target's id
     * @param signal {@link #SIGINT}, {@link #SIGKILL} or {@link #SIGTERM}; 0 only checks that the target lives
     * @return 0, or -1 with errno: {@code ESRCH} when no live process has the id, {@code EINVAL} for a
     *         signal not served, {@code EPERM} for {@code pid <= 0} (groups are not served) and for init
     */
    public static int kill(int pid, int signal) {
        return (int) Errno.check(RawSyscall.call(SyscallNumbers.KILL, pid, signal, 0, 0, 0, 0));
    }
}
