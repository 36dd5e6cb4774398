/**
 * The arch pack SPI: what the generic kernel needs from the machine it runs on. The mechanism of
 * threads (contexts, switches, the timer interrupt) is here; the thread layer and the policy are not.
 * So is the mechanism of user mode ({@link dev.moka.kernel.api.arch.UserMode}: running a user program
 * on a kernel thread, and its system calls and faults coming back as calls of a
 * {@link dev.moka.kernel.api.arch.SyscallHandler}); processes are not.
 */
package dev.moka.kernel.api.arch;
