package dev.moka.kernel.core.process;

/**
 * The status word {@code waitpid} gives a parent, encoded as POSIX systems encode it, so that the
 * usual macros read it: a normal exit keeps its code in bits 8 to 15 ({@code WIFEXITED},
 * {@code WEXITSTATUS}); a process the kernel ended keeps the signal number in the low 7 bits
 * ({@code WIFSIGNALED}, {@code WTERMSIG}).
 */
public final class WaitStatus {
    /** SIGKILL: {@code kill} and the end of the process the kernel ends for a fault it cannot recover from. */
    public static final int SIGKILL = 9;
    /** SIGSEGV: a bad memory access. */
    public static final int SIGSEGV = 11;
    /** SIGILL: an invalid or privileged instruction. */
    public static final int SIGILL = 4;
    /** SIGFPE: an arithmetic fault. */
    public static final int SIGFPE = 8;
    /** SIGINT: Ctrl-C on the console. */
    public static final int SIGINT = 2;
    /** SIGTERM: the polite request to end, {@code kill}'s usual signal. */
    public static final int SIGTERM = 15;

    private WaitStatus() {
    }

    /** @param code the value passed to exit; its low 8 bits count @return the status of that exit */
    public static int exited(int code) {
        return (code & 0xff) << 8;
    }

    /** @param signal the signal that ended the process @return the status of that end */
    public static int signaled(int signal) {
        return signal & 0x7f;
    }

    /** @param status a status word @return whether the process called exit */
    public static boolean isExited(int status) {
        return (status & 0x7f) == 0;
    }

    /** @param status a status word of an exit @return the code it passed */
    public static int exitCode(int status) {
        return status >> 8 & 0xff;
    }

    /** @param status a status word @return the signal that ended the process, or 0 when it exited */
    public static int signal(int status) {
        return status & 0x7f;
    }

    /**
     * @param status a status word
     * @return what a shell reports as {@code $?}: the exit code, or 128 plus the signal
     */
    public static int shellCode(int status) {
        return isExited(status) ? exitCode(status) : 128 + signal(status);
    }
}
