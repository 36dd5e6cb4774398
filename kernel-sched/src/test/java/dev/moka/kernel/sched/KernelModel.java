package dev.moka.kernel.sched;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moka.kernel.api.sched.Scheduler;
import dev.moka.kernel.api.sched.Task;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntUnaryOperator;

/**
 * A model of the kernel driving a scheduler the way the contract describes: it keeps the runnable
 * set, runs the picked task, and counts for every runnable task how many turns it has waited since
 * it last ran. A turn ends when the running task yields, is preempted by a tick, or blocks.
 */
final class KernelModel {
    static final int TASKS = 8;

    final Scheduler scheduler;
    final List<Task> tasks = new ArrayList<>();
    final Map<Task, Integer> turnsWaited = new LinkedHashMap<>();
    private final int waitBound;
    Task running;
    int turnsEnded;

    /**
     * @param scheduler  the policy under test
     * @param priorities priority of each task, {@link #TASKS} of them
     * @param waitBound  most turns a runnable task may wait, given the number of tasks
     */
    KernelModel(Scheduler scheduler, int[] priorities, IntUnaryOperator waitBound) {
        this.scheduler = scheduler;
        for (int i = 0; i < TASKS; i++) {
            tasks.add(new Task(i, "t" + i, 0, priorities[i]));
        }
        this.waitBound = waitBound.applyAsInt(TASKS);
    }

    void enqueue(int index) {
        Task task = tasks.get(index);
        if (turnsWaited.containsKey(task)) {
            return;
        }
        scheduler.enqueue(task);
        turnsWaited.put(task, 0);
        if (running == null) {
            pick();
        }
    }

    void dequeue(int index) {
        Task task = tasks.get(index);
        if (turnsWaited.remove(task) == null) {
            return;
        }
        scheduler.dequeue(task);
        if (task == running) {
            running = null;
            endTurn(task);
        }
    }

    void tick() {
        if (running != null && scheduler.tick(running)) {
            endTurn(running);
        }
    }

    void yieldRunning() {
        if (running != null) {
            Task ran = running;
            scheduler.yield(ran);
            endTurn(ran);
        }
    }

    void pick() {
        running = scheduler.pickNext();
        if (running != null) {
            assertTrue(turnsWaited.containsKey(running), () -> "picked " + running.name() + ", which is not runnable");
            turnsWaited.put(running, 0);
        }
    }

    private void endTurn(Task ran) {
        turnsEnded++;
        turnsWaited.replaceAll((task, waited) -> task == ran ? 0 : waited + 1);
        pick();
    }

    /** Checks the contract after every step of a chain. */
    void checkInvariants() {
        if (turnsWaited.isEmpty()) {
            assertNull(running);
            assertNull(scheduler.pickNext(), "pick from an empty runnable set");
        } else {
            assertNotNull(running, "nothing runs while tasks are runnable");
            assertTrue(turnsWaited.containsKey(running), "the running task is not runnable");
        }
        turnsWaited.forEach((task, waited) -> assertTrue(waited <= waitBound,
                () -> task.name() + " waited " + waited + " turns, more than " + waitBound + "; " + this));
    }

    @Override
    public String toString() {
        StringBuilder waited = new StringBuilder();
        turnsWaited.forEach((task, turns) -> waited.append(' ').append(task.name()).append('=').append(turns));
        return "running=" + (running == null ? "none" : running.name()) + ", turns waited:" + waited;
    }
}
