package dev.moka.relibc;

import dev.moka.kernel.api.syscall.SyscallNumbers;
import dev.moka.relibc.sys.RawSyscall;

/** Opening files ({@code <fcntl.h>}); the flags are {@code dev.moka.kernel.api.syscall.OpenFlags}. */
public final class Fcntl {
    private Fcntl() {
    }

    /**
     * @param path  {@code scheme:path}, or a path relative to the working directory
     * @param flags {@code OpenFlags} bits: an access mode, and creation or status flags
     * @return the new descriptor, the lowest free one, or -1
     */
    public static int open(String path, int flags) {
        byte[] bytes = CStrings.bytes(path);
        return (int) Errno.check(RawSyscall.call(SyscallNumbers.OPEN, RawSyscall.address(bytes), bytes.length,
                flags & 0xffff_ffffL, 0, 0, 0));
    }

    /** @return the new offset of {@code fd} after moving it, or -1 ({@code whence}: {@code Seek} constants) */
    public static long lseek(int fd, long offset, int whence) {
        return Errno.check(RawSyscall.call(SyscallNumbers.LSEEK, fd, offset, whence, 0, 0, 0));
    }

    /** @return the result of the fcntl {@code command} on {@code fd}, or -1 */
    public static long fcntl(int fd, int command, long argument) {
        return Errno.check(RawSyscall.call(SyscallNumbers.FCNTL, fd, command, argument, 0, 0, 0));
    }
}
