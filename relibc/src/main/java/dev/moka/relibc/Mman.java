package dev.moka.relibc;

import dev.moka.kernel.api.syscall.MapFlags;
import dev.moka.kernel.api.syscall.SyscallNumbers;
import dev.moka.relibc.sys.RawSyscall;

/**
 * Mapping anonymous memory ({@code <sys/mman.h>}): zeroed pages of the process's own, outside the
 * Java heap, at an address the kernel chooses. Java code reaches them through
 * {@link dev.moka.relibc.sys.RawMemory}, or hands their address to a system call.
 */
public final class Mman {
    /** The pages may be read. */
    public static final int PROT_READ = MapFlags.PROT_READ;
    /** The pages may be written. */
    public static final int PROT_WRITE = MapFlags.PROT_WRITE;
    /** Changes are shared (no other process maps the same memory, so the same as private). */
    public static final int MAP_SHARED = MapFlags.MAP_SHARED;
    /** Changes are the process's own. */
    public static final int MAP_PRIVATE = MapFlags.MAP_PRIVATE;
    /** Memory not backed by a file. */
    public static final int MAP_ANONYMOUS = MapFlags.MAP_ANONYMOUS;
    /** What {@link #mmap} returns when it fails. */
    public static final long MAP_FAILED = -1;

    private Mman() {
    }

    /**
     * Maps zeroed memory.
     *
     * @param address    where the caller would like it, page aligned, or 0 to let the kernel choose
     * @param length     bytes, rounded up to whole pages
     * @param protection {@link #PROT_READ}, with {@link #PROT_WRITE} to write
     * @param flags      {@link #MAP_ANONYMOUS} with {@link #MAP_PRIVATE} or {@link #MAP_SHARED}
     * @return the address of the mapping, or {@link #MAP_FAILED} with errno: {@code EINVAL} for a zero
     *         length, an unaligned address or what is not served (files, execution); {@code ENOMEM}
     *         when memory or address space ran out
     */
    public static long mmap(long address, long length, int protection, int flags) {
        return Errno.check(RawSyscall.call(SyscallNumbers.MMAP, address, length, protection, flags, 0, 0));
    }

    /**
     * Unmaps the mapped pages of a range and gives their memory back.
     *
     * @param address page aligned
     * @param length  bytes, rounded up to whole pages
     * @return 0, or -1 with errno {@code EINVAL} (unaligned address, zero length, a range outside user space)
     */
    public static int munmap(long address, long length) {
        return (int) Errno.check(RawSyscall.call(SyscallNumbers.MUNMAP, address, length, 0, 0, 0, 0));
    }
}
