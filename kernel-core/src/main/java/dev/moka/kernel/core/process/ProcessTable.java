package dev.moka.kernel.core.process;

import java.util.ArrayList;
import java.util.List;

/**
 * Every process and how they are related: ids, parents, ends and the collection of ended children.
 * Policy-free bookkeeping, so its invariants are checked on the JVM: ids are unique among processes
 * the table holds; every process but init has a parent that has not ended; a process that ends gives
 * its children to init; an ended process stays (a zombie) until its parent collects its status.
 */
public final class ProcessTable {
    /** The first process's id. */
    public static final int INIT_PID = 1;
    /** Ids count up to this and start again from 2, skipping ids in use. */
    public static final int MAX_PID = 1 << 22;

    /** Result of {@link #collect} when the caller has children but none has ended: it waits. */
    public static final long NOT_YET = 0;
    /** Result of {@link #collect} when there is nothing to wait for (ECHILD). */
    public static final long NO_CHILD = -1;

    private final int limit;
    private final List<Process> processes = new ArrayList<>();
    private int nextPid = INIT_PID;
    private Process init;

    /** @param limit how many processes, zombies included, the table holds at most */
    public ProcessTable(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("a process table holds at least init");
        }
        this.limit = limit;
    }

    /**
     * @param parent the creating process; null only for the first process, init
     * @param name   the program's name
     * @return the new process, alive; null when the table is full
     */
    public Process create(Process parent, String name) {
        if ((parent == null) != (init == null)) {
            throw new IllegalArgumentException(parent == null ? "init exists already" : "the first process is init");
        }
        if (parent != null && (parent.ended() || get(parent.pid()) != parent)) {
            throw new IllegalArgumentException("parent " + parent + " has ended");
        }
        if (processes.size() == limit) {
            return null;
        }
        Process process = new Process(nextFreePid(), null, name);
        if (parent == null) {
            init = process;
        } else {
            parent.adopt(process);
        }
        int at = 0;
        while (at < processes.size() && processes.get(at).pid() < process.pid()) {
            at++;
        }
        processes.add(at, process);
        return process;
    }

    private int nextFreePid() {
        for (;;) {
            int pid = nextPid;
            nextPid = nextPid == MAX_PID ? INIT_PID + 1 : nextPid + 1;
            if (get(pid) == null) {
                return pid;
            }
        }
    }

    /**
     * Ends a process: it becomes a zombie with {@code status}, and its children, ended or not, become
     * init's. Ending init is the system's end; the table only records it.
     *
     * @param process a process that has not ended
     * @param status  a {@link WaitStatus} word
     */
    public void end(Process process, int status) {
        if (process.ended()) {
            throw new IllegalArgumentException(process + " has ended already");
        }
        process.end(status);
        if (process != init) {
            for (Process child : new ArrayList<>(process.childList())) {
                process.forget(child);
                init.adopt(child);
            }
        }
    }

    /**
     * Collects an ended child's status, as {@code waitpid} does, and removes the child from the table.
     *
     * @param parent the waiting process
     * @param pid    the child to wait for, or -1 for any child
     * @return {@code pid << 32 | (status & 0xffffffff)} of the collected child; {@link #NOT_YET} when
     *         the child (or every child) is still alive; {@link #NO_CHILD} when {@code pid} is not a
     *         child of {@code parent} (or, for -1, it has none)
     */
    public long collect(Process parent, int pid) {
        Process found = null;
        boolean any = false;
        for (Process child : parent.childList()) {
            if (pid != -1 && child.pid() != pid) {
                continue;
            }
            any = true;
            if (child.ended()) {
                found = child;
                break;
            }
        }
        if (!any) {
            return NO_CHILD;
        }
        if (found == null) {
            return NOT_YET;
        }
        parent.forget(found);
        processes.remove(found);
        return (long) found.pid() << 32 | (found.status() & 0xffff_ffffL);
    }

    /** @param pid a process id @return the process the table holds with it, or null */
    public Process get(int pid) {
        int low = 0;
        int high = processes.size() - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            int at = processes.get(middle).pid();
            if (at == pid) {
                return processes.get(middle);
            } else if (at < pid) {
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        return null;
    }

    /** @return init, or null before it is created */
    public Process init() {
        return init;
    }

    /** @return every process the table holds, zombies included, by id */
    public List<Process> list() {
        return List.copyOf(processes);
    }

    /** @return how many processes the table holds, zombies included */
    public int size() {
        return processes.size();
    }
}
