package dev.moka.relibc;

import dev.moka.kernel.api.syscall.OpenFlags;
import dev.moka.kernel.api.syscall.SpawnFlags;
import dev.moka.kernel.api.syscall.SyscallNumbers;
import dev.moka.relibc.sys.RawSyscall;

/**
 * Starting programs. Moka has no {@code fork}: a Java program cannot be copied half-way through, so
 * a process starts another with {@code spawn}, as {@code posix_spawn} does. The child gets its own
 * address space with the executable loaded, the arguments and environment given, and a copy of the
 * caller's descriptors (those not marked close-on-exec), after the given actions: this is how a
 * shell redirects a child's standard streams without touching its own.
 */
public final class Spawn {
    /**
     * Something done to the child's descriptors before it starts.
     *
     * @param fd     the child's descriptor
     * @param source for a dup2, the caller's descriptor the child's {@code fd} shares; -1 to close {@code fd}
     */
    public record FdAction(int fd, int source) {
        /** @return an action giving the child, as {@code fd}, what the caller has as {@code source} */
        public static FdAction dup2(int source, int fd) {
            return new FdAction(fd, source);
        }

        /** @return an action closing the child's {@code fd} */
        public static FdAction close(int fd) {
            return new FdAction(fd, -1);
        }
    }

    /**
     * Flag: the child joins the console's foreground job, which Ctrl-C on the console interrupts
     * (a shell gives it to the commands it waits for, not to background ones).
     */
    public static final int FOREGROUND = SpawnFlags.FOREGROUND;
    /** The child is a driver (only init may start one; EPERM for others). */
    public static final int DRIVER = SpawnFlags.DRIVER;

    private Spawn() {
    }

    /**
     * @param path    the executable, {@code scheme:path} or relative to the working directory
     * @param argv    the arguments, the program's name first
     * @param envp    the environment, {@code NAME=value} strings
     * @param actions what to do to the child's descriptors, in order
     * @return the child's id, or -1
     */
    public static int spawn(String path, String[] argv, String[] envp, FdAction... actions) {
        return spawn(path, argv, envp, 0, actions);
    }

    /**
     * {@link #spawn(String, String[], String[], FdAction...)} with flags.
     *
     * @param path    the executable
     * @param argv    the arguments, the program's name first
     * @param envp    the environment
     * @param flags   0 or {@link #FOREGROUND}
     * @param actions what to do to the child's descriptors, in order
     * @return the child's id, or -1
     */
    public static int spawn(String path, String[] argv, String[] envp, int flags, FdAction... actions) {
        int executable = Fcntl.open(path, OpenFlags.O_RDONLY | OpenFlags.O_CLOEXEC);
        if (executable < 0) {
            return -1;
        }
        // The actions are applied to the caller's own table around the call, on copies kept aside:
        // the kernel copies the table as it is at the call.
        int[] saved = new int[actions.length];
        int failed = 0;
        for (int i = 0; i < actions.length && failed == 0; i++) {
            FdAction action = actions[i];
            saved[i] = Unistd.dup(action.fd());
            if (saved[i] >= 0) {
                Fcntl.fcntl(saved[i], 2 /* F_SETFD */, 1 /* FD_CLOEXEC */);
            }
            int done = action.source() < 0 ? Unistd.close(action.fd()) : Unistd.dup2(action.source(), action.fd());
            if (done < 0 && action.source() >= 0) {
                failed = Errno.errno();
            }
        }
        long pid = -1;
        if (failed == 0) {
            byte[] args = CStrings.list(argv);
            byte[] env = CStrings.list(envp);
            pid = Errno.check(RawSyscall.call(SyscallNumbers.SPAWN, executable, RawSyscall.address(args), args.length,
                    RawSyscall.address(env), env.length, flags));
        }
        int error = Errno.errno();
        for (int i = actions.length - 1; i >= 0; i--) {
            if (saved[i] >= 0) {
                Unistd.dup2(saved[i], actions[i].fd());
                Unistd.close(saved[i]);
            } else {
                Unistd.close(actions[i].fd());
            }
        }
        Unistd.close(executable);
        if (failed != 0) {
            Errno.set(failed);
            return -1;
        }
        Errno.set(error);
        return (int) pid;
    }
}
