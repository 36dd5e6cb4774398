package dev.moka.assembler.hosted;

/**
 * The boundary between a hosted program and the kernel thread that runs it, the hosted form of
 * ring 3's entries: the program's JVM thread posts an {@link Entry} (a system call, the timer's
 * interrupt, a fault) and waits; the kernel thread, waiting in {@code enterUser}, takes it, serves it
 * with the kernel's handler on its own stack and answers. Exactly one of the two runs at a time, so
 * the program runs only while its kernel thread holds the CPU, as natively, and kernel code never
 * runs on the program's stack.
 */
final class UserRun {
    /** Why the program enters the kernel. */
    sealed interface Entry permits SystemCall, Tick, Fault {
    }

    /** A system call: the number and the six argument registers. */
    record SystemCall(long number, long a, long b, long c, long d, long e, long f) implements Entry {
    }

    /** The timer's interrupt arrived while the program ran. */
    record Tick() implements Entry {
    }

    /**
     * A CPU exception the program caused.
     *
     * @param fault what the machine raised
     */
    record Fault(UserFault fault) implements Entry {
    }

    private final Object lock = new Object();
    /** Posted by the program, taken by the kernel. Guarded by {@link #lock}. */
    private Entry posted;
    /** Guarded by {@link #lock}. */
    private boolean answered;
    /** Guarded by {@link #lock}. */
    private long answer;
    /** The program's thread has returned. Guarded by {@link #lock}. */
    private boolean programDone;
    /** The run is over: the program may not enter the kernel again, and stops at its next safepoint. */
    private volatile boolean ended;
    /** The ports granted to the run: set on the kernel thread inside an entry, read by the program. */
    private volatile PortGrants ports = PortGrants.NONE;

    /**
     * On the program's thread: enters the kernel and waits for the answer.
     *
     * @param entry why
     * @return the kernel's answer (a system call's result; 0 for the others)
     * @throws ProcessEnded when the kernel ended the run instead of answering
     */
    long enter(Entry entry) {
        StackProbe.reserve();
        synchronized (lock) {
            if (ended) {
                throw new ProcessEnded();
            }
            posted = entry;
            answered = false;
            lock.notifyAll();
            try {
                while (!answered && !ended) {
                    lock.wait();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt(); // kept for whoever owns the thread
                throw new ProcessEnded();
            }
            if (!answered) {
                throw new ProcessEnded();
            }
            return answer;
        }
    }

    /** On the program's thread, as it ends: the kernel stops waiting for it. */
    void programDone() {
        synchronized (lock) {
            programDone = true;
            lock.notifyAll();
        }
    }

    /** @throws ProcessEnded when the run is over */
    void checkRunning() {
        if (ended) {
            throw new ProcessEnded();
        }
    }

    /**
     * On the kernel thread: waits for the program's next entry.
     *
     * @return it, or null when the program's thread returned without one (or the kernel thread was
     *         interrupted, which ends the run too)
     */
    Entry next() {
        synchronized (lock) {
            try {
                while (posted == null && !programDone) {
                    lock.wait();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt(); // kept for whoever owns the thread
                return null;
            }
            Entry entry = posted;
            posted = null;
            return entry;
        }
    }

    /** On the kernel thread: answers the entry taken; the program goes on. */
    void answer(long value) {
        synchronized (lock) {
            answer = value;
            answered = true;
            lock.notifyAll();
        }
    }

    /** On the kernel thread: ends the run; the program's thread unwinds with {@link ProcessEnded}. */
    void end() {
        synchronized (lock) {
            ended = true;
            posted = null;
            lock.notifyAll();
        }
    }

    /**
     * On the kernel thread, inside an entry ({@code ioperm}): the run may use the ports from now on.
     *
     * @param first the first port, in a range the machine's rule allows
     * @param count how many
     */
    void grantPorts(int first, int count) {
        ports = ports.with(first, count);
    }

    /** @return the ports the run was granted */
    PortGrants ports() {
        return ports;
    }

    /** Unwinds a program whose run the kernel ended: its code runs no further than its next safepoint. */
    static final class ProcessEnded extends Error {
        private static final long serialVersionUID = 1L;

        ProcessEnded() {
            super("the process has ended", null, false, false);
        }
    }
}
