import dev.moka.relibc.Unistd;
import java.util.Arrays;

/** A user program: prints who it is, what it was given, and exits with 7. */
public class HelloUser {
    public static void main(String[] args) {
        System.out.println("hello from user space: pid " + Unistd.getpid() + ", parent " + Unistd.getppid()
                + ", args " + Arrays.toString(args) + ", GREETING=" + System.getenv("GREETING"));
        byte[] bad = new byte[1];
        // A pointer into the kernel's half: the kernel refuses it instead of reading it.
        long refused = dev.moka.relibc.sys.RawSyscall.call(dev.moka.kernel.api.syscall.SyscallNumbers.WRITE, 1,
                0x100000, 16, 0, 0, 0);
        System.out.println("write from a kernel address: " + refused + ", bad fd: " + Unistd.write(9, bad, 0, 1)
                + " errno " + dev.moka.relibc.Errno.errno());
        System.exit(7);
    }
}
