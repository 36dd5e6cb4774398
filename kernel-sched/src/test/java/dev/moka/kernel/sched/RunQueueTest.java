package dev.moka.kernel.sched;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moka.kernel.api.sched.Task;
import org.junit.jupiter.api.Test;

class RunQueueTest {
    private final Object owner = new Object();
    private final RunQueue queue = new RunQueue();
    private final Task a = new Task(1, "a", 0, 0);
    private final Task b = new Task(2, "b", 0, 0);
    private final Task c = new Task(3, "c", 0, 0);

    private RunQueueEntry entry(Task task) {
        return RunQueueEntry.of(task, owner);
    }

    @Test
    void keepsInsertionOrderAndRotates() {
        queue.addLast(entry(a));
        queue.addLast(entry(b));
        queue.addLast(entry(c));
        assertSame(a, queue.peek());
        assertTrue(queue.moveToBack(entry(a)));
        assertSame(b, queue.peek());
        queue.remove(entry(b));
        assertSame(c, queue.peek());
        queue.remove(entry(c));
        assertSame(a, queue.peek());
        assertEquals(1, queue.size());
    }

    @Test
    void removesFromTheMiddleAndTheEnd() {
        queue.addLast(entry(a));
        queue.addLast(entry(b));
        queue.addLast(entry(c));
        assertTrue(queue.remove(entry(b)));
        assertTrue(queue.remove(entry(c)));
        assertTrue(queue.moveToBack(entry(a)));
        assertSame(a, queue.peek());
        assertTrue(queue.remove(entry(a)));
        assertTrue(queue.isEmpty());
        assertNull(queue.peek());
    }

    @Test
    void refusesDoubleInsertAndForeignRemoval() {
        RunQueue other = new RunQueue();
        assertTrue(queue.addLast(entry(a)));
        assertFalse(queue.addLast(entry(a)));
        assertFalse(other.addLast(entry(a)));
        assertFalse(other.remove(entry(a)));
        assertFalse(queue.remove(entry(b)));
        assertEquals(1, queue.size());
        assertEquals(0, other.size());
    }

    @Test
    void entryBelongsToOneOwner() {
        RunQueueEntry first = RunQueueEntry.of(a, owner);
        assertSame(first, RunQueueEntry.of(a, owner));
        RunQueueEntry second = RunQueueEntry.of(a, new Object());
        assertFalse(first == second);
        assertSame(second, a.policyState());
    }
}
