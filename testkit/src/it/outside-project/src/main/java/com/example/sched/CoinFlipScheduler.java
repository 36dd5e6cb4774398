package com.example.sched;

import dev.moka.kernel.api.sched.Scheduler;
import dev.moka.kernel.api.sched.Task;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/** Picks uniformly at random among the runnable tasks at every turn; a turn lasts two ticks. */
public final class CoinFlipScheduler implements Scheduler {
    private final RandomGenerator random;
    private final List<Task> runnable = new ArrayList<>();
    private Task current;
    private int ticks;

    public CoinFlipScheduler(RandomGenerator random) {
        this.random = random;
    }

    @Override
    public String name() {
        return "coin-flip";
    }

    @Override
    public void enqueue(Task task) {
        runnable.add(task);
    }

    @Override
    public void dequeue(Task task) {
        runnable.remove(task);
        if (task == current) {
            current = null;
            ticks = 0;
        }
    }

    @Override
    public Task pickNext() {
        if (current == null && !runnable.isEmpty()) {
            current = runnable.get(random.nextInt(runnable.size()));
        }
        return current;
    }

    @Override
    public boolean tick(Task running) {
        if (++ticks < 2) {
            return false;
        }
        this.yield(running);
        return true;
    }

    @Override
    public void yield(Task running) {
        current = null;
        ticks = 0;
    }
}
