package dev.moka.kernel.api.syscall;

/**
 * The protection and flag bits of Moka's {@link SyscallNumbers#MMAP} call, with POSIX's names and
 * Linux's values. Only anonymous memory is mapped: readable, or readable and writable, never
 * executable; private and shared mean the same, since no process shares its pages with another.
 */
public final class MapFlags {
    /** The pages may be read. */
    public static final int PROT_READ = 0x1;
    /** The pages may be written. */
    public static final int PROT_WRITE = 0x2;
    /** The pages may be executed: refused, anonymous memory is never code. */
    public static final int PROT_EXEC = 0x4;

    /** Changes are shared with other mappings of the same memory (none exist for anonymous memory). */
    public static final int MAP_SHARED = 0x01;
    /** Changes are the process's own. */
    public static final int MAP_PRIVATE = 0x02;
    /** Not backed by a file: the pages start zeroed. */
    public static final int MAP_ANONYMOUS = 0x20;

    private MapFlags() {
    }
}
