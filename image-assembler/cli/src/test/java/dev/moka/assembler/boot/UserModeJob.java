package dev.moka.assembler.boot;

import dev.moka.kernel.api.arch.SyscallHandler;
import dev.moka.kernel.api.arch.UserMode;
import dev.moka.kernel.api.boot.BootJob;
import dev.moka.kernel.api.boot.KernelContext;
import dev.moka.kernel.core.heap.HeapStatistics;
import dev.moka.kernel.core.thread.KernelThread;
import dev.moka.kernel.core.thread.ThreadBody;
import dev.moka.kernel.core.thread.ThreadSystem;

/**
 * A boot job compiled into a test image: hand-assembled programs run in user mode on a kernel
 * thread, each judged by what its {@link SyscallHandler} saw. One line per case, and the run fails
 * when a check does not hold:
 * <ul>
 *   <li>{@code user calls: ...}: GETPID, a REPORT call with six arguments (every argument register
 *       arrives, every register but rax, rcx and r11 is kept), EXIT with a status; and an exception
 *       a handler throws, which comes out of {@code enterUser};</li>
 *   <li>{@code user fault <case>: ...}: ud2, reads of the null page and of a kernel address, a write
 *       to a read-only page, hlt, cli, out, int, a jump to a non-canonical address, and a system call
 *       whose return address is not canonical: each reaches the handler with its vector, error code,
 *       address and rip, ends the run, and the kernel goes on; the non-canonical jump once more with
 *       a handler that resumes it, which the machine must refuse to return to;</li>
 *   <li>{@code collector in a system call: ...}: the collector runs inside a system call and keeps an
 *       array only the runner's frame above the user run refers to;</li>
 *   <li>{@code user fault lazy: ...}: a page fault the handler repairs by mapping the page; the
 *       program resumes at the faulting instruction and reads it;</li>
 *   <li>{@code preemption in ring 3: ...}: a program spins until another kernel thread writes a word
 *       it reads, which that thread can only do if the timer preempts the program; that thread makes
 *       the collector run meanwhile, which walks the preempted runner's stack from ring 3 on;</li>
 *   <li>{@code two user threads: ...}: two threads ask GETPID in a loop in ring 3 at the same time, each
 *       with a handler of its own answering its own pid; each must only ever see its own;</li>
 *   <li>{@code null syscall: ...}: the least time-stamp difference around a GETPPID round trip;</li>
 *   <li>{@code user space: ...}: every frame of the user space is back once it is destroyed.</li>
 * </ul>
 * A machine without user mode (a hosted run) says so in one line and passes.
 *
 * <p>The programs are hex text ({@link UserProgramCode}), since the encoder does not run in the
 * kernel; {@link UserPrograms} writes them with the encoder, and the boot test checks that both agree.
 */
public final class UserModeJob implements BootJob {
    static final long PAGE = 4096;
    /** Code page: one program every {@link #SLOT} bytes, read-only, the first user page (512 GiB). */
    static final long CODE = 0x80_0000_0000L;
    static final long SLOT = 0x100;
    /** A writable page the spinning program reads. */
    static final long DATA = CODE + PAGE;
    static final long STACK_TOP = CODE + 3 * PAGE;
    /** Mapped only when the lazy program faults on it. */
    static final long LAZY = CODE + 0x10000;
    static final long LAZY_VALUE = 0x1234_5678L;
    /** The last user page; its last two bytes are a {@code syscall}, whose return address is not canonical. */
    static final long EDGE = 0x7FFF_FFFF_F000L;
    static final long NON_CANONICAL = 1L << 47;
    /** The kernel image: present, but not a user page. */
    static final int KERNEL_ADDRESS = 0x100000;

    static final int EXIT = 1;
    static final int GETPID = 20;
    static final int GETPPID = 64;
    /** A call of this test's own: records its six arguments, returns their sum. */
    static final int REPORT = 0x7E57;
    static final long ENOSYS = 38;
    static final long PID = 4242;
    /** The message of the exception a handler throws to end a run. */
    static final String THROWN = "thrown in a system call";
    /** The pid the second user thread's handler answers. */
    static final long SECOND_PID = 4343;
    static final int PID_LOOPS = 500_000;
    /** The second user thread's stack: the upper half of the stack page is the first's. */
    static final long SECOND_STACK_TOP = STACK_TOP - PAGE / 2;
    static final long PARENT_PID = 1;
    static final long MARKER = 0x1313_1313_1313_1313L;
    static final int CALLS_STATUS = 7;
    static final int CALLS_BROKEN = 99;
    static final int SPIN_LIMIT = 1 << 28;
    static final int ROUNDS = 64;
    static final int NOPS = 100;
    /** What the handler ends a run with on a fault it does not repair. */
    static final long ENDED_BY_FAULT = Long.MIN_VALUE + 1;

    /** Words of the arrays the collector must keep or may take. */
    static final int WITNESS_WORDS = 1024;
    /** Allocations after which a collector that has not run is taken not to run at all. */
    static final int CHURN_LIMIT = 100_000;

    static final int HZ = 1000;
    static final int WRITER_DELAY = 20;
    static final int PATIENCE = 30000;

