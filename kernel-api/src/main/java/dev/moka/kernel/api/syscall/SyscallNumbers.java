package dev.moka.kernel.api.syscall;

/**
 * System-call numbers, the value a user program puts in {@code rax} before {@code syscall}.
 * Arguments go in {@code rdi, rsi, rdx, r10, r8, r9}; the result comes back in {@code rax}, an
 * error as {@code -errno} (see {@link Errno}).
 *
 * <p>The numbers are Redox's classic set (process management in the kernel). Redox composes a
 * file-like call's number from bit fields, and Moka keeps them so a dispatcher can tell the kind of
 * call from the number alone:
 * <ul>
 *   <li>bits 28-31, the class: {@link #CLASS_PATH} (the first two arguments are a path slice) or
 *       {@link #CLASS_FILE} (the first argument is a file descriptor);</li>
 *   <li>bits 24-27, the kind of the buffer argument: {@link #ARG_SLICE} (read by the kernel),
 *       {@link #ARG_MSLICE} (written by the kernel) or {@link #ARG_PATH};</li>
 *   <li>bits 20-23, the kind of result: {@link #RET_FILE} for calls that return a new descriptor;</li>
 *   <li>bits 0-19, the ordinal of the call.</li>
 * </ul>
 *
 * <h2>Moka's own calls</h2>
 * Redox's set has no call for {@link #SPAWN}, {@link #MMAP}, {@link #MUNMAP}, {@link #GETCWD},
 * {@link #MKDIR} or {@link #GETDENTS}: Redox does those in its C library on top of other calls
 * (fork and exec through {@code proc:}, mkdir as an {@code open} with {@code O_CREAT|O_DIRECTORY},
 * the working directory kept in user space). Moka's user programs are Java programs compiled ahead of
 * time, with no fork and no C library underneath, so these are kernel calls. Their ordinals start at
 * {@link #MOKA_ORDINAL_BASE} ({@code 0x8_0000}), far above every Redox ordinal (the largest is
 * 9453), so no Redox number can ever collide with one; their class, argument and result bits follow
 * Redox's rules, so they decode like Redox calls.
 */
public final class SyscallNumbers {
    /** The class field: bits 28-31. */
    public static final int CLASS_MASK = 0xF000_0000;
    /** Class of calls whose first two arguments are a path (pointer, length). */
    public static final int CLASS_PATH = 0x1000_0000;
    /** Class of calls whose first argument is a file descriptor. */
    public static final int CLASS_FILE = 0x2000_0000;

    /** The argument-kind field: bits 24-27. */
    public static final int ARG_MASK = 0x0F00_0000;
    /** The buffer argument is a slice the kernel reads. */
    public static final int ARG_SLICE = 0x0100_0000;
    /** The buffer argument is a slice the kernel writes ("mutable slice"). */
    public static final int ARG_MSLICE = 0x0200_0000;
    /** The buffer argument is a second path. */
    public static final int ARG_PATH = 0x0300_0000;

    /** The result-kind field: bits 20-23. */
    public static final int RET_MASK = 0x00F0_0000;
    /** The call returns a new file descriptor. */
    public static final int RET_FILE = 0x0010_0000;

    /** The ordinal field: bits 0-19. */
    public static final int ORDINAL_MASK = 0x000F_FFFF;
    /** The first ordinal of Moka's own calls, above every ordinal Redox uses. */
    public static final int MOKA_ORDINAL_BASE = 0x0008_0000;

    // Path calls.
    /** {@code open(path, pathLength, flags) -> fd}. */
    public static final int OPEN = CLASS_PATH | RET_FILE | 5;
    /** {@code unlink(path, pathLength)}. */
    public static final int UNLINK = CLASS_PATH | 10;
    /** {@code rmdir(path, pathLength)}. */
    public static final int RMDIR = CLASS_PATH | 84;

