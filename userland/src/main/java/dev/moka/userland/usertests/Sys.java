package dev.moka.userland.usertests;

import dev.moka.kernel.api.syscall.OpenFlags;
import dev.moka.relibc.Fcntl;
import dev.moka.relibc.Spawn;
import dev.moka.relibc.Time;
import dev.moka.relibc.Unistd;
import dev.moka.relibc.Wait;
import dev.moka.userland.Console;

/** What the tests share: starting this program in a helper role, waiting, reading pipes and figures. */
final class Sys {
    /** This program, as the tests start it again. */
    static final String SELF = "initfs:bin/usertests";
    static final String[] ENV = {"PATH=initfs:bin", "USERTESTS=1"};

    private Sys() {
    }

    /** Starts {@code usertests --child ROLE ARGS} with the given descriptor actions; fails when it cannot. */
    static int child(String role, String[] args, Spawn.FdAction... actions) {
        String[] argv = new String[args.length + 3];
        argv[0] = "usertests";
        argv[1] = "--child";
        argv[2] = role;
        System.arraycopy(args, 0, argv, 3, args.length);
        int pid = Spawn.spawn(SELF, argv, ENV, actions);
        Failure.check(pid > 0, "spawn of the " + role + " helper failed: " + Console.errno());
        return pid;
    }

    /** Starts a helper whose standard error (a stack trace, on purpose) goes to {@code null:}. */
    static int quietChild(String role) {
        int sink = Fcntl.open("null:", OpenFlags.O_WRONLY | OpenFlags.O_CLOEXEC);
        try {
            return child(role, new String[0], Spawn.FdAction.dup2(sink, 2));
        } finally {
            Unistd.close(sink);
        }
    }

    /** Waits for a child; @return its wait status */
    static int await(int pid) {
        int[] status = new int[1];
        int got = Wait.waitpid(pid, status, 0);
        Failure.expect(pid, got, "waitpid(" + pid + ")");
        return status[0];
    }

    /** Waits for a child that must exit with 0. */
    static void awaitSuccess(int pid, String what) {
        int status = await(pid);
        Failure.check(Wait.exited(status) && Wait.exitStatus(status) == 0, what + " ended with " + describe(status));
    }

    static String describe(int status) {
        return Wait.exited(status) ? "exit " + Wait.exitStatus(status) : "signal " + Wait.termSignal(status);
    }

    /** @return a new pipe, close-on-exec, as {read, write} */
    static int[] pipe() {
        int[] fds = new int[2];
        Failure.expect(0, Unistd.pipe(fds, OpenFlags.O_CLOEXEC), "pipe");
        return fds;
    }

    /** Reads a descriptor to its end and closes it. */
    static byte[] drain(int fd) {
        byte[] data = Console.readAll(fd);
        Unistd.close(fd);
        Failure.check(data != null, "read failed: " + Console.errno());
        return data;
    }

    /** @return the monotonic clock in nanoseconds */
    static long now() {
        return Time.clockGettime(Time.CLOCK_MONOTONIC);
    }

    /** @return frames free, from {@code sys:stat} */
    static long freeFrames() {
        int fd = Fcntl.open("sys:stat", OpenFlags.O_RDONLY);
        Failure.check(fd >= 0, "open sys:stat: " + Console.errno());
        String text = Console.ascii(drain(fd));
        int at = text.indexOf("frames: ");
        Failure.check(at >= 0, "sys:stat has no frames line");
        int end = text.indexOf(' ', at + 8);
        return Long.parseLong(text.substring(at + 8, end));
    }
}
