package dev.moka.userland.usertests;

import dev.moka.kernel.api.magic.Magic;
import dev.moka.kernel.api.syscall.SyscallNumbers;
import dev.moka.relibc.Errno;
import dev.moka.relibc.Spawn;
import dev.moka.relibc.Unistd;
import dev.moka.relibc.io.Ports;
import dev.moka.relibc.sys.RawSyscall;
import dev.moka.userland.Console;

/** The roles {@code usertests --child ROLE} plays for the tests, each in a process of its own. */
final class Helpers {
    private Helpers() {
    }

    /** Counted by {@link #spinForever}, so that the loop has work the compiler keeps. */
    private static long spinCount;

    /** Spins without a system call until killed: a process only preemption can take the CPU from. */
    private static int spinForever() {
        while (spinCount >= 0) {
            spinCount++;
        }
        return 1;
    }

    /** Runs a role; @return the exit status */
    static int run(String role, String[] args) {
        switch (role) {
            case "exit" -> {
                return Integer.parseInt(args[0]);
            }
            case "write" -> {
                byte[] chunk = new byte[Integer.parseInt(args[1])];
                java.util.Arrays.fill(chunk, (byte) args[0].charAt(0));
                for (int i = 0; i < chunk.length; i++) {
                    if (Unistd.write(Unistd.STDOUT, chunk, i, 1) != 1) {
                        return 1;
                    }
                }
                return 0;
            }
            case "bigwrite" -> {
                byte[] block = new byte[4096];
                for (int i = 0; i < 256; i++) {
                    java.util.Arrays.fill(block, (byte) i);
                    int done = 0;
                    while (done < block.length) {
                        int n = Unistd.write(Unistd.STDOUT, block, done, block.length - done);
                        if (n <= 0) {
                            return 1;
                        }
                        done += n;
                    }
                }
                return 0;
            }
            case "spin" -> {
                long until = Sys.now() + Long.parseLong(args[0]) * 1_000_000L;
                long spins = 0;
                while (Sys.now() < until) {
                    spins++;
                }
                return spins > 0 ? 0 : 1;
            }
            case "spin-forever" -> {
                return spinForever();
            }
            case "sleep" -> {
                return dev.moka.relibc.Time.nanosleep(Long.parseLong(args[0]) * 1_000_000_000L) < 0 ? 1 : 0;
            }
            case "read-stdin" -> {
                byte[] one = new byte[1];
                return Unistd.read(Unistd.STDIN, one, 0, 1) < 0 ? 1 : 0;
            }
            case "null" -> {
                return (int) Magic.load64(0);
            }
            case "privileged" -> {
                Magic.cli();
                return 0;
            }
            case "port" -> {
                return Ports.inb(0x60); // the keyboard's data port, never granted to it
            }
            case "recurse" -> {
                return recurse(1);
            }
            case "throw" -> throw new IllegalStateException("thrown on purpose");
            case "orphan-parent" -> {
                // The grandchild outlives this process and reports once init has adopted it.
                int pid = Spawn.spawn(Sys.SELF, new String[] {"usertests", "--child", "await-adoption"}, Sys.ENV);
                return pid > 0 ? 0 : 1;
            }
            case "scheme-daemon" -> {
                // A test daemon: a file system in memory under the name given.
                dev.moka.scheme.SocketChannel socket = dev.moka.scheme.SocketChannel.register(args[0]);
                if (socket == null) {
                    return 2;
                }
                new dev.moka.scheme.SchemeServer(new dev.moka.userland.services.RamFs(1 << 20), socket).serve();
                return 1;
            }
            case "read-fd" -> {
                byte[] one = new byte[1];
                int n = Unistd.read(Integer.parseInt(args[0]), one, 0, 1);
                return n < 0 && Errno.errno() == dev.moka.kernel.api.syscall.Errno.EBADF ? 0 : 1;
            }
            case "await-adoption" -> {
                long until = Sys.now() + 5_000_000_000L;
                while (Unistd.getppid() != 1 && Sys.now() < until) {
                    Unistd.yieldNow();
                }
                Unistd.writeAll(Unistd.STDOUT, Unistd.getppid() == 1 ? "adopted" : "not adopted");
                return 0;
            }
            case "args" -> {
                boolean argsMatch = args.length == 2 && args[0].equals("one") && args[1].equals("two words");
                return argsMatch && "1".equals(System.getenv("USERTESTS")) ? 0 : 1;
            }
            case "fd-closed" -> {
                int fd = Integer.parseInt(args[0]);
                return RawSyscall.call(SyscallNumbers.FPATH, fd, 0, 0, 0, 0, 0) == -9 ? 0 : 1;
            }
            case "fuzz" -> {
                return Fuzz.run(Long.parseLong(args[0]), Integer.parseInt(args[1]));
            }
            default -> {
                Console.error("usertests", "unknown helper role " + role + " (" + Errno.errno() + ")");
                return 2;
            }
        }
    }

    private static int recurse(int depth) {
        return depth == 0 ? 0 : recurse(depth + 1) + 1;
    }
}
