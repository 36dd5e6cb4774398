package dev.moka.assembler.hosted;

import dev.moka.kernel.api.arch.SyscallHandler;
import dev.moka.kernel.api.arch.UserMode;

/**
 * User mode on the simulated machine, for Java programs: the kernel loads a process exactly as
 * natively (its ELF checked and mapped, its stack laid out, its space active) and calls
 * {@link #enterUser} on the process's kernel thread; here that starts the program's {@link UserThread}
 * at the entry, which names the program's main class ({@link HostedExecutable}), and serves its
 * entries into the kernel on the calling kernel thread until a handler ends the run with
 * {@link #leaveUser}. So the kernel's process, file-descriptor, pipe, scheme and system-call code, the
 * same classes as in the native image, serves every call, with the process as the caller.
 *
 * <p>Port I/O: a driver's {@code ioperm} grants its run ports by the architecture's own rule
 * ({@link #arePortsGrantable}), and the program's {@code in} and {@code out} there reach the
 * simulated PC's devices ({@link UserThread#portIn}); any other port is a general protection fault,
 * as the I/O permission bitmap makes it natively.
 *
 * <p>What differs from ring 3 on a CPU: the program is bytecode, so a fault report's instruction
 * pointer is the program's entry; the timer's interrupt comes at the program's safepoints
 * ({@link SafepointInstrumenter}), every {@link UserThread#UNITS_PER_STEP} of them making one step of
 * the simulated CPU; and the frames of a run that ends are unwound (their {@code finally} blocks run)
 * instead of dropped, though the program reaches the kernel no more.
 */
final class HostedUserMode implements UserMode {
    private final SimulatedMachine machine;
    private final HostedArchPack cpu;
    private final UserMode architecture;
    /** The run on each kernel thread, to refuse nesting and to know {@link #leaveUser} is inside one. */
    private final ThreadLocal<UserRun> running = new ThreadLocal<>();

    /**
     * @param machine the simulated machine, whose MMU checks the program's accesses
     * @param cpu     the hosted arch pack, whose timer the program's steps drive
     * @param architecture the architecture's own user mode, for the names of faults
     */
    HostedUserMode(SimulatedMachine machine, HostedArchPack cpu, UserMode architecture) {
        this.machine = machine;
        this.cpu = cpu;
        this.architecture = architecture;
    }

    SimulatedMachine machine() {
        return machine;
    }

    /** @return whether the timer ticks after the step a program just finished */
    boolean stepDone() {
        return cpu.stepDone();
    }

    /** The architecture's rule, so that hosted and native drivers are refused the same ports. */
    @Override
    public boolean arePortsGrantable(int first, int count) {
        return architecture.arePortsGrantable(first, count);
    }

    /**
     * The run of the calling kernel thread may use the ports from now on: its program's {@code in}
     * and {@code out} there reach the simulated machine's devices, and anywhere else are a #GP.
     */
    @Override
    public boolean allowPorts(int first, int count) {
        UserRun run = running.get();
        if (run == null || !arePortsGrantable(first, count)) {
            return false;
        }
        run.grantPorts(first, count);
        return true;
    }

    @Override
    public long enterUser(long entry, long userStack, long arg0, long arg1, SyscallHandler handler) {
        if (entry >>> 47 != 0 || userStack >>> 47 != 0 || entry == 0) {
            throw new IllegalArgumentException("enterUser: entry 0x" + Long.toHexString(entry) + " and stack 0x"
                    + Long.toHexString(userStack) + " must lie in the lower half");
        }
        if (running.get() != null) {
            throw new IllegalStateException("enterUser: runs do not nest");
        }
        UserRun run = new UserRun();
        UserThread program = new UserThread(run, this, Thread.currentThread().getName(), entry, userStack);
        running.set(run);
        try {
            program.start();
            for (;;) {
                UserRun.Entry next = run.next();
                if (next == null) {
                    return UNRESUMABLE; // the program's thread ended outside the kernel's control
                }
                run.answer(serve(next, handler, entry));
            }
        } catch (LeaveUser leave) {
            return leave.value;
        } finally {
            running.remove();
            run.end();
            awaitEnd(program);
        }
    }

    /** One entry into the kernel, served on the kernel thread as the machine's entry code would. */
    private long serve(UserRun.Entry entry, SyscallHandler handler, long rip) {
        return switch (entry) {
            case UserRun.SystemCall call -> handler.syscall(call.number(), call.a(), call.b(), call.c(), call.d(),
                    call.e(), call.f());
            case UserRun.Tick tick -> {
                cpu.timerInterrupt();
                handler.resuming();
                yield 0;
            }
            case UserRun.Fault fault -> {
                UserFault raised = fault.fault();
                handler.userFault(raised.vector(), raised.errorCode(), raised.address(), rip);
                yield 0;
            }
        };
    }

    /** How long the end of a run waits for the program's thread to unwind (it stops at its next safepoint). */
    private static final long UNWIND_MILLIS = 10_000;

    /** The program's thread unwinds to its end at its next safepoint; the run is not over before it has. */
    private static void awaitEnd(UserThread program) {
        try {
            program.join(UNWIND_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void leaveUser(long value) {
        if (running.get() == null) {
            throw new IllegalStateException("leaveUser outside a run");
        }
        throw new LeaveUser(value);
    }

    @Override
    public String describeFault(int vector, long errorCode) {
        return architecture.describeFault(vector, errorCode);
    }

    /** Unwinds the kernel thread from a handler to {@link #enterUser}, which returns the value. */
    private static final class LeaveUser extends Error {
        private static final long serialVersionUID = 1L;
        private final long value;

        LeaveUser(long value) {
            super(null, null, false, false);
            this.value = value;
        }
    }
}
