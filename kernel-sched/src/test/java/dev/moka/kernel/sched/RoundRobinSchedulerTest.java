package dev.moka.kernel.sched;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moka.kernel.api.sched.Task;
import org.junit.jupiter.api.Test;

class RoundRobinSchedulerTest {
    private final Task a = new Task(1, "a", 0, 0);
    private final Task b = new Task(2, "b", 0, 0);
    private final Task c = new Task(3, "c", 0, 0);

    @Test
    void defaultsToTenTickSlices() {
        RoundRobinScheduler scheduler = new RoundRobinScheduler();
        assertEquals("round-robin", scheduler.name());
        assertEquals(10, scheduler.sliceTicks());
        scheduler.enqueue(a);
        scheduler.enqueue(b);
        for (int tick = 1; tick < 10; tick++) {
            assertFalse(scheduler.tick(a), "tick " + tick);
            assertSame(a, scheduler.pickNext());
        }
        assertTrue(scheduler.tick(a));
        assertSame(b, scheduler.pickNext());
    }

    @Test
    void runsTasksInArrivalOrderAndKeepsTheRunningOneQueued() {
        RoundRobinScheduler scheduler = new RoundRobinScheduler(2);
        scheduler.enqueue(a);
        scheduler.enqueue(b);
        scheduler.enqueue(c);
        assertSame(a, scheduler.pickNext());
        assertSame(a, scheduler.pickNext(), "picking does not remove the running task");
        assertFalse(scheduler.tick(a));
        assertTrue(scheduler.tick(a));
        assertSame(b, scheduler.pickNext());
        scheduler.yield(b);
        assertSame(c, scheduler.pickNext());
        scheduler.yield(c);
        assertSame(a, scheduler.pickNext());
    }

    @Test
    void yieldStartsAFreshSlice() {
        RoundRobinScheduler scheduler = new RoundRobinScheduler(2);
        scheduler.enqueue(a);
        assertFalse(scheduler.tick(a));
        scheduler.yield(a);
        assertSame(a, scheduler.pickNext(), "a lone task runs again after yielding");
        assertFalse(scheduler.tick(a), "the slice restarted at the yield");
        assertTrue(scheduler.tick(a));
    }

    @Test
    void dequeuedTasksAreNeverPicked() {
        RoundRobinScheduler scheduler = new RoundRobinScheduler(1);
        scheduler.enqueue(a);
        scheduler.enqueue(b);
        scheduler.dequeue(a);
        for (int round = 0; round < 4; round++) {
            assertSame(b, scheduler.pickNext());
            scheduler.yield(b);
        }
        scheduler.dequeue(b);
        assertNull(scheduler.pickNext());
        assertFalse(scheduler.tick(b), "a blocked task is not preempted");
    }

    @Test
    void ignoresRepeatedEnqueueAndUnknownDequeue() {
        RoundRobinScheduler scheduler = new RoundRobinScheduler(1);
        scheduler.enqueue(a);
        scheduler.enqueue(a);
        scheduler.dequeue(b);
        assertSame(a, scheduler.pickNext());
        scheduler.dequeue(a);
        assertNull(scheduler.pickNext());
    }

    @Test
    void clampsSliceToOneTick() {
        RoundRobinScheduler scheduler = new RoundRobinScheduler(0);
        assertEquals(1, scheduler.sliceTicks());
        scheduler.enqueue(a);
        assertTrue(scheduler.tick(a));
    }
}
