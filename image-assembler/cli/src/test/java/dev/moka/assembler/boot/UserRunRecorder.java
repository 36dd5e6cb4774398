package dev.moka.assembler.boot;

import static dev.moka.assembler.boot.UserModeJob.ENDED_BY_FAULT;
import static dev.moka.assembler.boot.UserModeJob.ENOSYS;
import static dev.moka.assembler.boot.UserModeJob.EXIT;
import static dev.moka.assembler.boot.UserModeJob.GETPID;
import static dev.moka.assembler.boot.UserModeJob.GETPPID;
import static dev.moka.assembler.boot.UserModeJob.LAZY;
import static dev.moka.assembler.boot.UserModeJob.LAZY_VALUE;
import static dev.moka.assembler.boot.UserModeJob.PARENT_PID;
import static dev.moka.assembler.boot.UserModeJob.PF;
import static dev.moka.assembler.boot.UserModeJob.REPORT;
import static dev.moka.assembler.boot.UserModeJob.THROWN;
import static dev.moka.assembler.boot.UserModeJob.churn;

import dev.moka.kernel.api.arch.SyscallHandler;
import dev.moka.kernel.api.arch.UserMode;
import dev.moka.kernel.api.mm.PageFlags;
import dev.moka.kernel.mm.paging.AddressSpace;
import dev.moka.kernel.mm.paging.UserSpace;

/**
 * The {@link SyscallHandler} of {@link UserModeJob}'s runs: records what a program asked and did,
 * answers GETPID, GETPPID and REPORT, and ends the run on EXIT and on a fault it does not repair (or
 * is not told to resume).
 */
final class UserRunRecorder implements SyscallHandler {
    /** Which handler answered GETPID last, and how often the answering handler changed. */
    static final class Turns {
        UserRunRecorder last;
        long changes;
    }

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

    UserRunRecorder(UserMode user, long ownPid) {
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
