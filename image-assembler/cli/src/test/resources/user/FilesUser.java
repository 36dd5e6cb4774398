import dev.moka.kernel.api.syscall.OpenFlags;
import dev.moka.relibc.Errno;
import dev.moka.relibc.Fcntl;
import dev.moka.relibc.Unistd;
import java.nio.charset.StandardCharsets;

/** A user program that reaches the kernel's schemes through file descriptors, and prints what it found. */
public class FilesUser {
    static String readAll(String path) {
        int fd = Fcntl.open(path, OpenFlags.O_RDONLY);
        if (fd < 0) {
            return "open failed, errno " + Errno.errno();
        }
        byte[] buffer = new byte[256];
        StringBuilder text = new StringBuilder();
        int n;
        while ((n = Unistd.read(fd, buffer, 0, buffer.length)) > 0) {
            text.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
        }
        Unistd.close(fd);
        return text.toString().replace('\n', '|');
    }

    static String list(String path) {
        int fd = Fcntl.open(path, OpenFlags.O_RDONLY | OpenFlags.O_DIRECTORY);
        if (fd < 0) {
            return "open failed, errno " + Errno.errno();
        }
        byte[] buffer = new byte[512];
        StringBuilder names = new StringBuilder();
        int n;
        while ((n = Unistd.getdents(fd, buffer)) > 0) {
            names.append(new String(buffer, 0, n, StandardCharsets.US_ASCII).replace('\n', ' '));
        }
        Unistd.close(fd);
        return names.toString().trim();
    }

    public static void main(String[] args) {
        System.out.println("motd: " + readAll("initfs:etc/motd"));
        System.out.println("relative motd: " + readAll("etc/motd"));
        System.out.println("uname: " + readAll("sys:uname"));
        System.out.println("ls sys: " + list("sys:"));
        System.out.println("ls initfs:bin: " + list("initfs:bin"));
        System.out.println("context: " + readAll("sys:context"));
        int[] pipe = new int[2];
        byte[] message = "through a pipe".getBytes(StandardCharsets.US_ASCII);
        Unistd.pipe(pipe);
        Unistd.write(pipe[1], message, 0, message.length);
        Unistd.close(pipe[1]);
        byte[] back = new byte[64];
        int got = Unistd.read(pipe[0], back, 0, back.length);
        System.out.println("pipe: " + new String(back, 0, got, StandardCharsets.US_ASCII) + ", then "
                + Unistd.read(pipe[0], back, 0, back.length));
        int zero = Fcntl.open("zero:", OpenFlags.O_RDONLY);
        byte[] zeros = {7, 7, 7};
        System.out.println("zero: " + Unistd.read(zero, zeros, 0, 3) + " bytes " + zeros[0] + zeros[1] + zeros[2]);
        int copy = Unistd.dup(1);
        Unistd.writeAll(copy, "written through a dup of stdout\n");
        System.out.println("write to motd: " + Fcntl.open("initfs:etc/motd", OpenFlags.O_WRONLY) + " errno " + Errno.errno());
        System.out.println("missing: " + Fcntl.open("initfs:nothing", OpenFlags.O_RDONLY) + " errno " + Errno.errno());
        System.out.println("closed fd: " + Unistd.close(copy) + " " + Unistd.close(copy) + " errno " + Errno.errno());
    }
}
