package dev.moka.kernel.core.thread;

import dev.moka.kernel.api.sched.Task;

/** A kernel thread: its scheduler task, machine context, body, run state and accounting. */
public final class KernelThread {
    /** Runnable: in the policy's run set (running or waiting for the CPU). */
    public static final int RUNNABLE = 0;
    /** Blocked on a wait queue. */
    public static final int BLOCKED = 1;
    /** Sleeping until a tick. */
    public static final int SLEEPING = 2;
    /** Finished or stopped; never runs again, and its stack and id are given back. */
    public static final int EXITED = 3;

    final Task task;
    final long context;
    final ThreadBody body;
    /** Lowest address of the stack the thread layer mapped for it, or 0 for a thread on the boot stack. */
    final long stack;
    int state;
    long ticksRun;
    long wakeTick;
    /** Parked by a monitor: only then may {@code unpark} wake it. */
    boolean parked;
    /** Root of the address space the thread runs in, or 0 for a kernel thread, which runs in any. */
    long spaceRoot;
    /** Link in a wait queue or the sleep list. */
    KernelThread next;
    /** The queue the thread is blocked on through {@code block}, so that an interrupt can take it off. */
    WaitQueue waitingOn;
    /** Set by {@code ThreadSystem.interrupt} and never cleared: the thread is to end, and waits no more. */
    boolean interrupted;

    KernelThread(Task task, long context, ThreadBody body, long stack) {
        this.task = task;
        this.context = context;
        this.body = body;
        this.stack = stack;
    }

    /** @return the task the policy sees */
    public Task task() {
        return task;
    }

    /** @return the thread name */
    public String name() {
        return task.name();
    }

    /** @return the run state, one of {@link #RUNNABLE}, {@link #BLOCKED}, {@link #SLEEPING}, {@link #EXITED} */
    public int state() {
        return state;
    }

    /** @return timer ticks that arrived while this thread ran */
    public long ticksRun() {
        return ticksRun;
    }
}
