package dev.moka.kernel.core.process;

import dev.moka.kernel.api.arch.ArchPack;
import dev.moka.kernel.api.arch.SyscallHandler;
import dev.moka.kernel.api.arch.UserMode;
import dev.moka.kernel.api.magic.Magic;
import dev.moka.kernel.api.mm.PageFlags;
import dev.moka.kernel.api.mm.UserAddressSpace;
import dev.moka.kernel.api.syscall.Errno;
import dev.moka.kernel.api.syscall.SyscallNumbers;

/**
 * The system calls of one running process, in the first form the kernel serves them: its standard
 * output and error go to the console, its standard input is at its end, and it can ask who it is,
 * read the clock and exit. Every pointer is checked against the process's own pages before the
 * kernel touches it (EFAULT otherwise), every descriptor against what exists (EBADF); a call the
 * kernel does not serve yet answers ENOSYS. A CPU fault ends the process with a one-line report,
 * never the kernel.
 */
final class ProcessCalls implements SyscallHandler {
    private static final long PAGE = 4096;
    /** A single write moves at most this much; POSIX lets a write be partial. */
    private static final long MAX_WRITE = 1 << 20;

    private final ArchPack arch;
    private final UserMode mode;
    private final UserAddressSpace space;
    private final Process process;
    private final Console console;
    private final ProgramImage image;

    /** Where a process's console lines go: the kernel log. */
    interface Console {
        void println(String line);
    }

    ProcessCalls(ArchPack arch, UserMode mode, UserAddressSpace space, Process process, ProgramImage image,
                 Console console) {
        this.image = image;
        this.arch = arch;
        this.mode = mode;
        this.space = space;
        this.process = process;
        this.console = console;
    }

    @Override
    public long syscall(long number, long a, long b, long c, long d, long e, long f) {
        if (number == SyscallNumbers.WRITE) {
            return write(a, b, c);
        } else if (number == SyscallNumbers.READ) {
            return read(a, b, c);
        } else if (number == SyscallNumbers.EXIT) {
            mode.leaveUser(WaitStatus.exited((int) a));
            return 0;
        } else if (number == SyscallNumbers.GETPID) {
            return process.pid();
        } else if (number == SyscallNumbers.GETPPID) {
            return process.ppid();
        } else if (number == SyscallNumbers.YIELD) {
            return 0;
        } else if (number == SyscallNumbers.CLOCK_GETTIME) {
            return clockGettime(a, b);
        }
        return -Errno.ENOSYS;
    }

    private long write(long fd, long address, long length) {
        if (fd != 1 && fd != 2) {
            return -Errno.EBADF;
        }
        if (length < 0) {
            return -Errno.EINVAL;
        }
        long count = Math.min(length, MAX_WRITE);
        if (!accessible(address, count, false)) {
            return -Errno.EFAULT;
        }
        for (long i = 0; i < count; i++) {
            arch.consoleWrite(Magic.load8(address + i));
        }
        return count;
    }

    private long read(long fd, long address, long length) {
        if (fd != 0) {
            return -Errno.EBADF;
        }
        if (length < 0) {
            return -Errno.EINVAL;
        }
        return accessible(address, length, true) ? 0 : -Errno.EFAULT;
    }

    /** The time-stamp counter, taken as nanoseconds: the kernel has no calibrated clock yet. */
    private long clockGettime(long clock, long address) {
        if (clock != 1 && clock != 4) {
            return -Errno.EINVAL;
        }
        if ((address & 7) != 0 || !accessible(address, 16, true)) {
            return -Errno.EFAULT;
        }
        long nanos = arch.cycles();
        Magic.store64(address, nanos / 1_000_000_000L);
        Magic.store64(address + 8, nanos % 1_000_000_000L);
        return 0;
    }

    /**
     * @return whether {@code [address, address + length)} lies in the user half and every page of it
     *         is the process's own (and writable, when {@code write}); pages of its zero ranges not
     *         touched yet are mapped now
     */
    private boolean accessible(long address, long length, boolean write) {
        long end = address + length;
        if (length == 0) {
            return true;
        }
        if (address < space.start() || end < address || end > space.end()) {
            return false;
        }
        for (long page = address & -PAGE; page < end; page += PAGE) {
            long flags = space.flags(page);
            if (flags < 0 && image.mapOnDemand(space, page)) {
                flags = space.flags(page); // heap the program has not touched yet: it is its own
            }
            if (flags < 0 || (flags & PageFlags.USER) == 0 || write && (flags & PageFlags.WRITABLE) == 0) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void userFault(int vector, long errorCode, long address, long rip) {
        if (vector == PAGE_FAULT && (errorCode & PAGE_PRESENT) == 0 && image.mapOnDemand(space, address)) {
            return; // a first touch of the heap or bss: the page is there now, the program goes on
        }
        String why = mode.describeFault(vector, errorCode);
        if (vector == PAGE_FAULT) {
            why += " at 0x" + Long.toHexString(address);
        }
        console.println(process.name() + "[" + process.pid() + "]: killed: " + why + ", rip 0x" + Long.toHexString(rip));
        mode.leaveUser(WaitStatus.signaled(signalFor(vector)));
    }

    private static final int DIVIDE_ERROR = 0;
    private static final int INVALID_OPCODE = 6;
    private static final int PAGE_FAULT = 14;
    /** Bit 0 of a page fault's error code: set when the page was present (a protection fault). */
    private static final long PAGE_PRESENT = 1;

    private static int signalFor(int vector) {
        return switch (vector) {
            case DIVIDE_ERROR -> WaitStatus.SIGFPE;
            case INVALID_OPCODE -> WaitStatus.SIGILL;
            default -> WaitStatus.SIGSEGV;
        };
    }
}
