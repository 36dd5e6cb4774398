package dev.moka.kernel.core.process;

import java.util.ArrayList;
import java.util.List;

/**
 * A process as the process table keeps it: its id, its parent, its name and how it ended. What it
 * runs on (address space, file table, thread) is attached by the layer that starts it.
 */
public final class Process {
    /** Running or runnable: not ended. */
    public static final int ALIVE = 0;
    /** Ended, its status not yet collected by its parent's {@code waitpid}. */
    public static final int ZOMBIE = 1;

    private final int pid;
    private final String name;
    private Process parent;
    private int state = ALIVE;
    private int status;
    private final List<Process> children = new ArrayList<>();
    private Object resources;

    Process(int pid, Process parent, String name) {
        this.pid = pid;
        this.parent = parent;
        this.name = name;
    }

    /** @return the process id, from 1 (init) */
    public int pid() {
        return pid;
    }

    /** @return the parent's id; 0 for init, which has none */
    public int ppid() {
        return parent == null ? 0 : parent.pid;
    }

    /** @return the parent, null for init */
    public Process parent() {
        return parent;
    }

    /** @return the program's name, as {@code ps} shows it */
    public String name() {
        return name;
    }

    /** @return {@link #ALIVE} or {@link #ZOMBIE} */
    public int state() {
        return state;
    }

    /** @return whether the process has ended */
    public boolean ended() {
        return state == ZOMBIE;
    }

    /** @return the {@link WaitStatus} it ended with; 0 while alive */
    public int status() {
        return status;
    }

    /** @return its children, alive or not yet collected, oldest first */
    public List<Process> children() {
        return List.copyOf(children);
    }

    /** @return what the layer that started the process attached to it, or null */
    public Object resources() {
        return resources;
    }

    /** @param attached what the process runs on, for the layer that started it */
    public void attach(Object attached) {
        this.resources = attached;
    }

    void end(int endStatus) {
        // The status first: a parent that looks in between (its thread may run between any two
        // instructions of this one) must find the process alive, not ended with a status of 0.
        status = endStatus;
        state = ZOMBIE;
    }

    void adopt(Process child) {
        child.parent = this;
        children.add(child);
    }

    void forget(Process child) {
        children.remove(child);
    }

    List<Process> childList() {
        return children;
    }

    @Override
    public String toString() {
        return name + "[" + pid + "]";
    }
}
