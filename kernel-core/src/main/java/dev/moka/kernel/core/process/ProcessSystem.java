package dev.moka.kernel.core.process;

import dev.moka.kernel.api.arch.UserMode;
import dev.moka.kernel.api.boot.KernelContext;
import dev.moka.kernel.api.mm.PhysicalMemory;
import dev.moka.kernel.api.mm.UserAddressSpace;
import dev.moka.kernel.api.syscall.Errno;
import dev.moka.kernel.api.syscall.Signals;
import dev.moka.kernel.core.thread.KernelThread;
import dev.moka.kernel.core.thread.ThreadSystem;
import dev.moka.kernel.core.thread.WaitQueue;
import dev.moka.kernel.ipc.fd.FileTable;
import dev.moka.kernel.ipc.syscall.FileSyscalls;

/**
 * Processes that run side by side: each is a kernel thread of the thread layer that runs one user
 * program in an address space of its own, switched to whenever its thread is. A process starts
 * another with {@link #spawn} (no fork: a Java program cannot be copied half-way through) and
 * collects its end with {@link #waitpid}, which blocks the caller's thread until a child ends.
 *
 * <p><b>Killing.</b> {@link #kill} marks a process to end with a signal and interrupts its thread:
 * a wait it is in (a pipe, {@code waitpid}, {@code nanosleep}) ends at once with EINTR, and the
 * process ends when its thread next comes back towards user mode: at the end of the system call it
 * is in, or, when it was preempted in user mode, before it resumes. Its thread then ends it like any
 * other end: descriptors closed, address space given back, parent woken with the signal's status.
 *
 * <p><b>Orphans.</b> The children of a process that ends go to init (the table's first process),
 * alive or ended; init's {@code waitpid} is woken so that it collects the ended ones, and it is woken
 * again whenever one of the others ends.
 */
public final class ProcessSystem {
    /** {@code waitpid} option: do not wait. */
    public static final int WNOHANG = 1;

    private final KernelContext kernel;
    private final ThreadSystem threads;
    private final ProcessTable table;
    private final KernelSchemes schemes;
    private final FileSyscalls files;
    private final long kernelRoot;
    /** Where the kernel's main thread waits for the first process, init, to end. */
    private final WaitQueue initEnded = new WaitQueue();

    /** What a started process runs on, attached to its {@link Process}. */
    private static final class Running {
        final UserAddressSpace space;
        final FileTable files;
        final WaitQueue children = new WaitQueue();
        /** Whether Ctrl-C on the console interrupts the process (see {@link #interruptForeground}). */
        final boolean foreground;
        /** The thread the program runs on; null for the kernel's own process and until it is started. */
        KernelThread thread;
        /** The signal the process was killed with and has not ended by yet, or 0. */
        final PendingSignal pending = new PendingSignal();

        Running(UserAddressSpace space, FileTable files, boolean foreground) {
            this.space = space;
            this.files = files;
            this.foreground = foreground;
        }
    }

    /**
     * @param kernel  the running kernel
     * @param threads the thread layer processes run on; the caller is its main thread
     * @param table   where processes are recorded
     * @param schemes the schemes processes open files in
     */
    private final DriverProcesses drivers = new DriverProcesses();
    private final RealtimeClock realtime = new RealtimeClock();

    public ProcessSystem(KernelContext kernel, ThreadSystem threads, ProcessTable table, KernelSchemes schemes) {
        this.kernel = kernel;
        this.threads = threads;
        this.table = table;
        this.schemes = schemes;
        this.files = new FileSyscalls(schemes.registry(), schemes.blocker());
        PhysicalMemory memory = kernel.arch().physicalMemory();
        this.kernelRoot = memory == null ? 0 : memory.activeRoot();
    }

    /**
     * Starts a program in a new process.
     *
     * @param parent   the starting process (it must be recorded in the table)
     * @param file     the executable's bytes
     * @param argv     the arguments, the program's name first
     * @param envp     the environment
     * @param inherited the child's file table
     * @return the child's id, or a negated errno; on failure the table is closed
     */
    public long spawn(Process parent, ByteSource file, String[] argv, String[] envp, FileTable inherited) {
        return spawn(parent, file, argv, envp, inherited, false);
    }

    /**
     * As {@link #spawn(Process, ByteSource, String[], String[], FileTable)}, perhaps in the console's
     * foreground job.
     *
     * @param parent     the starting process (recorded in the table), or null for init
     * @param file       the executable's bytes
     * @param argv       the arguments, the program's name first
     * @param envp       the environment
     * @param inherited  the child's file table
     * @param foreground whether the child joins the console's foreground job (it does anyway when
     *                   its parent belongs to it)
     * @return the child's id, or a negated errno; on failure the table is closed
     */
    public long spawn(Process parent, ByteSource file, String[] argv, String[] envp, FileTable inherited,
                      boolean foreground) {
        return spawn(parent, file, argv, envp, inherited, foreground, ProcessCalls.ROOT);
    }

