package dev.moka.relibc.sys;

/**
 * The raw system call, the one place where a user program meets the kernel. Natively the compiler
 * replaces {@link #call} with the {@code syscall} instruction (number in rax, arguments in rdi, rsi,
 * rdx, r10, r8, r9, result in rax) and {@link #address} with the address of an array's first
 * element; these bodies run only hosted, where they go to the kernel the hosted runner bound.
 *
 * <p>An address taken with {@link #address} stays valid until the next allocation: Moka's heap
 * plans do not move objects, and relibc takes it right before the call.
 */
public final class RawSyscall {
    private static volatile SyscallBinding binding;

    private RawSyscall() {
    }

    /**
     * Makes one system call.
     *
     * @param number the call's number ({@code dev.moka.kernel.api.syscall.SyscallNumbers})
     * @return the result, or a negated errno in {@code -4095..-1}
     */
    public static long call(long number, long a, long b, long c, long d, long e, long f) {
        SyscallBinding kernel = binding;
        if (kernel == null) {
            return -38; // ENOSYS: no kernel to call
        }
        return kernel.call(number, a, b, c, d, e, f);
    }

    /** @param array bytes to pass to the kernel @return the address of its first element */
    public static long address(byte[] array) {
        SyscallBinding kernel = binding;
        return kernel == null ? 0 : kernel.address(array);
    }

    /** @param array words to pass to the kernel @return the address of its first element */
    public static long address(long[] array) {
        SyscallBinding kernel = binding;
        return kernel == null ? 0 : kernel.address(array);
    }

    /** @param array ints to pass to the kernel @return the address of its first element */
    public static long address(int[] array) {
        SyscallBinding kernel = binding;
        return kernel == null ? 0 : kernel.address(array);
    }

    /**
     * Binds the kernel that hosted user programs call; natively nothing is bound, the calls are
     * instructions.
     *
     * @param kernel the hosted kernel, or null to unbind
     */
    public static void bind(SyscallBinding kernel) {
        binding = kernel;
    }
}
