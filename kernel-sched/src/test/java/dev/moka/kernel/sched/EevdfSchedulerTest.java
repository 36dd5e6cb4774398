package dev.moka.kernel.sched;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moka.kernel.api.sched.Task;
import org.junit.jupiter.api.Test;

class EevdfSchedulerTest {
    private final EevdfScheduler scheduler = new EevdfScheduler(2);

    @Test
    void usesTheNiceToWeightTable() {
        assertEquals(1024, EevdfScheduler.weightOf(0));
        assertEquals(88761, EevdfScheduler.weightOf(-20));
        assertEquals(15, EevdfScheduler.weightOf(19));
        assertEquals(1277, EevdfScheduler.weightOf(-1));
        assertEquals(820, EevdfScheduler.weightOf(1));
        assertEquals(88761, EevdfScheduler.weightOf(-99), "clamped");
        assertEquals(15, EevdfScheduler.weightOf(99), "clamped");
        assertEquals(1L << 16, EevdfScheduler.virtualTime(1, 1024), "a nice-0 tick is one virtual tick");
        assertEquals((1024L << 16) / 15, EevdfScheduler.virtualTime(1, 15));
    }

    @Test
    void equalWeightsTakeTurnsSliceBySlice() {
        Task a = new Task(1, "a", 0, 0);
        Task b = new Task(2, "b", 0, 0);
        scheduler.enqueue(a);
        scheduler.enqueue(b);
        assertEquals("eevdf", scheduler.name());
        assertSame(a, scheduler.pickNext(), "equal deadlines: the one queued first");
        assertFalse(scheduler.tick(a));
        assertTrue(scheduler.tick(a), "slice of two ticks used up");
        assertSame(b, scheduler.pickNext());
        assertFalse(scheduler.tick(b));
        assertTrue(scheduler.tick(b));
        assertSame(a, scheduler.pickNext());
    }

    @Test
    void heavierTaskGetsProportionallyMoreTicks() {
        Task heavy = new Task(1, "heavy", -5, 0);
        Task light = new Task(2, "light", 0, 0);
        scheduler.enqueue(heavy);
        scheduler.enqueue(light);
        int heavyTicks = 0;
        Task running = scheduler.pickNext();
        for (int tick = 0; tick < 4000; tick++) {
            heavyTicks += running == heavy ? 1 : 0;
            if (scheduler.tick(running)) {
                running = scheduler.pickNext();
            }
        }
        // weights 3121 : 1024, so the heavy task is owed 4000 * 3121 / 4145 = 3011.8 ticks
        assertTrue(Math.abs(heavyTicks - 3012) <= 6, "heavy got " + heavyTicks);
    }

    @Test
    void newTaskStartsAtTheAverageWithoutCredit() {
        Task old = new Task(1, "old", 0, 0);
        scheduler.enqueue(old);
        for (int tick = 0; tick < 100; tick++) {
            scheduler.tick(old);
        }
        Task late = new Task(2, "late", 0, 0);
        scheduler.enqueue(late);
        int lateRuns = 0;
        Task running = scheduler.pickNext();
        for (int turn = 0; turn < 10; turn++) {
            lateRuns += running == late ? 1 : 0;
            scheduler.yield(running);
            running = scheduler.pickNext();
        }
        assertEquals(5, lateRuns, "the newcomer alternates instead of running 50 turns to catch up");
    }

    @Test
    void yieldChargesTheRestOfTheSlice() {
        Task yielder = new Task(1, "yielder", 0, 0);
        Task worker = new Task(2, "worker", 0, 0);
        scheduler.enqueue(yielder);
        scheduler.enqueue(worker);
        assertSame(yielder, scheduler.pickNext());
        scheduler.yield(yielder);
        assertSame(worker, scheduler.pickNext(), "a yield moves the task behind, not ahead");
        RunQueueEntry entry = (RunQueueEntry) yielder.policyState();
        assertEquals(EevdfScheduler.virtualTime(2, 1024), entry.vruntime);
    }

    @Test
    void wokenTaskKeepsItsDebtButGetsNoCreditForSleeping() {
        Task sleeper = new Task(1, "sleeper", 0, 0);
        Task busy = new Task(2, "busy", 0, 0);
        scheduler.enqueue(sleeper);
        scheduler.enqueue(busy);
        scheduler.dequeue(sleeper);
        for (int tick = 0; tick < 50; tick++) {
            scheduler.tick(busy);
        }
        scheduler.enqueue(sleeper);
        RunQueueEntry asleep = (RunQueueEntry) sleeper.policyState();
        RunQueueEntry awake = (RunQueueEntry) busy.policyState();
        assertEquals(awake.vruntime, asleep.vruntime, "lifted to the average of the one other task");

        for (int tick = 0; tick < 20; tick++) {
            scheduler.tick(sleeper);
        }
        long ahead = asleep.vruntime;
        scheduler.dequeue(sleeper);
        scheduler.enqueue(sleeper);
        assertEquals(ahead, asleep.vruntime, "a lead earned by running is kept");
        assertSame(busy, scheduler.pickNext(), "the task ahead is not eligible");
    }

    @Test
    void emptyAndRepeatedCallsChangeNothing() {
        Task a = new Task(1, "a", 0, 0);
        assertNull(scheduler.pickNext());
        assertFalse(scheduler.tick(a), "an unknown task is not preempted");
        scheduler.yield(a);
        scheduler.enqueue(a);
        scheduler.enqueue(a);
        scheduler.dequeue(a);
        assertNull(scheduler.pickNext());
        assertEquals(1, new EevdfScheduler(0).sliceTicks());
        assertEquals(EevdfScheduler.DEFAULT_SLICE_TICKS, new EevdfScheduler().sliceTicks());
    }
}
