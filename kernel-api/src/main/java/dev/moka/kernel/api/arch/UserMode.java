package dev.moka.kernel.api.arch;

/**
 * The machine's user mode (ring 3 on x86_64): how the kernel runs a user program on the current
 * kernel thread and gets control back from it. Processes are built on this; it knows nothing of
 * them. An arch pack offers it through {@link ArchPack#userMode()}; a machine without one (a
 * simulated machine, whose user programs run through another binding) returns null there.
 *
 * <p><b>A user run.</b> {@link #enterUser} drops to user mode at an entry address, with a stack
 * and two arguments, and does not return while the program runs. Every system call and every CPU
 * exception of the program comes back to the kernel as a call of the run's {@link SyscallHandler},
 * on the kernel stack of the thread that entered, right below the {@code enterUser} frame; a timer
 * interrupt in user mode takes the ordinary interrupt path and may switch threads, and the program
 * resumes when its thread is switched back. The run ends when a handler call invokes
 * {@link #leaveUser}: {@code enterUser} then returns the value given, as if the program had called
 * a function that returned it.
 *
 * <p><b>The kernel stack of user entries</b> is part of the thread: the machine keeps it with the
 * thread's context across switches, so the kernel never sets it. Where each thread's entries land
 * is decided by where the thread called {@code enterUser}.
 *
 * <p><b>Address spaces</b> are the kernel's: before {@code enterUser} it makes the program's space
 * the active one through the paging code ({@code PhysicalMemory.activate}), and switches spaces
 * again when it switches to a thread of another program. Every space must share the kernel half,
 * where the kernel, its stacks and the handler's code lie.
 *
 * <p>Runs do not nest: a handler call must not start another run on the same thread.
 */
public interface UserMode {
    /**
     * What {@link #enterUser} returns when the program faulted in a way it cannot be resumed from
     * and the handler's {@link SyscallHandler#userFault} returned instead of ending the run.
     */
    long UNRESUMABLE = Long.MIN_VALUE;

    /**
     * Runs a user program on the current thread until a handler call ends the run. The program
     * starts at {@code entry} in user mode with interrupts enabled, its stack pointer at
     * {@code userStack}, the two arguments in the first two argument registers of the machine's
     * calling convention (rdi and rsi on x86_64) and every other register zero, so nothing of the
     * kernel's shows through. An exception a handler call throws and does not catch ends the run
     * too, and comes out of this method.
     *
     * @param entry     address of the program's first instruction, in the user half of the active
     *                  address space
     * @param userStack the program's initial stack pointer (16-byte aligned by convention)
     * @param arg0      first argument
     * @param arg1      second argument
     * @param handler   receives the program's system calls and faults
     * @return the value given to {@link #leaveUser}, or {@link #UNRESUMABLE}; interrupts are enabled
     *         on return
     * @throws IllegalArgumentException when an address lies outside the machine's user half
     * @throws IllegalStateException    when called from a handler of a run of this thread
     * @throws NullPointerException     when {@code handler} is null
     */
    long enterUser(long entry, long userStack, long arg0, long arg1, SyscallHandler handler);

    /**
     * Ends the current thread's user run from inside one of its handler calls: the kernel stack is
     * unwound to the run's {@link #enterUser} call, which returns {@code value}. Like a
     * {@code longjmp}, it skips the frames between without running their {@code finally} blocks or
     * leaving their monitors, so call it holding none.
     *
     * @param value what {@code enterUser} returns
     * @throws IllegalStateException when the current thread is not inside a user run's handler call
     */
    void leaveUser(long value);

    /**
     * @param vector    an exception number given to {@link SyscallHandler#userFault}
     * @param errorCode its error code
     * @return a short description for logs, such as {@code #PF page fault (user read, page not present)}
     */
    String describeFault(int vector, long errorCode);

    /**
     * The machine's rule for which I/O ports a driver may be given, the same for every run.
     *
     * @param first the first port
     * @param count how many ports
     * @return whether the range is valid ({@code count} at least 1, {@code first + count <= 65536}) and
     *         holds none of the ports the kernel keeps for itself (its timer, interrupt controllers,
     *         console, exit device); false on a machine without port I/O
     */
    default boolean arePortsGrantable(int first, int count) {
        return false;
    }

    /**
     * Lets the running thread's user run use the I/O ports {@code first .. first+count-1} from then on,
     * in addition to those it was given before; the grant belongs to the run and ends with it. Called
     * inside a handler call. The kernel decides who may have ports; this only enforces it.
     *
     * @param first the first port
     * @param count how many ports, at least 1, with {@code first + count <= 65536}
     * @return false, granting nothing, when {@link #arePortsGrantable} says no for the range or the
     *         thread runs no user program
     */
    default boolean allowPorts(int first, int count) {
        return false;
    }
}
