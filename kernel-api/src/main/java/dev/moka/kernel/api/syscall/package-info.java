/**
 * The system-call ABI shared by the kernel and user programs: call numbers
 * ({@link dev.moka.kernel.api.syscall.SyscallNumbers}), error numbers
 * ({@link dev.moka.kernel.api.syscall.Errno}), the flags of {@code open}, {@code fcntl} and
 * {@code lseek}, clock ids, and the structures the kernel writes into user memory
 * ({@link dev.moka.kernel.api.syscall.Stat}, {@link dev.moka.kernel.api.syscall.TimeSpec}).
 *
 * <p>The ABI is Redox's on x86_64: the number in {@code rax}, arguments in
 * {@code rdi, rsi, rdx, r10, r8, r9}, the result or {@code -errno} in {@code rax}. Values are
 * Redox's wherever Redox has one; the few calls Moka adds have ordinals in a range of their own (see
 * {@link dev.moka.kernel.api.syscall.SyscallNumbers}). Both sides of the boundary compile against these
 * constants, so kernel and user programs cannot disagree about them.
 */
package dev.moka.kernel.api.syscall;
