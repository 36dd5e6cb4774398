package dev.moka.testkit.sched;

import dev.moka.kernel.api.sched.Scheduler;
import dev.moka.kernel.api.sched.Task;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Lottery scheduling: at every turn one runnable task wins a slice of {@code sliceTicks} ticks with
 * probability proportional to its tickets, which fall by a quarter per nice step. It draws only from
 * the {@link Random} it is given, so a run is reproducible from its seed. A policy the kit must
 * accept although no two runs agree.
 */
final class LotteryScheduler implements Scheduler {
    private final Random random;
    private final int sliceTicks;
    private final List<Task> runnable = new ArrayList<>();
    private Task winner;
    private int ticksUsed;

    LotteryScheduler(Random random, int sliceTicks) {
        this.random = random;
        this.sliceTicks = sliceTicks;
    }

    /** @param nice a nice value @return its tickets: 1024 at nice 0, a quarter more per step down */
    static long tickets(int nice) {
        return Math.max(1, Math.round(1024 * Math.pow(1.25, -nice)));
    }

    @Override
    public String name() {
        return "lottery";
    }

    @Override
    public void enqueue(Task task) {
        runnable.add(task);
    }

    @Override
    public void dequeue(Task task) {
        runnable.remove(task);
        if (task == winner) {
            endTurn();
        }
    }

    @Override
    public Task pickNext() {
        if (winner == null && !runnable.isEmpty()) {
            winner = draw();
        }
        return winner;
    }

    private Task draw() {
        long total = 0;
        for (Task task : runnable) {
            total += tickets(task.nice());
        }
        long ticket = random.nextLong(total);
        for (Task task : runnable) {
            ticket -= tickets(task.nice());
            if (ticket < 0) {
                return task;
            }
        }
        throw new IllegalStateException("ticket beyond the total");
    }

    @Override
    public boolean tick(Task running) {
        if (++ticksUsed < sliceTicks) {
            return false;
        }
        endTurn();
        return true;
    }

    @Override
    public void yield(Task running) {
        endTurn();
    }

    private void endTurn() {
        winner = null;
        ticksUsed = 0;
    }
}
