package dev.moka.kernel.core.process;

import dev.moka.kernel.api.arch.ArchPack;
import dev.moka.kernel.api.arch.SyscallHandler;
import dev.moka.kernel.api.arch.UserMode;
import dev.moka.kernel.api.magic.Magic;
import dev.moka.kernel.api.mm.FrameAllocator;
import dev.moka.kernel.api.mm.UserAddressSpace;
import dev.moka.kernel.api.syscall.Errno;
import dev.moka.kernel.api.syscall.SpawnFlags;
import dev.moka.kernel.api.syscall.SyscallNumbers;
import dev.moka.kernel.api.syscall.TimeSpec;
import dev.moka.kernel.ipc.Caller;
import dev.moka.kernel.ipc.SchemePath;
import dev.moka.kernel.ipc.fd.FileTable;
import dev.moka.kernel.ipc.fd.OpenFile;
import dev.moka.kernel.ipc.syscall.FileContext;
import dev.moka.kernel.ipc.syscall.FileSyscalls;

/**
 * The system calls of one running process. The file-like calls (open, read, write, close, dup, dup2,
 * pipe2, lseek, fstat, fpath, fcntl, getdents, chdir, getcwd, mkdir) go to {@code kernel-ipc}'s
 * dispatcher over the process's own file table, whose descriptors 0, 1 and 2 start on {@code debug:},
 * the console; the process calls (exit, getpid, getppid, yield, clock_gettime, spawn, waitpid, kill,
 * nanosleep, mmap, munmap) are served here. Every pointer is checked against the process's own pages
 * before the kernel touches it (EFAULT), every descriptor against its table (EBADF); a call the kernel
 * does not serve yet answers ENOSYS. A CPU fault ends the process with a one-line report, never the
 * kernel; so does a kill, when the process next comes back from a system call or an interrupt.
 */
final class ProcessCalls implements SyscallHandler {
    private final ArchPack arch;
    private final UserMode mode;
    private final UserAddressSpace space;
    private final Process process;
    private final Console console;
    private final ProgramImage image;
    private final ProcessMemory memory;
    private final FileSyscalls files;
    private final FileContext context;
    /** Where a kill of this process shows; null when programs run one at a time. */
    private final PendingSignal pending;
    private final AnonymousMemory anonymous;
    /** The process layer, for spawn, waitpid and yield; null when programs run one at a time. */
    private final ProcessSystem processes;
    /** The longest argument or environment list spawn takes, in bytes. */
    private static final int MAX_LIST_BYTES = 64 << 10;
    /** Argument list too long. */
    private static final int E2BIG = 7;

    /** Where the kernel's one-line reports about a process go: the kernel log. */
    interface Console {
        void println(String line);
    }

    ProcessCalls(ArchPack arch, UserMode mode, UserAddressSpace space, Process process, ProgramImage image,
                 FileSyscalls files, FileTable table, Console console, ProcessSystem processes, FrameAllocator frames) {
        this(arch, mode, space, process, image, files, table, console, processes, frames, ROOT);
    }

    /** The working directory of a process nobody started: the initfs's root. */
    static final SchemePath ROOT = new SchemePath("initfs", "");

    ProcessCalls(ArchPack arch, UserMode mode, UserAddressSpace space, Process process, ProgramImage image,
                 FileSyscalls files, FileTable table, Console console, ProcessSystem processes, FrameAllocator frames,
                 SchemePath workingDirectory) {
        this.processes = processes;
        this.arch = arch;
        this.mode = mode;
        this.space = space;
        this.process = process;
        this.image = image;
        this.console = console;
        this.memory = new ProcessMemory(space, image);
        this.anonymous = new AnonymousMemory(space, image, frames);
        this.files = files;
        this.context = new FileContext(table, memory, new Caller(process.pid(), 0, 0), workingDirectory);
        this.pending = processes == null ? null : processes.pendingSignalOf(process);
    }

    @Override
    public long syscall(long number, long a, long b, long c, long d, long e, long f) {
        long result = dispatch(number, a, b, c, d, e, f);
        endIfKilled();
        return result;
    }

    /** Before the program resumes after an interrupt: a process killed meanwhile ends here. */
    @Override
    public void resuming() {
        endIfKilled();
    }

    /** Ends the run with the signal the process was killed with, if it was. */
    private void endIfKilled() {
        int signal = pending == null ? 0 : pending.signal;
        if (signal != 0) {
            mode.leaveUser(WaitStatus.signaled(signal));
        }
    }

