package dev.moka.userland.usertests;

import dev.moka.kernel.api.syscall.OpenFlags;
import dev.moka.relibc.Fcntl;
import dev.moka.relibc.Spawn;
import dev.moka.relibc.Unistd;
import dev.moka.relibc.Wait;
import dev.moka.userland.Console;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code usertests [NAME...]}: the kernel's tests from user space, in the spirit of xv6's
 * {@code usertests}. Each test runs in a process of its own ({@code usertests --test NAME}) and is
 * judged by its exit status; the runner prints {@code NAME: ok} or {@code NAME: FAILED <why>} per
 * test, then {@code usertests: <N> passed, <M> failed}, and exits with 0 only when none failed.
 */
public final class UserTests {
    private UserTests() {
    }

    /**
     * @param args test names (all without any), or {@code --test NAME} / {@code --child ROLE ...};
     *             {@code --test} also runs the tests that need a driver process, which init starts
     *             with {@code run driver usertests --test NAME}
     */
    public static void main(String[] args) {
        if (args.length >= 2 && args[0].equals("--test")) {
            System.exit(runOne(args[1]));
        }
        if (args.length >= 2 && args[0].equals("--child")) {
            String[] rest = new String[args.length - 2];
            System.arraycopy(args, 2, rest, 0, rest.length);
            System.exit(Helpers.run(args[1], rest));
        }
        List<String> names = new ArrayList<>();
        for (String arg : args) {
            if (!Tests.all().containsKey(arg)) {
                Console.error("usertests", "no test " + arg);
                System.exit(2);
            }
            names.add(arg);
        }
        if (names.isEmpty()) {
            names.addAll(Tests.all().keySet());
        }
        int passed = 0;
        int failed = 0;
        for (String name : names) {
            String why = judge(name);
            Console.println(name + ": " + (why == null ? "ok" : "FAILED " + why));
            if (why == null) {
                passed++;
            } else {
                failed++;
            }
        }
        Console.println("usertests: " + passed + " passed, " + failed + " failed");
        System.exit(failed == 0 ? 0 : 1);
    }

    /** In the test's own process: @return its exit status, having printed why it failed */
    private static int runOne(String name) {
        Runnable test = Tests.all().get(name);
        if (test == null) {
            test = Tests.asDriver().get(name);
        }
        if (test == null) {
            Console.println("no such test");
            return 2;
        }
        try {
            test.run();
            return 0;
        } catch (Failure failure) {
            Console.println(failure.getMessage());
            return 1;
        }
    }

    /** Runs a test in a child whose output comes back through a pipe; @return null, or why it failed */
    private static String judge(String name) {
        int[] pipe = new int[2];
        if (Unistd.pipe(pipe, OpenFlags.O_CLOEXEC) < 0) {
            return "pipe: " + Console.errno();
        }
        int input = Fcntl.open("null:", OpenFlags.O_RDONLY | OpenFlags.O_CLOEXEC);
        int pid = Spawn.spawn(Sys.SELF, new String[] {"usertests", "--test", name}, Sys.ENV,
                Spawn.FdAction.dup2(input, 0), Spawn.FdAction.dup2(pipe[1], 1));
        Unistd.close(input);
        Unistd.close(pipe[1]);
        if (pid < 0) {
            Unistd.close(pipe[0]);
            return "spawn: " + Console.errno();
        }
        byte[] output = Console.readAll(pipe[0]);
        Unistd.close(pipe[0]);
        int[] status = new int[1];
        if (Wait.waitpid(pid, status, 0) != pid) {
            return "waitpid: " + Console.errno();
        }
        if (Wait.exited(status[0]) && Wait.exitStatus(status[0]) == 0) {
            return null;
        }
        String said = output == null ? "" : Console.ascii(output).strip();
        int lastLine = said.lastIndexOf('\n');
        said = said.substring(lastLine + 1);
        return said.isEmpty() ? Sys.describe(status[0]) : said + " (" + Sys.describe(status[0]) + ")";
    }
}
