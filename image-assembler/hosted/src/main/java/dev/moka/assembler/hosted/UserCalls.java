package dev.moka.assembler.hosted;

import java.io.PrintStream;
import java.util.Map;

/**
 * What the classes of a hosted program call where {@link SafepointInstrumenter} changed them: the
 * safepoint, and the part of the runtime that natively is the compiled runtime library's seam
 * ({@code System.exit}, {@code System.getenv}, {@code System.out} and {@code err}). Public only
 * because those classes, defined by each process's own loader, call it; nothing else should.
 */
public final class UserCalls {
    private UserCalls() {
    }

    private static UserThread program() {
        if (Thread.currentThread() instanceof UserThread program) {
            return program;
        }
        throw new IllegalStateException("a hosted program's class ran outside its process");
    }

    /** A safepoint: counts the program's work and takes the timer's interrupt when one is due. */
    public static void step() {
        if (Thread.currentThread() instanceof UserThread program) {
            program.step();
        }
    }

    /** @param status the exit status: ends the process, after flushing its {@code System.out} and {@code err} */
    public static void exit(int status) {
        program().exit(status);
    }

    /** @return the environment the process started with */
    public static Map<String, String> getenv() {
        return program().environment();
    }

    /** @param name a variable @return its value in the environment the process started with, or null */
    public static String getenv(String name) {
        return program().environment().get(name);
    }

    /** @return the process's {@code System.out}: its descriptor 1 */
    public static PrintStream out() {
        return program().standardOut();
    }

    /** @return the process's {@code System.err}: its descriptor 2 */
    public static PrintStream err() {
        return program().standardError();
    }
}
