import dev.moka.relibc.Errno;
import dev.moka.relibc.Spawn;
import dev.moka.relibc.Unistd;
import dev.moka.relibc.Wait;

/** Starts children side by side, collects each one's end, and prints what it saw. */
public class ParentUser {
    public static void main(String[] args) {
        int me = Unistd.getpid();
        String[] env = {"FROM=parent " + me};
        int a = Spawn.spawn("initfs:bin/child", new String[] {"child", "3", "a"}, env);
        int b = Spawn.spawn("bin/child", new String[] {"child", "5", "b"}, env);
        int spinner = Spawn.spawn("initfs:bin/child", new String[] {"child", "0", "spin"}, env);
        System.out.println("parent " + me + " started " + (a > me) + " " + (b > a) + " " + (spinner > b));
        int[] status = new int[1];
        int first = Wait.waitpid(b, status, 0);
        System.out.println("waited for b: " + (first == b) + ", exit " + Wait.exitStatus(status[0]));
        int collected = 0;
        int sum = 0;
        int killed = 0;
        int pid;
        while ((pid = Wait.waitpid(-1, status, 0)) > 0) {
            collected++;
            sum += Wait.exitStatus(status[0]);
            killed += Wait.signaled(status[0]) ? 1 : 0; // a killed child has no exit code to add
        }
        System.out.println("then " + collected + " more, exit codes summing to " + sum + ", " + killed + " killed, then errno "
                + Errno.errno());
        int[] pipe = new int[2];
        Unistd.pipe(pipe);
        int writer = Spawn.spawn("initfs:bin/child", new String[] {"child", "0", "lines"}, env,
                Spawn.FdAction.dup2(pipe[1], 1));
        Unistd.close(pipe[1]);
        byte[] buffer = new byte[4096];
        long bytes = 0;
        int lines = 0;
        int n;
        while ((n = Unistd.read(pipe[0], buffer, 0, buffer.length)) > 0) {
            bytes += n;
            for (int i = 0; i < n; i++) {
                if (buffer[i] == '\n') {
                    lines++;
                }
            }
        }
        Unistd.close(pipe[0]);
        int writerEnd = Wait.waitpid(writer, status, 0);
        System.out.println("through a pipe from child " + (writerEnd == writer) + ": " + lines + " lines, " + bytes
                + " bytes, exit " + Wait.exitStatus(status[0]) + ", last read " + n);
        int missing = Spawn.spawn("initfs:bin/nothing", new String[] {"nothing"}, env);
        System.out.println("spawn of a missing file: " + missing + " errno " + Errno.errno());
        int notExecutable = Spawn.spawn("initfs:etc/motd", new String[] {"motd"}, env);
        System.out.println("spawn of a plain file: " + notExecutable + " errno " + Errno.errno());
        System.exit(42);
    }
}
