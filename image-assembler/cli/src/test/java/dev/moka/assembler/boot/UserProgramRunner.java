package dev.moka.assembler.boot;

import static dev.moka.assembler.boot.UserModeJob.*;

import dev.moka.kernel.api.arch.ArchPack;
import dev.moka.kernel.api.arch.UserMode;
import dev.moka.kernel.api.boot.KernelContext;
import dev.moka.kernel.api.mm.FrameAllocator;
import dev.moka.kernel.api.mm.PageFlags;
import dev.moka.kernel.api.mm.PageTableFormat;
import dev.moka.kernel.api.mm.PhysicalMemory;
import dev.moka.kernel.core.thread.ThreadBody;
import dev.moka.kernel.core.thread.ThreadSystem;
import dev.moka.kernel.mm.paging.AddressSpace;
import dev.moka.kernel.mm.paging.UserSpace;

/**
 * The thread of {@link UserModeJob} that runs every program, one after the other, in one user space,
 * and prints a line per case.
 */
final class UserProgramRunner implements ThreadBody {
    private final KernelContext kernel;
    private final ThreadSystem threads;
    private final UserMode user;
    private final UserRunRecorder recorder;
    UserSpace space;
    UserRunRecorder.Turns turns;
    boolean spinStarted;
    boolean done;
    long writtenAtTick;
    boolean collectedWhileSpinning;
    String failure;

    UserProgramRunner(KernelContext kernel, ThreadSystem threads, UserMode user) {
        this.kernel = kernel;
        this.threads = threads;
        this.user = user;
        this.recorder = new UserRunRecorder(user, PID);
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
     * handler to this frame, whose array nothing else refers to. Doubles this frame holds across the
     * run are in the SSE registers calls preserve, which the program finds zeroed and may overwrite.
     */
    private void calls() {
        long[] witness = witness(1);
        double half = witness[3] * 0.5;
        double quarter = witness[5] * 0.25;
        double negated = -(double) witness[7];
        recorder.reset();
        recorder.collectOnReport = true;
        long status = user.enterUser(entry("CALLS"), STACK_TOP, 0, 0, recorder);
        // Checked through other expressions than the ones that made them, which no optimisation equates.
        boolean doublesKept = half * 2.0 == (double) witness[3] && quarter * 4.0 == (double) witness[5]
                && negated + witness[7] == 0.0;
        kernel.println("user calls: doubles held across the run " + (doublesKept ? "kept" : "LOST"));
        if (!doublesKept) {
            fail("enterUser did not keep the registers calls preserve");
        }
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

    UserModeJob.SecondUser second;

    /**
     * The runner and the second user thread run the pid loop at once, each with its own handler;
     * the answering handler must change back and forth as the timer switches between them.
     */
    private void twoThreads() {
        recorder.reset();
        UserRunRecorder.Turns shared = new UserRunRecorder.Turns();
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