    private long dispatch(long number, long a, long b, long c, long d, long e, long f) {
        // The calls with nothing to look up come first: getppid is the null system call.
        if (number == SyscallNumbers.GETPPID) {
            return process.ppid();
        } else if (number == SyscallNumbers.GETPID) {
            return process.pid();
        } else if (number == SyscallNumbers.READ || number == SyscallNumbers.WRITE || FileSyscalls.serves(number)) {
            // Scheme code runs with the rest of the kernel held off, as schemes' sleep and wakeup
            // expect (one CPU: interrupts masked); a wait gives that up while the thread is parked.
            arch.disableInterrupts();
            try {
                return files.dispatch(number, a, b, c, d, context);
            } finally {
                arch.enableInterrupts();
            }
        } else if (number == SyscallNumbers.EXIT) {
            mode.leaveUser(WaitStatus.exited((int) a));
            return 0;
        } else if (number == SyscallNumbers.YIELD) {
            if (processes != null) {
                processes.threads().yieldNow();
            }
            return 0;
        } else if (number == SyscallNumbers.SPAWN) {
            return spawn(a, b, c, d, e, f);
        } else if (number == SyscallNumbers.WAITPID) {
            return waitpid(a, b, c);
        } else if (number == SyscallNumbers.CLOCK_GETTIME) {
            return clockGettime(a, b);
        } else if (number == SyscallNumbers.KILL) {
            return processes == null ? -Errno.ENOSYS : processes.kill(clampPid(a), clampSignal(b));
        } else if (number == SyscallNumbers.NANOSLEEP) {
            return nanosleep(a, b);
        } else if (number == SyscallNumbers.MMAP) {
            arch.disableInterrupts(); // frames: see masked()
            try {
                return anonymous.map(a, b, c, d);
            } finally {
                memory.forgetPages();
                arch.enableInterrupts();
            }
        } else if (number == SyscallNumbers.IOPERM) {
            return processes == null ? -Errno.ENOSYS : DriverCalls.ioperm(mode, processes.drivers().isDriver(process), a, b);
        } else if (number == SyscallNumbers.MUNMAP) {
            arch.disableInterrupts();
            try {
                return anonymous.unmap(a, b);
            } finally {
                memory.forgetPages();
                arch.enableInterrupts();
            }
        }
        return -Errno.ENOSYS;
    }

    /** A pid register as an int: beyond the int range no process has it (ESRCH), below it is refused (EPERM). */
    private static int clampPid(long pid) {
        return pid > Integer.MAX_VALUE ? Integer.MAX_VALUE : pid < Integer.MIN_VALUE ? 0 : (int) pid;
    }

    /** A signal register as an int: beyond the int range it is no signal (EINVAL). */
    private static int clampSignal(long signal) {
        return signal < 0 || signal > Integer.MAX_VALUE ? -1 : (int) signal;
    }

    /**
     * {@code nanosleep(request, remaining)}: both {@link TimeSpec}s, 8-byte aligned; the remaining time
     * (when asked for) is written as 0, since a sleep ends early only when the process is killed.
     */
    private long nanosleep(long request, long remaining) {
        if (processes == null) {
            return -Errno.ENOSYS;
        }
        if ((request & 7) != 0 || !accessible(request, TimeSpec.SIZE, false)) {
            return -Errno.EFAULT;
        }
        if (remaining != 0 && ((remaining & 7) != 0 || !accessible(remaining, TimeSpec.SIZE, true))) {
            return -Errno.EFAULT;
        }
        long seconds = Magic.load64(request);
        long nanos = Magic.load32(request + 8);
        if (seconds < 0 || nanos < 0 || nanos >= 1_000_000_000L) {
            return -Errno.EINVAL;
        }
        long result = processes.sleep(seconds, nanos);
        if (remaining != 0) {
            Magic.store64(remaining, 0);
            Magic.store64(remaining + 8, 0);
        }
        return result;
    }

    /** {@code spawn(executableFd, argv, argvLength, envp, envpLength, flags)}: a child running the executable. */
    private long spawn(long fd, long argv, long argvLength, long envp, long envpLength, long flags) {
        if (processes == null) {
            return -Errno.ENOSYS;
        }
        if ((flags & ~SpawnFlags.ALL) != 0) {
            return -Errno.EINVAL;
        }
        if ((flags & SpawnFlags.DRIVER) != 0 && process.pid() != ProcessTable.INIT_PID) {
            return -Errno.EPERM;
        }
        OpenFile file = fd < 0 || fd >= context.files().limit() ? null : context.files().get((int) fd);
        if (file == null) {
            return -Errno.EBADF;
        }
        ByteSource executable = file.scheme() instanceof InitFsScheme initFs ? initFs.executable(file.handle()) : null;
        if (executable == null) {
            return -Errno.EACCES;
        }
        if (argvLength < 0 || envpLength < 0 || argvLength > MAX_LIST_BYTES || envpLength > MAX_LIST_BYTES) {
            return -E2BIG;
        }
        byte[] args = new byte[(int) argvLength];
        byte[] env = new byte[(int) envpLength];
        if (!copyInMasked(argv, args) || !copyInMasked(envp, env)) {
            return -Errno.EFAULT;
        }
        return processes.spawn(process, executable, strings(args), strings(env),
                context.files().inherit(FileTable.DEFAULT_LIMIT), (flags & SpawnFlags.FOREGROUND) != 0,
                context.workingDirectory(), (flags & SpawnFlags.DRIVER) != 0);
    }

