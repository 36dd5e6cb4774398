package dev.moka.kernel.api.arch;

/**
 * What the machine calls in the kernel while a user program runs (see {@link UserMode#enterUser}):
 * each system call the program makes, and each CPU exception it causes. The kernel implements it;
 * one handler serves one user run.
 *
 * <p>Both methods run on the kernel stack of the thread that started the run, with interrupts
 * enabled, in the address space the program ran in: they may block, sleep, allocate and be
 * preempted like any kernel code. To end the run from either of them, call
 * {@link UserMode#leaveUser}; it does not return, and the run's {@code enterUser} call returns its
 * value.
 */
public interface SyscallHandler {
    /**
     * One system call. The arguments are the program's registers as the machine's system-call
     * convention names them (on x86_64, as in Redox: the number in rax, the arguments in rdi, rsi,
     * rdx, r10, r8 and r9). Every other register of the program is kept; the result is what the
     * program finds as the call's result (rax), and by convention a value in {@code -4095..-1} is a
     * negated errno.
     *
     * @param number the call's number
     * @param a      first argument
     * @param b      second argument
     * @param c      third argument
     * @param d      fourth argument
     * @param e      fifth argument
     * @param f      sixth argument
     * @return the call's result, handed back to the program
     */
    long syscall(long number, long a, long b, long c, long d, long e, long f);

    /**
     * A CPU exception the program caused: an invalid instruction, an access to a page it may not
     * touch, a privileged instruction, a jump outside user space... The kernel is never at risk from
     * one: it gets this call, and whatever it decides, the machine goes on.
     *
     * <p>Returning resumes the program at the faulting instruction, with all its registers as they
     * were: right when the kernel repaired the cause (it mapped the page, say), an endless loop
     * otherwise. To end the run, call {@link UserMode#leaveUser}. A fault the program cannot be
     * resumed from (a system call whose return address lies outside user space, for instance) ends
     * the run with {@link UserMode#UNRESUMABLE} when this method returns.
     *
     * @param vector    the machine's exception number (on x86_64: 6 invalid opcode, 13 general
     *                  protection, 14 page fault...; {@link UserMode#describeFault} names it)
     * @param errorCode the error code the machine gave with it, or 0
     * @param address   the address a page fault accessed; 0 for other faults, except a return address
     *                  the machine cannot return to, given here as well as in {@code rip}
     * @param rip       the address of the faulting instruction (the program counter it would resume at)
     */
    void userFault(int vector, long errorCode, long address, long rip);

    /**
     * The program is about to resume after an interrupt (the timer's, say) took the CPU from it in
     * user mode, maybe for a while: its thread may have been switched out and back. The kernel uses
     * this to end a program that was killed meanwhile, by calling {@link UserMode#leaveUser}; returning
     * resumes the program. Unlike the other calls it runs with interrupts masked, so it must be short,
     * must not allocate and must not block. The default does nothing.
     */
    default void resuming() {
    }
}