    /**
     * As {@link #spawn(Process, ByteSource, String[], String[], FileTable, boolean)}, in a working
     * directory (a child starts in its parent's).
     *
     * @param parent           the starting process, or null for init
     * @param file             the executable's bytes
     * @param argv             the arguments, the program's name first
     * @param envp             the environment
     * @param inherited        the child's file table
     * @param foreground       whether the child joins the console's foreground job
     * @param workingDirectory where the child's relative paths start
     * @return the child's id, or a negated errno; on failure the table is closed
     */
    long spawn(Process parent, ByteSource file, String[] argv, String[] envp, FileTable inherited,
               boolean foreground, dev.moka.kernel.ipc.SchemePath workingDirectory) {
        return spawn(parent, file, argv, envp, inherited, foreground, workingDirectory, false);
    }

    /**
     * As {@link #spawn(Process, ByteSource, String[], String[], FileTable, boolean,
     * dev.moka.kernel.ipc.SchemePath)}, perhaps as a driver (marked before the child can run).
     */
    long spawn(Process parent, ByteSource file, String[] argv, String[] envp, FileTable inherited,
               boolean foreground, dev.moka.kernel.ipc.SchemePath workingDirectory, boolean driver) {
        if (inherited == null) {
            return -Errno.EMFILE;
        }
        UserMode mode = kernel.arch().userMode();
        if (mode == null) {
            inherited.closeAll();
            return -Errno.ENOSYS;
        }
        // The frame allocator is shared with every thread and the timer's path: loading takes frames
        // with interrupts masked, so that no other thread finds the allocator half-way through a change.
        kernel.arch().disableInterrupts();
        LoadedProgram loaded = LoadedProgram.load(kernel, file, argv.length > 0 ? argv[0] : "?", argv, envp);
        kernel.arch().enableInterrupts();
        if (loaded.error() != 0) {
            inherited.closeAll();
            return loaded.error();
        }
        UserAddressSpace space = loaded.space();
        ProgramImage image = loaded.image();
        // The table is shared with every process's thread: it changes with interrupts masked, as waitpid reads it.
        kernel.arch().disableInterrupts();
        Process process = table.create(parent, argv.length > 0 ? argv[0] : "?");
        kernel.arch().enableInterrupts();
        if (process == null) {
            inherited.closeAll();
            destroy(space);
            return -Errno.EAGAIN;
        }
        boolean inForeground = foreground
                || parent != null && parent.resources() instanceof Running starter && starter.foreground;
        Running running = new Running(space, inherited, inForeground);
        process.attach(running);
        if (driver) {
            drivers.mark(process);
        }
        ProcessCalls calls = new ProcessCalls(kernel.arch(), mode, space, process, image, files, inherited,
                kernel::println, this, kernel.frames(), workingDirectory);
        KernelThread thread = threads.spawn(process.name(), 0, 0, () -> {
            int status;
            int killedBy = running.pending.signal;
            if (killedBy != 0) {
                status = WaitStatus.signaled(killedBy); // killed before it ever ran
            } else {
                space.activate();
                long result = mode.enterUser(image.entry(), image.stackPointer(), 0, 0, calls);
                status = result == UserMode.UNRESUMABLE ? WaitStatus.signaled(WaitStatus.SIGSEGV) : (int) result;
            }
            end(process, status);
            return false;
        });
        if (thread == null) {
            kernel.arch().disableInterrupts();
            table.end(process, WaitStatus.signaled(WaitStatus.SIGKILL));
            if (parent != null) {
                table.collect(parent, process.pid());
            }
            kernel.arch().enableInterrupts();
            inherited.closeAll();
            destroy(space);
            return -Errno.ENOMEM;
        }
        threads.setAddressSpace(thread, space.root());
        running.thread = thread;
        return process.pid();
    }