    /** @param list NUL-terminated strings, one after the other @return them */
    private static String[] strings(byte[] list) {
        int count = 0;
        for (byte b : list) {
            if (b == 0) {
                count++;
            }
        }
        String[] out = new String[count];
        int start = 0;
        int index = 0;
        for (int i = 0; i < list.length; i++) {
            if (list[i] == 0) {
                char[] chars = new char[i - start];
                for (int j = 0; j < chars.length; j++) {
                    chars[j] = (char) (list[start + j] & 0xff);
                }
                out[index++] = new String(chars);
                start = i + 1;
            }
        }
        return out;
    }

    /** {@code waitpid(pid, status, options)}: the status word goes to {@code status} (8 bytes) unless it is 0. */
    private long waitpid(long pid, long statusAddress, long options) {
        if (processes == null) {
            return -Errno.ENOSYS;
        }
        if (statusAddress != 0 && !accessible(statusAddress, 8, true)) {
            return -Errno.EFAULT;
        }
        long result = processes.waitpid(process, (int) pid, (int) options);
        if (result <= 0) {
            return result;
        }
        if (statusAddress != 0) {
            Magic.store64(statusAddress, result & 0xffff_ffffL);
        }
        return result >>> 32;
    }

    /** The time-stamp counter, taken as nanoseconds: the kernel has no calibrated clock yet. */
    private long clockGettime(long clock, long address) {
        if (clock != 1 && clock != 4) {
            return -Errno.EINVAL;
        }
        if ((address & 7) != 0 || !accessible(address, 16, true)) {
            return -Errno.EFAULT;
        }
        // Both clocks count from boot on the timer; realtime adds the date a clock driver set.
        long nanos = processes != null ? processes.threads().uptimeNanos() : arch.cycles();
        if (clock == 1 && processes != null) {
            nanos = processes.realtime().now(nanos);
        }
        Magic.store64(address, nanos / 1_000_000_000L);
        Magic.store64(address + 8, nanos % 1_000_000_000L);
        return 0;
    }

    /*
     * Frames come from one allocator that every thread shares, also on the timer's path, so every
     * call that may take or give back frames (a page mapped on first touch, mmap, munmap) runs with
     * interrupts masked: a thread preempted half-way through an allocation would leave the allocator
     * to another one in a state between two. The file-like calls are masked already.
     */

    /** {@link ProcessMemory#isAccessible}, which may map a page on first touch, with interrupts masked. */
    private boolean accessible(long address, long length, boolean write) {
        arch.disableInterrupts();
        try {
            return memory.isAccessible(address, length, write);
        } finally {
            arch.enableInterrupts();
        }
    }

    /** {@link ProcessMemory#copyIn} of a whole array, with interrupts masked. */
    private boolean copyInMasked(long address, byte[] target) {
        arch.disableInterrupts();
        try {
            return memory.copyIn(address, target, 0, target.length);
        } finally {
            arch.enableInterrupts();
        }
    }

    @Override
    public void userFault(int vector, long errorCode, long address, long rip) {
        if (vector == PAGE_FAULT && (errorCode & PAGE_PRESENT) == 0) {
            arch.disableInterrupts();
            boolean mapped = image.mapOnDemand(space, address);
            arch.enableInterrupts();
            if (mapped) {
                endIfKilled();
                return; // a first touch of the heap or bss: the page is there now, the program goes on
            }
        } else if (vector == PAGE_FAULT && (errorCode & PAGE_WRITE) != 0) {
            arch.disableInterrupts();
            boolean copied = image.copyOnWrite(space, address);
            arch.enableInterrupts();
            if (copied) {
                endIfKilled();
                return; // a first write to a lent page of its data: the program has its own copy now
            }
        }
        String why = mode.describeFault(vector, errorCode);
        if (vector == PAGE_FAULT) {
            why += " at 0x" + Long.toHexString(address);
        }
        console.println(process.name() + "[" + process.pid() + "]: killed: " + why + ", rip 0x" + Long.toHexString(rip));
        mode.leaveUser(WaitStatus.signaled(signalFor(vector)));
    }

    private static final int DIVIDE_ERROR = 0;
    private static final int INVALID_OPCODE = 6;
    private static final int PAGE_FAULT = 14;
    /** Bit 0 of a page fault's error code: set when the page was present (a protection fault). */
    private static final long PAGE_PRESENT = 1;
    /** Page-fault error code bit: the access was a write. */
    private static final long PAGE_WRITE = 2;

    private static int signalFor(int vector) {
        return switch (vector) {
            case DIVIDE_ERROR -> WaitStatus.SIGFPE;
            case INVALID_OPCODE -> WaitStatus.SIGILL;
            default -> WaitStatus.SIGSEGV;
        };
    }
}
