package dev.moka.kernel.api.sched;

/**
 * A schedulable kernel thread as a scheduler sees it: identity and the static parameters a policy
 * may weigh. The kernel owns the task; a policy keeps its own per-task bookkeeping in
 * {@link #policyState()} so that it needs no side tables.
 */
public final class Task {
    private final int id;
    private final String name;
    private final int nice;
    private final int priority;
    private Object policyState;

    /**
     * @param id       unique id, stable for the task's life
     * @param name     a human-readable name
     * @param nice     niceness for weighted policies, -20 (most CPU) to 19 (least)
     * @param priority level for priority policies, higher runs first
     */
    public Task(int id, String name, int nice, int priority) {
        this.id = id;
        this.name = name;
        this.nice = nice;
        this.priority = priority;
    }

    /** @return the task id */
    public int id() {
        return id;
    }

    /** @return the task name */
    public String name() {
        return name;
    }

    /** @return the niceness, -20..19 */
    public int nice() {
        return nice;
    }

    /** @return the priority level */
    public int priority() {
        return priority;
    }

    /** @return the scheduler's private state for this task, null until it sets one */
    public Object policyState() {
        return policyState;
    }

    /** @param state the scheduler's private state for this task */
    public void setPolicyState(Object state) {
        policyState = state;
    }
}
