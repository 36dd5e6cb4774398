package dev.moka.assembler.boot;

import dev.moka.kernel.api.arch.ArchPack;
import dev.moka.kernel.api.arch.SyscallHandler;
import dev.moka.kernel.api.arch.UserMode;
import dev.moka.kernel.api.boot.BootJob;
import dev.moka.kernel.api.boot.KernelContext;
import dev.moka.kernel.api.mm.FrameAllocator;
import dev.moka.kernel.api.mm.PageFlags;
import dev.moka.kernel.api.mm.PageTableFormat;
import dev.moka.kernel.api.mm.PhysicalMemory;
import dev.moka.kernel.core.heap.HeapStatistics;
import dev.moka.kernel.core.thread.KernelThread;
import dev.moka.kernel.core.thread.ThreadBody;
import dev.moka.kernel.core.thread.ThreadSystem;
import dev.moka.kernel.mm.paging.AddressSpace;
import dev.moka.kernel.mm.paging.UserSpace;

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

    /** Records what a run's program asked and did; ends the run on EXIT and on a fault it does not repair. */
    /** Which handler answered GETPID last, and how often the answering handler changed. */
    static final class Turns {
        Recorder last;
        long changes;
    }

    static final class Recorder implements SyscallHandler {
        private final UserMode user;
        private final long ownPid;
        UserSpace space;
        /** Where GETPIDs are counted by who answered them, or null. */
        Turns turns;
        final long[] report = new long[6];
        long pid;
        int faults;
        int vector;
        long errorCode;
        long address;
        long rip;
        boolean mapOnFault;
        boolean collectOnReport;
        boolean collected;
        boolean throwOnGetpid;
        /** Faults to resume before the handler ends the run. */
        int resumeFaults;
        long firstRip;

        Recorder(UserMode user, long ownPid) {
            this.user = user;
            this.ownPid = ownPid;
        }

        void reset() {
            for (int i = 0; i < report.length; i++) {
                report[i] = 0;
            }
            pid = 0;
            faults = 0;
            vector = -1;
            errorCode = 0;
            address = 0;
            rip = 0;
            mapOnFault = false;
            collectOnReport = false;
            collected = false;
            throwOnGetpid = false;
            resumeFaults = 0;
            firstRip = 0;
        }

        @Override
        public long syscall(long number, long a, long b, long c, long d, long e, long f) {
            if (number == EXIT) {
                user.leaveUser(a);
            }
            if (number == GETPID) {
                if (throwOnGetpid) {
                    throw new IllegalStateException(THROWN);
                }
                pid = ownPid;
                Turns shared = turns;
                if (shared != null && shared.last != this) {
                    shared.last = this;
                    shared.changes++;
                }
                return ownPid;
            }
            if (number == GETPPID) {
                return PARENT_PID;
            }
            if (number == REPORT) {
                report[0] = a;
                report[1] = b;
                report[2] = c;
                report[3] = d;
                report[4] = e;
                report[5] = f;
                if (collectOnReport) {
                    collected = churn(2);
                }
                return a + b + c + d + e + f;
            }
            return -ENOSYS;
        }

        @Override
        public void userFault(int faultVector, long faultErrorCode, long faultAddress, long faultRip) {
            faults++;
            vector = faultVector;
            errorCode = faultErrorCode;
            address = faultAddress;
            rip = faultRip;
            if (faults == 1) {
                firstRip = faultRip;
            }
            if (faults <= resumeFaults) {
                return;
            }
            if (mapOnFault && faults == 1 && faultVector == PF && faultAddress == LAZY) {
                if (space.allocate(LAZY, PageFlags.WRITABLE | PageFlags.NO_EXECUTE) == AddressSpace.OK
                        && space.write64(LAZY, LAZY_VALUE) == AddressSpace.OK) {
                    return;
                }
            }
            user.leaveUser(ENDED_BY_FAULT);
        }
    }

    /** The thread that runs every program, one after the other, in one user space. */
    static final class Runner implements ThreadBody {
        private final KernelContext kernel;
        private final ThreadSystem threads;
        private final UserMode user;
        private final Recorder recorder;
        UserSpace space;
        Turns turns;
        boolean spinStarted;
        boolean done;
        long writtenAtTick;
        boolean collectedWhileSpinning;
        String failure;

        Runner(KernelContext kernel, ThreadSystem threads, UserMode user) {
            this.kernel = kernel;
            this.threads = threads;
            this.user = user;
            this.recorder = new Recorder(user, PID);
        }

        @Override
        public boolean step() {
            try {
                runAll();
            } finally {
                done = true;
            }
            return false;
        }

        private void fail(String what) {
            kernel.println("user mode: FAILED " + what);
            if (failure == null) {
                failure = "user mode: " + what;
            }
        }

        private void runAll() {
            ArchPack arch = kernel.arch();
            PageTableFormat format = arch.pageTableFormat();
            PhysicalMemory memory = arch.physicalMemory();
            FrameAllocator frames = kernel.frames();
            long kernelRoot = memory.activeRoot();
            long before = frames.freeFrames();
            space = UserSpace.create(format, memory, frames, kernelRoot);
            if (space == null || !load(space)) {
                fail("no memory for the user space");
                return;
            }
            recorder.space = space;
            long inUse = before - frames.freeFrames();
            space.activate();
            misuse();
            calls();
            thrown();
            fault("ud2", entry("UD2"), UD, 0, 0, entry("UD2"));
            fault("null read", entry("NULL_READ"), PF, 4, 0, entry("NULL_READ") + 2);
            fault("kernel read", entry("KERNEL_READ"), PF, 5, KERNEL_ADDRESS, entry("KERNEL_READ") + 5);
            fault("code write", entry("CODE_WRITE"), PF, 7, CODE, entry("CODE_WRITE") + 10);
            fault("hlt", entry("HLT"), GP, 0, 0, entry("HLT"));
            fault("cli", entry("CLI"), GP, 0, 0, entry("CLI"));
            fault("out", entry("OUT"), GP, 0, 0, entry("OUT"));
            // An IDT reference, not external (the low bits); the index field names vector 0x20, as
            // 0x20 * 8 in the SDM's words and as 0x20 * 16 in QEMU 7.2's, so only the low bits are checked.
            fault("int 0x20", entry("INT"), GP, SELECTOR_FLAGS, IDT_REFERENCE, 0, entry("INT"), entry("INT"));
            // Intel reports the jump, AMD and QEMU the target it could not fetch.
            fault("non-canonical jump", entry("JUMP"), GP, -1, 0, 0, entry("JUMP") + 10, NON_CANONICAL);
            resumedJump();
            fault("non-canonical sysret", EDGE + PAGE - 2, GP, 0, NON_CANONICAL, NON_CANONICAL);
            lazy();
            spin();
            twoThreads();
            measure();
            memory.activate(kernelRoot);
            int given = space.destroy();
            long after = frames.freeFrames();
            kernel.println("user space: " + inUse + " frames mapped, " + given + " given back; free frames before "
                    + before + ", after " + after);
            if (after != before || given < inUse) {
                fail("frames of the user space were not all given back");
            }
        }

        /** Maps the code, data, stack and edge pages and copies the programs in. */
        private static boolean load(UserSpace space) {
            long data = PageFlags.WRITABLE | PageFlags.NO_EXECUTE;
            if (space.allocate(CODE, 0) != AddressSpace.OK || space.allocate(DATA, data) != AddressSpace.OK
                    || space.allocate(STACK_TOP - PAGE, data) != AddressSpace.OK
                    || space.allocate(EDGE, 0) != AddressSpace.OK) {
                return false;
            }
            for (int i = 0; i < UserProgramCode.HEX.length; i++) {
                if (space.write(CODE + i * SLOT, UserProgramCode.bytes(UserProgramCode.HEX[i])) != AddressSpace.OK) {
                    return false;
                }
            }
            byte[] syscall = {0x0F, 0x05};
            return space.write(EDGE + PAGE - 2, syscall) == AddressSpace.OK;
        }

        private long run(long entry) {
            recorder.reset();
            return user.enterUser(entry, STACK_TOP, 0, 0, recorder);
        }

        /** What the user mode refuses: an entry outside user space, and a leaveUser with no run. */
        private void misuse() {
            boolean refusedEntry = false;
            boolean refusedLeave = false;
            try {
                user.enterUser(-PAGE, STACK_TOP, 0, 0, recorder);
            } catch (IllegalArgumentException e) {
                refusedEntry = true;
            }
            try {
                user.leaveUser(0);
            } catch (IllegalStateException e) {
                refusedLeave = true;
            }
            kernel.println("user mode: a kernel entry " + (refusedEntry ? "refused" : "ACCEPTED")
                    + ", leaveUser outside a run " + (refusedLeave ? "refused" : "ACCEPTED"));
            if (!refusedEntry || !refusedLeave) {
                fail("misuse was not refused");
            }
        }

        /**
         * The system calls; the REPORT handler also makes the collector run, which must walk from the
         * handler to this frame, whose array nothing else refers to.
         */
        private void calls() {
            long[] witness = witness(1);
            recorder.reset();
            recorder.collectOnReport = true;
            long status = user.enterUser(entry("CALLS"), STACK_TOP, 0, 0, recorder);
            kernel.println("user calls: getpid " + recorder.pid + ", report " + recorder.report[0] + " "
                    + recorder.report[1] + " " + recorder.report[2] + " " + recorder.report[3] + " "
                    + recorder.report[4] + " " + recorder.report[5] + ", exit " + status);
            boolean reported = recorder.report[0] == PID && recorder.report[1] == 2 && recorder.report[2] == 3
                    && recorder.report[3] == 4 && recorder.report[4] == 5 && recorder.report[5] == 6;
            if (status != CALLS_STATUS || !reported || recorder.faults != 0) {
                fail("system calls: status " + status + (status == CALLS_BROKEN ? " (a register was not kept)" : ""));
            }
            boolean kept = intact(witness, 1);
            kernel.println("collector in a system call: " + (recorder.collected ? "ran" : "did not run")
                    + ", the runner's array " + (kept ? "kept" : "LOST"));
            if (!recorder.collected || !kept) {
                fail("a collection in a system call lost what the runner's frame holds");
            }
        }

        /** A handler's exception ends the run and comes out of enterUser; the next runs work as before. */
        private void thrown() {
            recorder.reset();
            recorder.throwOnGetpid = true;
            String caught = null;
            try {
                user.enterUser(entry("CALLS"), STACK_TOP, 0, 0, recorder);
            } catch (IllegalStateException e) {
                caught = e.getMessage();
            }
            boolean right = THROWN.equals(caught);
            kernel.println("user calls: an exception thrown in a system call " + (right
                    ? "came out of enterUser" : "was lost"));
            if (!right) {
                fail("an exception thrown in a system call did not come out of enterUser");
            }
        }

        private void fault(String name, long entry, int vector, long errorCode, long address, long rip) {
            fault(name, entry, vector, -1, errorCode, address, rip, rip);
        }

        /**
         * Runs a program that faults and checks what the handler saw.
         *
         * @param errorMask the bits of the error code that must equal {@code errorCode}
         * @param rip       where the fault must be reported, or {@code otherRip}
         */
        private void fault(String name, long entry, int vector, long errorMask, long errorCode, long address, long rip,
                           long otherRip) {
            long status = run(entry);
            String seen = "vector " + recorder.vector + " error 0x" + Long.toHexString(recorder.errorCode)
                    + " address 0x" + Long.toHexString(recorder.address) + " rip 0x" + Long.toHexString(recorder.rip);
            boolean right = status == ENDED_BY_FAULT && recorder.faults == 1 && recorder.vector == vector
                    && (recorder.errorCode & errorMask) == errorCode && recorder.address == address
                    && (recorder.rip == rip || recorder.rip == otherRip);
            kernel.println("user fault " + name + ": " + seen + " (" + user.describeFault(recorder.vector,
                    recorder.errorCode) + "), run ended, kernel goes on");
            if (!right) {
                fail(name + ": expected vector " + vector + " error 0x" + Long.toHexString(errorCode) + " address 0x"
                        + Long.toHexString(address) + " rip 0x" + Long.toHexString(rip));
            }
        }

        /**
         * The handler resumes a jump to a non-canonical address. Where the CPU reports the target as
         * the faulting rip (AMD, QEMU), the return there is refused before {@code iretq} and the run
         * ends unresumable; where it reports the jump (Intel), the jump faults again.
         */
        private void resumedJump() {
            recorder.reset();
            recorder.resumeFaults = 2;
            long status = user.enterUser(entry("JUMP"), STACK_TOP, 0, 0, recorder);
            boolean atTarget = recorder.firstRip == NON_CANONICAL;
            boolean right = atTarget
                    ? status == UserMode.UNRESUMABLE && recorder.faults == 2 && recorder.vector == GP
                            && recorder.address == NON_CANONICAL && recorder.rip == NON_CANONICAL
                    : status == ENDED_BY_FAULT && recorder.faults == 3 && recorder.rip == entry("JUMP") + 10;
            kernel.println("user fault non-canonical jump, resumed: " + (atTarget
                    ? "the return to 0x" + Long.toHexString(NON_CANONICAL) + " was refused, run ended unresumable"
                    : "the jump faulted again, run ended") + ", kernel goes on");
            if (!right) {
                fail("a resumed jump to a non-canonical address: " + recorder.faults + " faults, status " + status);
            }
        }

        private void lazy() {
            recorder.reset();
            recorder.mapOnFault = true;
            long status = user.enterUser(entry("LAZY"), STACK_TOP, 0, 0, recorder);
            kernel.println("user fault lazy: page mapped at 0x" + Long.toHexString(recorder.address)
                    + " on fault, the program resumed and read 0x" + Long.toHexString(status));
            if (status != LAZY_VALUE || recorder.faults != 1 || recorder.vector != PF || recorder.address != LAZY) {
                fail("a repaired fault did not resume the program");
            }
        }

        /**
         * A program that spins until the writer thread, which runs only when the timer preempts the
         * program, writes the word it reads; meanwhile the writer makes the collector run, which must
         * walk this thread's stack from the interrupt in ring 3 to this frame.
         */
        private void spin() {
            long[] witness = witness(2);
            long ticks = threads.ticks();
            spinStarted = true;
            long status = run(entry("SPIN"));
            long spun = threads.ticks() - ticks;
            boolean kept = intact(witness, 2);
            kernel.println("preemption in ring 3: the program spun " + (status > 0 ? "until the writer thread ran" : "in vain")
                    + ", " + spun + " ticks; the collector " + (collectedWhileSpinning ? "ran" : "did not run")
                    + " meanwhile, the runner's array " + (kept ? "kept" : "LOST"));
            if (status <= 0 || writtenAtTick == 0 || spun < WRITER_DELAY) {
                fail("the spinning program was not preempted");
            }
            if (!collectedWhileSpinning || !kept) {
                fail("a collection while the program was preempted lost what the runner's frame holds");
            }
        }

        SecondUser second;

        /**
         * The runner and the second user thread run the pid loop at once, each with its own handler;
         * the answering handler must change back and forth as the timer switches between them.
         */
        private void twoThreads() {
            recorder.reset();
            Turns shared = new Turns();
            recorder.turns = shared;
            turns = shared;
            for (int waited = 0; waited < PATIENCE && !second.started && !second.finished; waited++) {
                threads.sleep(1);
            }
            long status = user.enterUser(entry("PID_LOOP"), STACK_TOP, 0, 0, recorder);
            recorder.turns = null;
            for (int waited = 0; waited < PATIENCE && !second.finished; waited++) {
                threads.sleep(1);
            }
            kernel.println("two user threads: " + PID_LOOPS + " GETPIDs each, answered " + status + " and " + second.status
                    + (shared.changes > 2 ? ", taking turns" : ", one after the other"));
            if (status != PID || second.status != SECOND_PID) {
                fail("a user thread got another thread's answers (or none): " + status + " and " + second.status);
            }
            if (shared.changes <= 2) {
                fail("the two user threads did not take turns: " + shared.changes + " changes");
            }
        }

        private void measure() {
            long status = run(entry("MEASURE"));
            long roundTrip = recorder.report[0] - recorder.report[1];
            long nops = recorder.report[2] - recorder.report[1];
            String unit = nops == NOPS ? "instructions (the time-stamp counter counts instructions: " + NOPS
                    + " nops read " + nops + ")" : "time-stamp cycles";
            kernel.println("null syscall: " + roundTrip + " " + unit);
            if (status != 0 || roundTrip <= 0) {
                fail("the measuring program did not report");
            }
        }
    }

    /**
     * A second thread that runs the pid loop in the runner's space, with a handler of its own, at the
     * same time as the runner: both are preempted in ring 3 and in system calls, so each finds its
     * own entry stack and handler only if the machine keeps them with the thread.
     */
    static final class SecondUser implements ThreadBody {
        private final ThreadSystem threads;
        private final UserMode user;
        private final Runner runner;
        final Recorder recorder;
        long status;
        boolean started;
        boolean finished;

        SecondUser(ThreadSystem threads, UserMode user, Runner runner) {
            this.threads = threads;
            this.user = user;
            this.runner = runner;
            this.recorder = new Recorder(user, SECOND_PID);
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
        private final Runner runner;

        Writer(ThreadSystem threads, Runner runner) {
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
        Runner runner = new Runner(kernel, threads, user);
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
