package dev.moka.relibc;

import dev.moka.kernel.api.syscall.SyscallNumbers;
import dev.moka.relibc.sys.RawSyscall;

/** Waiting for children ({@code <sys/wait.h>}) and reading their status words. */
public final class Wait {
    /** {@code waitpid} option: return 0 at once when no child has ended yet. */
    public static final int WNOHANG = 1;

    private Wait() {
    }

    /**
     * @param pid     the child to wait for, or -1 for any
     * @param status  receives the child's status word at index 0 (may be null)
     * @param options 0 or {@link #WNOHANG}
     * @return the collected child's id, 0 with {@code WNOHANG} when none has ended, or -1 ({@code ECHILD}
     *         when there is no such child)
     */
    public static int waitpid(int pid, int[] status, int options) {
        long[] word = new long[1];
        long result = Errno.check(RawSyscall.call(SyscallNumbers.WAITPID, pid, RawSyscall.address(word), options,
                0, 0, 0));
        if (result > 0 && status != null && status.length > 0) {
            status[0] = (int) word[0];
        }
        return (int) result;
    }

    /** @return whether the child called exit */
    public static boolean exited(int status) {
        return (status & 0x7f) == 0;
    }

    /** @return the code an exited child passed to exit */
    public static int exitStatus(int status) {
        return status >> 8 & 0xff;
    }

    /** @return whether the child was ended by a signal (killed, or a fault) */
    public static boolean signaled(int status) {
        return (status & 0x7f) != 0;
    }

    /** @return the signal that ended the child */
    public static int termSignal(int status) {
        return status & 0x7f;
    }
}
