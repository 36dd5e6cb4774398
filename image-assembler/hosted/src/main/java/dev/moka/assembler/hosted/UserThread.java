package dev.moka.assembler.hosted;

import dev.moka.kernel.api.magic.MagicBinding;
import dev.moka.kernel.api.syscall.SyscallNumbers;
import dev.moka.relibc.sys.SyscallBinding;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * The JVM thread of one hosted process's program: the CPU in ring 3. It starts as a compiled program's
 * startup code does, from what the kernel left in the process's memory (argc, argv and envp on the
 * stack; here the main class's name at the entry point), then runs {@code main} in the process's own
 * {@link ProgramClassLoader}. Its memory accesses go through the simulated MMU with ring 3's checks;
 * a fault, a system call and the timer's interrupt enter the kernel through the {@link UserRun}.
 *
 * <p>The end is the compiled runtime's: {@code main} returning is {@code exit(0)}, and an uncaught
 * exception (a StackOverflowError included) is printed as HotSpot prints it, on descriptor 2, and is
 * {@code exit(1)}.
 */
final class UserThread extends Thread {
    /** The program's JVM stack: room for deep recursion, and an overflow in bounded time. */
    static final long STACK_BYTES = 4L << 20;
    /** Safepoints that make one step of the simulated CPU. */
    static final int UNITS_PER_STEP = 1000;
    /** What a system call counts, in safepoints. */
    static final int UNITS_PER_SYSTEM_CALL = 100;

    private final UserRun run;
    private final HostedUserMode mode;
    private final long entry;
    private final long stackPointer;
    /** The program's work since the last step; counted on this thread only. */
    private final Work work = new Work();
    private Map<String, String> environment = Map.of();
    private ProcessBinding binding;
    private PrintStream out;
    private PrintStream err;

    UserThread(UserRun run, HostedUserMode mode, String name, long entry, long stackPointer) {
        super(null, null, "moka-user-" + name, STACK_BYTES, false);
        setDaemon(true);
        this.run = run;
        this.mode = mode;
        this.entry = entry;
        this.stackPointer = stackPointer;
    }

    @Override
    public void run() {
        try {
            startProgram();
        } catch (UserRun.ProcessEnded ended) {
            // The kernel ended the run: nothing of the program runs any more.
        } catch (Throwable uncaught) {
            uncaught(uncaught);
        } finally {
            run.programDone();
        }
    }

    /** What a compiled program's startup code does, then {@code main}, then {@code exit(0)}. */
    private void startProgram() throws Throwable {
        ProgramStart start = ProgramStart.read(this, entry, stackPointer);
        if (start == null) {
            for (;;) {
                fault(new UserFault(UserFault.INVALID_OPCODE, 0, entry)); // no Java program there
            }
        }
        environment = Collections.unmodifiableMap(start.environment());
        binding = new ProcessBinding(this);
        out = new PrintStream(new BufferedOutputStream(new Descriptor(1), 8192), false, StandardCharsets.UTF_8);
        err = new PrintStream(new Descriptor(2), true, StandardCharsets.UTF_8);
        ProgramClassLoader loader = new ProgramClassLoader(UserThread.class.getClassLoader());
        loader.loadClass("dev.moka.relibc.sys.RawSyscall").getMethod("bind", SyscallBinding.class)
                .invoke(null, binding);
        loader.loadClass("dev.moka.kernel.api.magic.Magic").getMethod("bind", MagicBinding.class)
                .invoke(null, new UserMagic(this));
        Method main = loader.loadClass(start.mainClass()).getMethod("main", String[].class);
        try {
            main.invoke(null, (Object) start.arguments());
        } catch (InvocationTargetException thrown) {
            throw thrown.getCause();
        }
        exit(0);
    }

    /** An uncaught exception, as the compiled runtime ends a program with one. */
    private void uncaught(Throwable uncaught) {
        if (binding == null) {
            return;
        }
        try {
            StringWriter text = new StringWriter();
            PrintWriter printer = new PrintWriter(text);
            printer.print("Exception in thread \"main\" ");
            uncaught.printStackTrace(printer);
            printer.flush();
            out.flush();
            byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
            binding.writeAll(2, bytes);
            exit(1);
        } catch (UserRun.ProcessEnded ended) {
            // exit ended it, or the kernel did first
        }
    }

    // ---- the safepoint and the seam ----

    /** A safepoint: see {@link UserCalls#step()}. */
    void step() {
        run.checkRunning();
        if (work.count(1) && mode.stepDone()) {
            run.enter(new UserRun.Tick());
        }
    }

    /** A system call: counted as work, then made. */
    long systemCall(long number, long a, long b, long c, long d, long e, long f) {
        if (work.count(UNITS_PER_SYSTEM_CALL) && mode.stepDone()) {
            run.enter(new UserRun.Tick());
        }
        return run.enter(new UserRun.SystemCall(number, a, b, c, d, e, f));
    }

