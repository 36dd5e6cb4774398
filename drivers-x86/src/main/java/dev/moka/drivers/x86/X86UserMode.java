package dev.moka.drivers.x86;

import dev.moka.kernel.api.arch.SyscallHandler;
import dev.moka.kernel.api.arch.UserMode;
import dev.moka.kernel.api.magic.Magic;

/**
 * Ring 3 on x86_64, and the Java side of its entries in the boot code ({@code UserModeEntry}): the
 * {@code syscall} entry calls {@link #syscall}, an exception raised in ring 3 calls {@link #fault},
 * and a system call that cannot return with {@code sysretq} calls {@link #unreturnable}. Each hands
 * the event to the handler of the running thread's user run.
 *
 * <p>A run's state is two words, both the running thread's: the handler, in a static field here, and
 * the entry stack (TSS.RSP0), set by {@code magic_enterUser}. A context switch keeps both with the
 * thread it leaves and restores them for the thread it resumes ({@link X86ArchPack#switchContext});
 * a new thread starts with neither ({@link #threadStarts}). So on this single CPU the one thread that
 * can be in ring 3, the one running, always finds its own.
 */
public final class X86UserMode implements UserMode {
    /** Canonical addresses of the lower half, the user's, lie below this: bits 47 to 63 clear. */
    static final long USER_END = 1L << 47;
    /** #GP: what a return to a non-canonical address raises, reported so to the handler. */
    static final int GENERAL_PROTECTION = 13;

    /** The handler of the running thread's user run; null when it runs none. */
    private static SyscallHandler handler;
    /** The I/O ports the running thread's user run may use, as {@link X86IoPorts} takes them; null for none. */
    private static int[] ports;

    X86UserMode() {
    }

    @Override
    public long enterUser(long entry, long userStack, long arg0, long arg1, SyscallHandler runHandler) {
        if (runHandler == null) {
            throw new NullPointerException("a user run needs a handler");
        }
        if (!isUserAddress(entry) || !isUserAddress(userStack)) {
            throw new IllegalArgumentException("entry 0x" + Long.toHexString(entry) + " and stack 0x"
                    + Long.toHexString(userStack) + " must lie in the lower canonical half");
        }
        if (handler != null) {
            throw new IllegalStateException("this thread is running a user program already");
        }
        handler = runHandler;
        try {
            return Magic.enterUser(entry, userStack, arg0, arg1);
        } finally {
            threadStarts();
            Magic.sti(); // a run ended from the interrupt path (see resumingUser) comes back masked
        }
    }

    @Override
    public void leaveUser(long value) {
        if (handler == null) {
            throw new IllegalStateException("leaveUser outside a user run");
        }
        Magic.leaveUser(value);
    }

    @Override
    public String describeFault(int vector, long errorCode) {
        if (vector == X86Faults.PAGE_FAULT) {
            return X86Faults.name(vector) + " (" + PageFaultKind.describe(errorCode) + ")";
        }
        return X86Faults.name(vector) + (errorCode != 0 ? ", error code 0x" + Long.toHexString(errorCode) : "");
    }

    @Override
    public boolean arePortsGrantable(int first, int count) {
        return X86IoPorts.isGrantable(first, count);
    }

    @Override
    public boolean allowPorts(int first, int count) {
        return handler != null && arePortsGrantable(first, count) && grantPorts(first, count);
    }

    /** Adds a range to the running run's ports, which the switch keeps in a static field like the handler. */
    private static boolean grantPorts(int first, int count) {
        int[] old = ports;
        int[] grown = new int[old == null ? 2 : old.length + 2];
        for (int i = 0; old != null && i < old.length; i++) {
            grown[i] = old[i];
        }
        grown[grown.length - 2] = first;
        grown[grown.length - 1] = count;
        Magic.cli(); // the bitmap must match the run whenever it could return to ring 3
        ports = grown;
        X86IoPorts.load(grown);
        Magic.sti();
        return true;
    }

    /** @param address an address @return whether it is a canonical address of the lower half */
    static boolean isUserAddress(long address) {
        return address >>> 47 == 0;
    }

    /**
     * A system call from ring 3, on the thread's entry stack with interrupts enabled.
     *
     * @param number rax
     * @param a      rdi
     * @param b      rsi
     * @param c      rdx
     * @param d      r10
     * @param e      r8
     * @param f      r9
     * @return what the program finds in rax
     */
    public static long syscall(long number, long a, long b, long c, long d, long e, long f) {
        return handler.syscall(number, a, b, c, d, e, f);
    }

    /**
     * A CPU exception raised in ring 3, on the thread's entry stack with interrupts enabled.
     * Returning resumes the program at the faulting instruction.
     *
     * @param vector    the exception
     * @param errorCode its error code, or 0
     * @param cr2       CR2: the accessed address, for a page fault
     * @param rip       the faulting instruction
     */
    public static void fault(long vector, long errorCode, long cr2, long rip) {
        handler.userFault((int) vector, errorCode, vector == X86Faults.PAGE_FAULT ? cr2 : 0, rip);
    }

    /**
     * A system call whose return address is not a canonical user address ({@code sysretq} would
     * fault in ring 0 on the user's stack): reported as a #GP at that address, then the run ends
     * with {@link UserMode#UNRESUMABLE} unless the handler ended it already.
     *
     * @param rip the return address
     */
    public static void unreturnable(long rip) {
        handler.userFault(GENERAL_PROTECTION, 0, rip, rip);
        Magic.leaveUser(UNRESUMABLE);
    }

    /**
     * An interrupt taken in ring 3 is about to return to the program, with interrupts masked: the
     * handler may end the run (a process killed while it was preempted). Allocates nothing itself.
     */
    static void resumingUser() {
        SyscallHandler running = handler;
        if (running != null) {
            running.resuming();
        }
    }

    /** @return the running thread's run handler, which a context switch keeps with the thread */
    static SyscallHandler runningHandler() {
        return handler;
    }

    /** @return the running thread's port grants, which a context switch keeps with the thread */
    static int[] runningPorts() {
        return ports;
    }

    /**
     * Restores a resumed thread's run state.
     *
     * @param runHandler the handler {@link #runningHandler} gave when the thread was left
     * @param entryStack the entry stack {@code Magic.userEntryStack()} gave then
     * @param runPorts   the port grants {@link #runningPorts} gave then
     */
    static void resume(SyscallHandler runHandler, long entryStack, int[] runPorts) {
        handler = runHandler;
        Magic.loadUserEntryStack(entryStack);
        ports = runPorts;
        X86IoPorts.load(runPorts);
    }

    /** A thread that starts, or whose run ended, runs no user program and has no ports. */
    static void threadStarts() {
        handler = null;
        Magic.loadUserEntryStack(0);
        if (ports != null) {
            Magic.cli(); // a run's end: enterUser unmasks again
            ports = null;
            X86IoPorts.load(null);
        }
    }
}