    /** The end of a process, on its own thread: its files and space go back and its parent wakes. */
    private void end(Process process, int status) {
        // From here the thread must not be switched back into the space it is about to give back.
        threads.setAddressSpace(threads.current(), 0);
        Running running = (Running) process.resources();
        // Closing a pipe's end wakes its other side: scheme code runs with interrupts masked.
        kernel.arch().disableInterrupts();
        running.files.closeAll();
        kernel.arch().enableInterrupts();
        PhysicalMemory memory = kernel.arch().physicalMemory();
        memory.activate(kernelRoot);
        destroy(running.space);
        // One step as seen by a parent's waitpid, which looks with interrupts masked: a preemption in
        // the middle of the end would let it collect a process that reads as ended with no status yet.
        kernel.arch().disableInterrupts();
        boolean orphans = !process.childList().isEmpty();
        table.end(process, status);
        kernel.arch().enableInterrupts();
        Process parent = process.parent();
        if (parent == null) {
            threads.wakeOne(initEnded);
        }
        wakeWaiters(parent);
        if (orphans && table.init() != parent) {
            wakeWaiters(table.init()); // its new children may have ended already
        }
    }

    /** Gives a space back, with interrupts masked as every use of the shared frame allocator. */
    private void destroy(UserAddressSpace space) {
        kernel.arch().disableInterrupts();
        space.destroy();
        kernel.arch().enableInterrupts();
    }

    /** Wakes the threads of {@code process} waiting for a child of theirs to end. */
    private void wakeWaiters(Process process) {
        if (process != null && process.resources() instanceof Running waiting) {
            while (threads.wakeOne(waiting.children)) {
                // every waiter looks again
            }
        }
    }

    /**
     * Kills a process, as the {@code kill} system call and the console (Ctrl-C) do: the process ends
     * with {@code signal} whatever it is doing, running, preempted or waiting in the kernel, and its
     * parent's {@code waitpid} sees {@code WaitStatus.signaled(signal)}. Returns at once; the end
     * happens on the target's own thread, when it next runs. Callable from any kernel thread, not from
     * an interrupt handler.
     *
     * @param target the process to end
     * @param signal {@link Signals#SIGINT}, {@link Signals#SIGKILL} or {@link Signals#SIGTERM}; 0 only
     *               checks that the target is alive
     * @return 0; {@code -EINVAL} for another signal; {@code -ESRCH} when the target has ended or is not
     *         in the table; {@code -EPERM} for init, which is never killed (its end would leave orphans
     *         nobody collects)
     */
    public int kill(Process target, int signal) {
        if (!Signals.accepted(signal)) {
            return -Errno.EINVAL;
        }
        kernel.arch().disableInterrupts();
        if (target == null || target.ended() || table.get(target.pid()) != target
                || !(target.resources() instanceof Running running)) {
            kernel.arch().enableInterrupts();
            return -Errno.ESRCH;
        }
        if (target == table.init()) {
            kernel.arch().enableInterrupts();
            return -Errno.EPERM;
        }
        if (signal != 0 && running.pending.signal == 0) {
            running.pending.signal = signal;
        }
        KernelThread thread = running.thread;
        if (signal != 0 && thread != null) {
            threads.interrupt(thread); // ends the wait it is in, if any; unmasks interrupts
        }
        kernel.arch().enableInterrupts();
        return 0;
    }

    /**
     * Kills a process by id: see {@link #kill(Process, int)}.
     *
     * @param pid    the process's id; ids of 0 and below (process groups, every process) are refused
     * @param signal as for {@link #kill(Process, int)}
     * @return 0, or {@code -EINVAL}, {@code -ESRCH} or {@code -EPERM} ({@code pid <= 0} included)
     */
    public int kill(int pid, int signal) {
        if (!Signals.accepted(signal)) {
            return -Errno.EINVAL;
        }
        if (pid <= 0) {
            return -Errno.EPERM;
        }
        kernel.arch().disableInterrupts();
        Process target = table.get(pid);
        kernel.arch().enableInterrupts();
        return kill(target, signal);
    }

    /**
     * @param process a process of the table
     * @return what {@code sys:context} says it is doing: {@code running} (on the CPU or ready to be),
     *         {@code blocked} (waiting for a child, a pipe or input), {@code sleeping}, or
     *         {@code zombie} (ended, not waited for yet)
     */
    static String stateOf(Process process) {
        if (process.ended()) {
            return "zombie";
        }
        KernelThread thread = process.resources() instanceof Running running ? running.thread : null;
        if (thread == null) {
            return "running";
        }
        return switch (thread.state()) {
            case KernelThread.BLOCKED -> "blocked";
            case KernelThread.SLEEPING -> "sleeping";
            default -> "running";
        };
    }

    /** @return where the signal {@code process} is killed with appears; null for a process not started here */
    PendingSignal pendingSignalOf(Process process) {
        return process.resources() instanceof Running running ? running.pending : null;
    }

