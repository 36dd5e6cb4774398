package dev.moka.kernel.sched;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moka.kernel.api.sched.Task;
import org.junit.jupiter.api.Test;

class PrioritySchedulerTest {
    private final PriorityScheduler scheduler = new PriorityScheduler(3);

    @Test
    void picksTheHighestLevelFirst() {
        Task low = new Task(1, "low", 0, 1);
        Task high = new Task(2, "high", 0, 7);
        scheduler.enqueue(low);
        scheduler.enqueue(high);
        assertEquals("priority", scheduler.name());
        assertSame(high, scheduler.pickNext());
        scheduler.dequeue(high);
        assertSame(low, scheduler.pickNext());
        scheduler.dequeue(low);
        assertNull(scheduler.pickNext());
    }

    @Test
    void takesTurnsWithinALevel() {
        Task a = new Task(1, "a", 0, 5);
        Task b = new Task(2, "b", 0, 5);
        scheduler.enqueue(a);
        scheduler.enqueue(b);
        assertSame(a, scheduler.pickNext());
        assertFalse(scheduler.tick(a));
        assertFalse(scheduler.tick(a));
        assertTrue(scheduler.tick(a), "slice of three ticks used up");
        assertSame(b, scheduler.pickNext());
        scheduler.yield(b);
        assertSame(a, scheduler.pickNext());
    }

    @Test
    void clampsPriorities() {
        assertEquals(0, PriorityScheduler.levelOf(-5));
        assertEquals(31, PriorityScheduler.levelOf(1000));
        assertEquals(12, PriorityScheduler.levelOf(12));
        Task veryHigh = new Task(1, "very-high", 0, 1000);
        Task top = new Task(2, "top", 0, 31);
        scheduler.enqueue(veryHigh);
        scheduler.enqueue(top);
        assertSame(veryHigh, scheduler.pickNext());
        scheduler.yield(veryHigh);
        assertSame(top, scheduler.pickNext(), "1000 and 31 share the top level");
    }

    @Test
    void aHigherTaskPreemptsAtTheNextTick() {
        Task low = new Task(1, "low", 0, 2);
        Task high = new Task(2, "high", 0, 9);
        scheduler.enqueue(low);
        assertSame(low, scheduler.pickNext());
        assertFalse(scheduler.tick(low));
        scheduler.enqueue(high);
        assertTrue(scheduler.tick(low));
        assertSame(high, scheduler.pickNext());
    }

    @Test
    void agingLetsAStarvedTaskRunOnceThenDropsIt() {
        Task busy = new Task(1, "busy", 0, 20);
        Task starved = new Task(2, "starved", 0, 3);
        scheduler.enqueue(busy);
        scheduler.enqueue(starved);
        for (int turn = 1; turn < PriorityScheduler.AGING_TURNS; turn++) {
            assertSame(busy, scheduler.pickNext(), "turn " + turn);
            scheduler.yield(busy);
        }
        assertSame(busy, scheduler.pickNext());
        scheduler.yield(busy);
        assertSame(starved, scheduler.pickNext(), "boosted after " + PriorityScheduler.AGING_TURNS + " turns");
        scheduler.yield(starved);
        assertSame(busy, scheduler.pickNext(), "the boost lasts one turn");
        for (int turn = 1; turn < PriorityScheduler.AGING_TURNS; turn++) {
            scheduler.yield(busy);
            assertSame(busy, scheduler.pickNext(), "aging starts afresh, turn " + turn);
        }
    }

    @Test
    void blockingEndsATurnForAging() {
        Task busy = new Task(1, "busy", 0, 20);
        Task starved = new Task(2, "starved", 0, 3);
        scheduler.enqueue(busy);
        scheduler.enqueue(starved);
        for (int turn = 0; turn < PriorityScheduler.AGING_TURNS; turn++) {
            assertSame(busy, scheduler.pickNext());
            scheduler.dequeue(busy);
            scheduler.enqueue(busy);
        }
        assertSame(starved, scheduler.pickNext());
    }

    @Test
    void aBoostedTaskThatBlocksComesBackAtItsOwnLevel() {
        Task busy = new Task(1, "busy", 0, 20);
        Task starved = new Task(2, "starved", 0, 3);
        scheduler.enqueue(busy);
        scheduler.enqueue(starved);
        for (int turn = 0; turn < PriorityScheduler.AGING_TURNS; turn++) {
            scheduler.pickNext();
            scheduler.yield(busy);
        }
        assertSame(starved, scheduler.pickNext());
        scheduler.dequeue(starved);
        scheduler.enqueue(starved);
        assertSame(busy, scheduler.pickNext());
    }
}
