package dev.moka.relibc.sys;

/**
 * A kernel on the JVM as hosted user programs reach it: the same calls as natively, with arrays
 * standing for user memory. The binding hands out an address for each array passed to it and
 * resolves those addresses when the kernel copies from or to user memory, so the kernel's system-call
 * layer, which checks every pointer, is the same code in both bindings.
 */
public interface SyscallBinding {
    /** @return the call's result or a negated errno, as {@link RawSyscall#call} */
    long call(long number, long a, long b, long c, long d, long e, long f);

    /** @param array a byte, int or long array @return the address that stands for its first element */
    long address(Object array);
}