    /**
     * Sleeps the calling process's thread on the timer, for at least the time given.
     *
     * @param seconds not negative
     * @param nanos   {@code 0..999_999_999}
     * @return 0; {@code -EINTR} when the process was killed meanwhile; {@code -ENOSYS} when no timer runs
     */
    long sleep(long seconds, long nanos) {
        int hz = threads.timerHz();
        if (hz == 0) {
            return -Errno.ENOSYS;
        }
        long ticks;
        if (seconds >= Long.MAX_VALUE / hz - 2) {
            ticks = Long.MAX_VALUE; // beyond the tick counter: until killed
        } else {
            // Rounded up, plus one: the first tick may come at once, a part of a period from now.
            ticks = seconds * hz + (nanos * hz + 999_999_999L) / 1_000_000_000L + 1;
        }
        return threads.sleepInterruptibly(ticks) ? 0 : -Errno.EINTR;
    }

    /**
     * @param caller  the waiting process
     * @param pid     the child, or -1 for any
     * @param options 0 or {@link #WNOHANG}
     * @return {@code pid << 32 | status} of the collected child; 0 with {@code WNOHANG} when none has
     *         ended; {@code -ECHILD} when there is nothing to wait for; {@code -EINTR} when the caller
     *         was killed while it waited
     */
    public long waitpid(Process caller, int pid, int options) {
        Running running = (Running) caller.resources();
        for (;;) {
            // The look and the wait are one step: a child that ends in between would wake nobody.
            kernel.arch().disableInterrupts();
            long result = table.collect(caller, pid);
            if (result == ProcessTable.NO_CHILD) {
                kernel.arch().enableInterrupts();
                return -Errno.ECHILD;
            }
            if (result != ProcessTable.NOT_YET) {
                kernel.arch().enableInterrupts();
                return result;
            }
            if ((options & WNOHANG) != 0) {
                kernel.arch().enableInterrupts();
                return 0;
            }
            if (!threads.blockInterruptibly(running.children)) {
                return -Errno.EINTR;
            }
        }
    }

    /**
     * Ctrl-C on the console: every live process of the console's foreground job is sent SIGINT, which
     * ends it. Background processes and the shell that started the job are left alone.
     */
    public void interruptForeground() {
        for (Process process : table.list()) {
            if (!process.ended() && process.resources() instanceof Running running && running.foreground) {
                kill(process, WaitStatus.SIGINT);
            }
        }
    }

    /**
     * Starts the first process, init, which has no parent: it is the one that adopts orphans, and
     * its end is the system's end ({@link #awaitInit}).
     *
     * @param file     init's executable
     * @param argv     its arguments, its name first
     * @param envp     its environment
     * @param streams  its file table, usually the console on descriptors 0, 1 and 2
     * @return init's pid (1), or a negated errno
     */
    public long startInit(ByteSource file, String[] argv, String[] envp, FileTable streams) {
        if (table.init() != null) {
            throw new IllegalStateException("init is running already");
        }
        return spawn(null, file, argv, envp, streams);
    }

    /**
     * Blocks the calling kernel thread until init has ended.
     *
     * @return init's wait status
     */
    public int awaitInit() {
        Process init = table.init();
        // Masked from the test to the park, so init's end cannot slip in between and go unheard.
        kernel.arch().disableInterrupts();
        while (!init.ended()) {
            threads.block(initEnded);
            kernel.arch().disableInterrupts();
        }
        kernel.arch().enableInterrupts();
        return init.status();
    }

    /**
     * Makes a process of the kernel itself, the parent of the first program, whose thread is the
     * caller (the thread layer's main thread): it waits for its children like any process.
     *
     * @param name its name in the table
     * @return the process, the table's init
     */
    public Process kernelProcess(String name) {
        Process process = table.create(null, name);
        process.attach(new Running(null, new FileTable(), false));
        return process;
    }

    /**
     * @param threads the thread layer processes will run on
     * @param arch    the machine
     * @return the blocker pipes should wait through, for {@link KernelSchemes}
     */
    public static dev.moka.kernel.ipc.Blocker pipeBlocker(ThreadSystem threads, dev.moka.kernel.api.arch.ArchPack arch) {
        return new ThreadBlocker(threads, arch);
    }

    /** @return the processes started as drivers */
    DriverProcesses drivers() {
        return drivers;
    }

    /** @return the realtime clock, which a clock driver sets */
    RealtimeClock realtime() {
        return realtime;
    }

    /** @param pid a process id @return the file table of that live process, or null */
    dev.moka.kernel.ipc.fd.FileTable filesOf(int pid) {
        Process process = table.get(pid);
        return process != null && !process.ended() && process.resources() instanceof Running running
                ? running.files : null;
    }

    /** @return the thread layer, for the calls that yield or sleep */
    ThreadSystem threads() {
        return threads;
    }
}
