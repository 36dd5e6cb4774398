/**
 * relibc, the POSIX layer of Moka user programs: POSIX-shaped functions ({@code open}, {@code read},
 * {@code spawn}, {@code waitpid}...) over the kernel's Redox-numbered system calls, returning results
 * and {@code errno} as POSIX does. The same code runs natively, where {@code RawSyscall} is the
 * {@code syscall} instruction, and hosted, where it calls into a kernel on the JVM.
 */
module dev.moka.relibc {
    requires transitive dev.moka.kernel.api;

    exports dev.moka.relibc;
    exports dev.moka.relibc.io;
    exports dev.moka.relibc.sys;
}