    /** The low bits of a selector error code: external event, IDT reference, LDT reference. */
    static final long SELECTOR_FLAGS = 7;
    static final long IDT_REFERENCE = 2;

    static final int UD = 6;
    static final int GP = 13;
    static final int PF = 14;

    /** @param name a program's name in {@link UserProgramCode#NAMES} @return where it is loaded */
    static long entry(String name) {
        return CODE + UserProgramCode.indexOf(name) * SLOT;
    }

    /**
     * A second thread that runs the pid loop in the runner's space, with a handler of its own, at the
     * same time as the runner: both are preempted in ring 3 and in system calls, so each finds its
     * own entry stack and handler only if the machine keeps them with the thread.
     */
    static final class SecondUser implements ThreadBody {
        private final ThreadSystem threads;
        private final UserMode user;
        private final UserProgramRunner runner;
        final UserRunRecorder recorder;
        long status;
        boolean started;
        boolean finished;

        SecondUser(ThreadSystem threads, UserMode user, UserProgramRunner runner) {
            this.threads = threads;
            this.user = user;
            this.runner = runner;
            this.recorder = new UserRunRecorder(user, SECOND_PID);
        }

        @Override
        public boolean step() {
            while (runner.turns == null && !runner.done) {
                threads.sleep(1);
            }
            if (!runner.done) {
                recorder.turns = runner.turns;
                started = true;
                status = user.enterUser(entry("PID_LOOP"), SECOND_STACK_TOP, 0, 0, recorder);
            }
            finished = true;
            // Its stack goes back to the allocator when it ends: not while the runner counts frames.
            while (!runner.done) {
                threads.sleep(1);
            }
            return false;
        }
    }

    /** Writes the word the spinning program waits for, some ticks after it started. */
    static final class Writer implements ThreadBody {
        private final ThreadSystem threads;
        private final UserProgramRunner runner;

        Writer(ThreadSystem threads, UserProgramRunner runner) {
            this.threads = threads;
            this.runner = runner;
        }

        @Override
        public boolean step() {
            while (!runner.spinStarted && !runner.done) {
                threads.sleep(1);
            }
            if (!runner.done) {
                threads.sleep(WRITER_DELAY);
                runner.collectedWhileSpinning = churn(2);
                runner.space.write64(DATA, 1);
                runner.writtenAtTick = threads.ticks();
            }
            // Its stack goes back to the allocator when it ends: not while the runner counts frames.
            while (!runner.done) {
                threads.sleep(1);
            }
            return false;
        }
    }

    @Override
    public String run(KernelContext kernel) {
        UserMode user = kernel.arch().userMode();
        if (user == null) {
            kernel.println("user mode: this machine has none");
            return null;
        }
        if (kernel.arch().pageTableFormat() == null || kernel.stackSpace() == null) {
            return "user mode: the machine has user mode but no page tables or thread stacks";
        }
        ThreadSystem threads = new ThreadSystem(kernel.arch(), kernel.scheduler(), kernel.frames(), kernel.stackSpace(),
                -20, 31);
        threads.startTimer(HZ);
        UserProgramRunner runner = new UserProgramRunner(kernel, threads, user);
        runner.second = new SecondUser(threads, user, runner);
        KernelThread writer = threads.spawn("writer", 0, 0, new Writer(threads, runner));
        KernelThread second = threads.spawn("user2", 0, 0, runner.second);
        KernelThread running = threads.spawn("user", 0, 0, runner);
        for (int waited = 0; waited < PATIENCE && !(exited(running) && exited(writer) && exited(second)); waited++) {
            threads.sleep(1);
        }
        threads.stopTimer();
        if (!exited(running)) {
            return "user mode: the programs did not finish";
        }
        return runner.failure;
    }

    /** @param seed what tells two witnesses apart @return an array filled from the seed */
    static long[] witness(long seed) {
        long[] words = new long[WITNESS_WORDS];
        for (int i = 0; i < words.length; i++) {
            words[i] = seed * MARKER ^ i;
        }
        return words;
    }

    /**
     * @param words a witness @param seed its seed
     * @return whether it holds what it was filled with; a witness wrongly freed and handed out again
     *         reads as something else, even as an array of another length
     */
    static boolean intact(long[] words, long seed) {
        if (words.length != WITNESS_WORDS) {
            return false;
        }
        for (int i = 0; i < words.length; i++) {
            if (words[i] != (seed * MARKER ^ i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Allocates arrays of a witness's size until the collector has run {@code count} more times: from
     * the second on, the heap's free space, a witness wrongly freed by the first included, has been
     * handed out again, zeroed, in between.
     *
     * @param count collections to wait for
     * @return false when the collector did not run (a heap plan without one)
     */
    static boolean churn(int count) {
        long start = HeapStatistics.collections();
        for (int i = 0; i < CHURN_LIMIT; i++) {
            long[] garbage = new long[WITNESS_WORDS];
            garbage[i % WITNESS_WORDS] = i;
            if (HeapStatistics.collections() - start >= count) {
                return true;
            }
        }
        return false;
    }

    private static boolean exited(KernelThread thread) {
        return thread != null && thread.state() == KernelThread.EXITED;
    }
}
