package dev.moka.userland.usertests;

import dev.moka.kernel.api.syscall.SyscallNumbers;
import dev.moka.relibc.sys.RawSyscall;
import java.util.Random;

/**
 * Random system calls: numbers from the kernel's set and around it, arguments random or small,
 * leaving out only exit, spawn and kill (a kill here aims at the caller itself with signal 0). The
 * kernel must answer every one; afterwards getpid must still work.
 */
final class Fuzz {
    private static final int[] KNOWN = {
        SyscallNumbers.OPEN, SyscallNumbers.CLOSE, SyscallNumbers.READ, SyscallNumbers.WRITE, SyscallNumbers.LSEEK,
        SyscallNumbers.DUP, SyscallNumbers.DUP2, SyscallNumbers.FSTAT, SyscallNumbers.FSYNC, SyscallNumbers.FCNTL,
        SyscallNumbers.FPATH, SyscallNumbers.FTRUNCATE, SyscallNumbers.FMAP, SyscallNumbers.FUNMAP,
        SyscallNumbers.FEVENT, SyscallNumbers.WAITPID, SyscallNumbers.CHDIR, SyscallNumbers.GETPID,
        SyscallNumbers.GETPPID, SyscallNumbers.SIGACTION, SyscallNumbers.SIGRETURN, SyscallNumbers.MPROTECT,
        SyscallNumbers.YIELD, SyscallNumbers.NANOSLEEP, SyscallNumbers.GETUID, SyscallNumbers.GETGID,
        SyscallNumbers.FUTEX, SyscallNumbers.CLOCK_GETTIME, SyscallNumbers.PIPE2, SyscallNumbers.MKDIR,
        SyscallNumbers.GETDENTS, SyscallNumbers.GETCWD, SyscallNumbers.MMAP, SyscallNumbers.MUNMAP,
        SyscallNumbers.UNLINK, SyscallNumbers.RMDIR,
    };

    private Fuzz() {
    }

    static int run(long seed, int calls) {
        Random random = new Random(seed);
        long self = RawSyscall.call(SyscallNumbers.GETPID, 0, 0, 0, 0, 0, 0);
        for (int i = 0; i < calls; i++) {
            long number = pickNumber(random);
            long a = argument(random);
            long b = argument(random);
            if (number == SyscallNumbers.KILL) {
                a = self;
                b = 0;
            }
            RawSyscall.call(number, a, b, argument(random), argument(random), argument(random), argument(random));
        }
        return RawSyscall.call(SyscallNumbers.GETPID, 0, 0, 0, 0, 0, 0) == self ? 0 : 1;
    }

    private static long pickNumber(Random random) {
        for (;;) {
            long number = switch (random.nextInt(4)) {
                case 0, 1 -> KNOWN[random.nextInt(KNOWN.length)];
                case 2 -> random.nextInt(1024);
                default -> random.nextLong();
            };
            if (number != SyscallNumbers.EXIT && number != SyscallNumbers.SPAWN) {
                return number;
            }
        }
    }

    /** Random words, small numbers and edge values: never a pointer into the caller's own memory. */
    private static long argument(Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> random.nextLong();
            case 1 -> random.nextInt(64);
            case 2 -> -1 - random.nextInt(8);
            default -> (random.nextBoolean() ? 0xFFFF_8000_0000_0000L : 0x1000L) + random.nextInt(1 << 20);
        };
    }
}