    // File calls.
    /** {@code close(fd)}. */
    public static final int CLOSE = CLASS_FILE | 6;
    /** {@code read(fd, buffer, length) -> bytes read}. */
    public static final int READ = CLASS_FILE | ARG_MSLICE | 3;
    /** {@code write(fd, buffer, length) -> bytes written}. */
    public static final int WRITE = CLASS_FILE | ARG_SLICE | 4;
    /** {@code lseek(fd, offset, whence) -> new offset}. */
    public static final int LSEEK = CLASS_FILE | 19;
    /** {@code dup(fd, how, howLength) -> fd}; an empty {@code how} shares the open file. */
    public static final int DUP = CLASS_FILE | RET_FILE | 41;
    /** {@code dup2(fd, newFd, how, howLength) -> newFd}. */
    public static final int DUP2 = CLASS_FILE | RET_FILE | 63;
    /** {@code fstat(fd, statBuffer, length)}. */
    public static final int FSTAT = CLASS_FILE | ARG_MSLICE | 28;
    /** {@code fsync(fd)}. */
    public static final int FSYNC = CLASS_FILE | 118;
    /** {@code fcntl(fd, command, argument)}. */
    public static final int FCNTL = CLASS_FILE | 55;
    /** {@code fpath(fd, buffer, length) -> bytes written}. */
    public static final int FPATH = CLASS_FILE | ARG_MSLICE | 928;
    /** {@code ftruncate(fd, length)}. */
    public static final int FTRUNCATE = CLASS_FILE | 93;
    /** {@code frename(fd, path, length)}: gives the open file a new name in its scheme (Redox's {@code SYS_FRENAME}). */
    public static final int FRENAME = CLASS_FILE | ARG_PATH | 38;
    /** {@code fmap(fd, map, mapLength) -> address}: map a file. */
    public static final int FMAP = CLASS_FILE | ARG_SLICE | 900;
    /** {@code funmap(address, length)}. */
    public static final int FUNMAP = CLASS_FILE | 92;
    /** {@code fevent(fd, flags)}. */
    public static final int FEVENT = CLASS_FILE | 927;

    // Plain calls.
    /** {@code exit(status)}. */
    public static final int EXIT = 1;
    /** {@code waitpid(pid, status, options) -> pid}. */
    public static final int WAITPID = 7;
    /** {@code chdir(path, pathLength)} (Redox's ABI of 2018-2022). */
    public static final int CHDIR = 12;
    /** {@code getpid() -> pid}. */
    public static final int GETPID = 20;
    /** {@code kill(pid, signal)}. */
    public static final int KILL = 37;
    /** {@code getppid() -> pid}. */
    public static final int GETPPID = 64;
    /** {@code sigaction(signal, action, oldAction)}. */
    public static final int SIGACTION = 67;
    /** {@code sigreturn()}. */
    public static final int SIGRETURN = 119;
    /** {@code mprotect(address, length, flags)}. */
    public static final int MPROTECT = 125;
    /** {@code yield()}. */
    public static final int YIELD = 158;
    /** {@code nanosleep(request, remaining)}. */
    public static final int NANOSLEEP = 162;
    /** {@code getuid() -> uid}. */
    public static final int GETUID = 199;
    /** {@code getgid() -> gid}. */
    public static final int GETGID = 200;
    /** {@code futex(address, operation, value, timeout, address2)}. */
    public static final int FUTEX = 240;
    /** {@code clock_gettime(clock, timespec)}. */
    public static final int CLOCK_GETTIME = 265;
    /** {@code pipe2(fds, flags)}: two descriptors, read end then write end (Redox's ABI of 2018-2022). */
    public static final int PIPE2 = 331;

