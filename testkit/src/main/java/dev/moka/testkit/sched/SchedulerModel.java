package dev.moka.testkit.sched;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.moka.kernel.api.sched.Scheduler;
import dev.moka.kernel.api.sched.Task;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * A model of the kernel driving a {@link Scheduler} exactly as the SPI describes: it keeps the true
 * runnable set, runs whatever the policy picks, and counts for each runnable task the turns it has
 * waited since it last ran. A turn ends when the running task yields, is preempted by a tick, blocks
 * or exits; then the kernel picks again.
 *
 * <p>Picks are checked as they happen (only runnable tasks, then the policy's ordering rule);
 * {@link #checkInvariants()} checks the state between steps.
 */
public final class SchedulerModel {
    /** Number of task slots; a slot is empty, runnable or blocked. */
    public static final int SLOTS = 6;

    private enum State { EMPTY, RUNNABLE, BLOCKED }

    private final SchedulerContract contract;
    private final Scheduler scheduler;
    private final int[] nice;
    private final int[] priority;
    private final Task[] tasks = new Task[SLOTS];
    private final State[] states = new State[SLOTS];
    private final int[] turnsWaited = new int[SLOTS];
    /** Largest runnable count seen while the slot's task waited: the count its bound is taken at. */
    private final int[] peakRunnable = new int[SLOTS];
    private final List<Step> history = new ArrayList<>();
    private Task running;
    private int nextId = 1;

    SchedulerModel(SchedulerContract contract, int[] nice, int[] priority, Random random) {
        this.contract = contract;
        this.scheduler = contract.newScheduler(random);
        this.nice = nice.clone();
        this.priority = priority.clone();
        Arrays.fill(states, State.EMPTY);
    }

    /** @param step the next kernel action; skipped when it does not fit the current state */
    public void apply(Step step) {
        history.add(step);
        switch (step) {
            case Step.Add add -> add(add.slot());
            case Step.Remove remove -> leave(remove.slot(), State.EMPTY);
            case Step.Block block -> leave(block.slot(), State.BLOCKED);
            case Step.Wake wake -> wake(wake.slot());
            case Step.Tick tick -> tick();
            case Step.Yield yield -> yieldRunning();
            case Step.Pick pick -> pick();
        }
    }

    private void add(int slot) {
        if (states[slot] != State.EMPTY) {
            return;
        }
        int id = nextId++;
        tasks[slot] = new Task(id, "t" + slot + "#" + id, nice[slot], priority[slot]);
        becomeRunnable(slot);
    }

    private void wake(int slot) {
        if (states[slot] == State.BLOCKED) {
            becomeRunnable(slot);
        }
    }

    private void becomeRunnable(int slot) {
        states[slot] = State.RUNNABLE;
        turnsWaited[slot] = 0;
        peakRunnable[slot] = 0;
        scheduler.enqueue(tasks[slot]);
        notePeaks();
        if (running == null) {
            pick();
        }
    }

    private void leave(int slot, State next) {
        if (states[slot] == State.EMPTY || next == State.BLOCKED && states[slot] != State.RUNNABLE) {
            return;
        }
        Task task = tasks[slot];
        boolean wasRunnable = states[slot] == State.RUNNABLE;
        states[slot] = next;
        if (next == State.EMPTY) {
            tasks[slot] = null;
        }
        if (wasRunnable) {
            scheduler.dequeue(task);
            if (task == running) {
                running = null;
                endTurn(task);
            }
        }
    }

    private void tick() {
        if (running != null && scheduler.tick(running)) {
            endTurn(running);
        }
    }

    private void yieldRunning() {
        if (running != null) {
            Task ran = running;
            scheduler.yield(ran);
            endTurn(ran);
        }
    }

    private void endTurn(Task ran) {
        for (int slot = 0; slot < SLOTS; slot++) {
            if (states[slot] == State.RUNNABLE && tasks[slot] != ran) {
                turnsWaited[slot]++;
            }
        }
        pick();
    }

    private void pick() {
        Task picked = scheduler.pickNext();
        running = picked;
        if (picked == null) {
            return;
        }
        int slot = slotOf(picked);
        if (slot < 0 || states[slot] != State.RUNNABLE) {
            fail("picked " + picked.name() + ", which is " + (slot < 0 ? "removed or unknown" : "blocked")
                    + "; " + this);
        }
        turnsWaited[slot] = 0;
        peakRunnable[slot] = runnableCount();
        contract.checkOrdering(picked, runnable());
    }

    private void notePeaks() {
        int count = runnableCount();
        for (int slot = 0; slot < SLOTS; slot++) {
            if (states[slot] == State.RUNNABLE) {
                peakRunnable[slot] = Math.max(peakRunnable[slot], count);
            }
        }
    }

    private int slotOf(Task task) {
        for (int slot = 0; slot < SLOTS; slot++) {
            if (tasks[slot] == task) {
                return slot;
            }
        }
        return -1;
    }

    private int runnableCount() {
        int count = 0;
        for (State state : states) {
            count += state == State.RUNNABLE ? 1 : 0;
        }
        return count;
    }

    /** @return the runnable tasks, in slot order */
    public List<Task> runnable() {
        List<Task> result = new ArrayList<>();
        for (int slot = 0; slot < SLOTS; slot++) {
            if (states[slot] == State.RUNNABLE) {
                result.add(tasks[slot]);
            }
        }
        return result;
    }

    /** @return the task the kernel runs now, or null when idle */
    public Task running() {
        return running;
    }

    /**
     * Checks the contract between steps: an empty set picks null; otherwise something runnable runs;
     * and no runnable task has waited more turns than the policy's declared starvation bound.
     */
    public void checkInvariants() {
        int count = runnableCount();
        if (count == 0) {
            assertNull(running, "a task runs although none is runnable");
            assertNull(scheduler.pickNext(), "an empty runnable set must pick null; " + this);
            return;
        }
        assertNotNull(running, "picked null while " + count + " tasks are runnable; " + this);
        for (int slot = 0; slot < SLOTS; slot++) {
            if (states[slot] == State.RUNNABLE) {
                int bound = contract.starvationBound(peakRunnable[slot]);
                int waited = turnsWaited[slot];
                String name = tasks[slot].name();
                assertTrue(waited <= bound, () -> name + " waited " + waited + " turns, more than the bound "
                        + bound + "; " + this);
            }
        }
    }

    /** @return the steps applied so far */
    public List<Step> history() {
        return List.copyOf(history);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("running=").append(running == null ? "none" : running.name());
        for (int slot = 0; slot < SLOTS; slot++) {
            if (states[slot] != State.EMPTY) {
                text.append(' ').append(tasks[slot].name()).append(states[slot] == State.BLOCKED ? "(blocked)"
                        : "(waited " + turnsWaited[slot] + ")");
            }
        }
        return text.append(" after ").append(history).toString();
    }
}