    void exit(int status) {
        if (out != null) {
            out.flush();
        }
        if (binding != null) {
            binding.call(SyscallNumbers.EXIT, status, 0, 0, 0, 0, 0);
        }
        throw new UserRun.ProcessEnded(); // EXIT does not return
    }

    Map<String, String> environment() {
        return environment;
    }

    PrintStream standardOut() {
        return out;
    }

    PrintStream standardError() {
        return err;
    }

    // ---- memory in ring 3 ----

    /** A fault enters the kernel; when the handler returns, the access is tried again, as the CPU retries the instruction. */
    void fault(UserFault fault) {
        run.enter(new UserRun.Fault(fault));
    }

    long load(long address, int width) {
        for (;;) {
            StackProbe.reserve();
            try {
                return mode.machine().loadUser(address, width);
            } catch (UserFault fault) {
                fault(fault);
            }
        }
    }

    void store(long address, int width, long value) {
        for (;;) {
            StackProbe.reserve();
            try {
                mode.machine().storeUser(address, width, value);
                return;
            } catch (UserFault fault) {
                fault(fault);
            }
        }
    }

    void write(byte[] source, int offset, int length, long address) {
        for (;;) {
            StackProbe.reserve();
            try {
                mode.machine().writeUser(source, offset, length, address);
                return;
            } catch (UserFault fault) {
                fault(fault);
            }
        }
    }

    void read(long address, byte[] target, int offset, int length) {
        for (;;) {
            StackProbe.reserve();
            try {
                mode.machine().readUser(address, target, offset, length);
                return;
            } catch (UserFault fault) {
                fault(fault);
            }
        }
    }

    /**
     * An {@code in}: a port the run was not granted is a general protection fault, as the CPU raises
     * it from the I/O permission bitmap; a granted one reaches the machine's device there.
     *
     * @param port  the first port
     * @param width 1 or 4 bytes
     * @return the value read
     */
    int portIn(int port, int width) {
        if (!run.ports().allows(port, width)) {
            privileged();
        }
        return mode.machine().userPortRead(port, width);
    }

    /**
     * An {@code out}, checked as {@link #portIn} is.
     *
     * @param port  the first port
     * @param width 1 or 4 bytes
     * @param value the value written
     */
    void portOut(int port, int width, int value) {
        if (!run.ports().allows(port, width)) {
            privileged();
        }
        mode.machine().userPortWrite(port, width, value);
    }

    /** An instruction ring 3 may not execute: a general protection fault, every time it is tried. */
    void privileged() {
        for (;;) {
            fault(new UserFault(UserFault.GENERAL_PROTECTION, 0, 0));
        }
    }

    long cycles() {
        return mode.machine().rdtsc();
    }

    /** Safepoints counted towards the next step of the simulated CPU. */
    private static final class Work {
        private int units;

        /** @return whether a step is done: then counting starts again */
        boolean count(int more) {
            units += more;
            if (units < UNITS_PER_STEP) {
                return false;
            }
            units = 0;
            return true;
        }
    }

    /** A descriptor as a host stream, for {@code System.out} and {@code err}. */
    private final class Descriptor extends OutputStream {
        private final int fd;

        Descriptor(int fd) {
            this.fd = fd;
        }

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            binding.writeAll(fd, java.util.Arrays.copyOfRange(bytes, offset, offset + length));
        }
    }

    /**
     * What the kernel left for the program to start with.
     *
     * @param mainClass   the class named at the entry point
     * @param arguments   argv without the program's name
     * @param environment envp as names and values
     */
    record ProgramStart(String mainClass, String[] arguments, Map<String, String> environment) {
        /** @return the start, or null when the entry point names no Java program */
        static ProgramStart read(UserThread cpu, long entry, long stackPointer) {
            String tagged = cpu.string(entry);
            if (!tagged.startsWith(HostedExecutable.TAG)) {
                return null;
            }
            long argc = cpu.load(stackPointer, 8);
            String[] arguments = new String[(int) Math.max(0, Math.min(argc - 1, 1 << 16))];
            for (int i = 0; i < arguments.length; i++) {
                arguments[i] = cpu.string(cpu.load(stackPointer + 8 * (i + 2), 8));
            }
            // As the compiled runtime's System.getenv() makes it: a HashMap, the first of repeated names kept.
            Map<String, String> environment = new HashMap<>();
            for (long at = stackPointer + 8 * (argc + 2); ; at += 8) {
                long pointer = cpu.load(at, 8);
                if (pointer == 0) {
                    break;
                }
                String variable = cpu.string(pointer);
                int equals = variable.indexOf('=');
                if (equals > 0) {
                    environment.putIfAbsent(variable.substring(0, equals), variable.substring(equals + 1));
                }
            }
            return new ProgramStart(tagged.substring(HostedExecutable.TAG.length()), arguments, environment);
        }
    }

    /** @return the NUL-terminated string at {@code address}, read in ring 3 */
    private String string(long address) {
        StringBuilder text = new StringBuilder();
        for (long at = address; ; at++) {
            int b = (int) load(at, 1);
            if (b == 0) {
                return text.toString();
            }
            text.append((char) b);
        }
    }
}