    // Moka's own calls: see the class comment for why they exist and where their ordinals lie.
    /** Moka: {@code mkdir(path, pathLength, mode)}. */
    public static final int MKDIR = CLASS_PATH | (MOKA_ORDINAL_BASE + 1);
    /** Moka: {@code getdents(fd, buffer, length) -> bytes}: directory entries, each a name and {@code '\n'}. */
    public static final int GETDENTS = CLASS_FILE | ARG_MSLICE | (MOKA_ORDINAL_BASE + 2);
    /** Moka: {@code getcwd(buffer, length) -> bytes}: the working directory as {@code scheme:path}. */
    public static final int GETCWD = ARG_MSLICE | (MOKA_ORDINAL_BASE + 3);
    /**
     * Moka: {@code spawn(executableFd, argv, argvLength, envp, envpLength, flags) -> pid}: a new
     * process running the executable; {@code flags} is 0 or {@link SpawnFlags#FOREGROUND}.
     */
    public static final int SPAWN = MOKA_ORDINAL_BASE + 4;
    /**
     * Moka: {@code mmap(addressHint, length, protection, flags) -> address}: zeroed anonymous memory, with
     * {@link MapFlags}' bits; {@code munmap} gives it back.
     */
    public static final int MMAP = MOKA_ORDINAL_BASE + 5;
    /** Moka: {@code munmap(address, length)}: unmaps the pages of the range that {@link #MMAP} mapped. */
    public static final int MUNMAP = MOKA_ORDINAL_BASE + 6;
    /**
     * Moka: {@code ioperm(firstPort, count)}: lets the calling driver process use the I/O ports
     * {@code firstPort .. firstPort+count-1} from ring 3 (Linux's {@code ioperm}, without the "turn off"
     * argument). EPERM for a process that is not a driver, EINVAL for an empty range, one beyond port
     * 0xFFFF or one with a port the kernel keeps (and on a machine without port I/O).
     */
    public static final int IOPERM = MOKA_ORDINAL_BASE + 7;

    private SyscallNumbers() {
    }

    /**
     * @param number a value from {@code rax}
     * @return whether the number's class says its first argument is a file descriptor
     */
    public static boolean isFileCall(long number) {
        return isInt(number) && ((int) number & CLASS_MASK) == CLASS_FILE;
    }

    /**
     * @param number a value from {@code rax}
     * @return whether the number's class says its first two arguments are a path
     */
    public static boolean isPathCall(long number) {
        return isInt(number) && ((int) number & CLASS_MASK) == CLASS_PATH;
    }

    /**
     * @param number a value from {@code rax}
     * @return whether the call returns a new file descriptor
     */
    public static boolean returnsFile(long number) {
        return isInt(number) && ((int) number & RET_MASK) == RET_FILE;
    }

    /**
     * @param number a value from {@code rax}
     * @return whether the ordinal lies in Moka's own range rather than Redox's
     */
    public static boolean isMokaCall(long number) {
        return isInt(number) && ((int) number & ORDINAL_MASK) >= MOKA_ORDINAL_BASE;
    }

    /**
     * @param number a value from {@code rax}
     * @return the call's name, such as {@code "read"}, or null for a number no call has
     */
    public static String name(long number) {
        if (!isInt(number)) {
            return null;
        }
        return switch ((int) number) {
            case OPEN -> "open";
            case UNLINK -> "unlink";
            case RMDIR -> "rmdir";
            case CLOSE -> "close";
            case READ -> "read";
            case WRITE -> "write";
            case LSEEK -> "lseek";
            case DUP -> "dup";
            case DUP2 -> "dup2";
            case FSTAT -> "fstat";
            case FSYNC -> "fsync";
            case FCNTL -> "fcntl";
            case FPATH -> "fpath";
            case FTRUNCATE -> "ftruncate";
            case FRENAME -> "frename";
            case FMAP -> "fmap";
            case FUNMAP -> "funmap";
            case FEVENT -> "fevent";
            case EXIT -> "exit";
            case WAITPID -> "waitpid";
            case CHDIR -> "chdir";
            case GETPID -> "getpid";
            case KILL -> "kill";
            case GETPPID -> "getppid";
            case SIGACTION -> "sigaction";
            case SIGRETURN -> "sigreturn";
            case MPROTECT -> "mprotect";
            case YIELD -> "yield";
            case NANOSLEEP -> "nanosleep";
            case GETUID -> "getuid";
            case GETGID -> "getgid";
            case FUTEX -> "futex";
            case CLOCK_GETTIME -> "clock_gettime";
            case PIPE2 -> "pipe2";
            case MKDIR -> "mkdir";
            case GETDENTS -> "getdents";
            case GETCWD -> "getcwd";
            case SPAWN -> "spawn";
            case MMAP -> "mmap";
            case MUNMAP -> "munmap";
            case IOPERM -> "ioperm";
            default -> null;
        };
    }

    // Every number lies in the low 32 bits, and none sets bit 31; a larger rax is no call at all.
    private static boolean isInt(long number) {
        return number >= 0 && number <= Integer.MAX_VALUE;
    }
}
