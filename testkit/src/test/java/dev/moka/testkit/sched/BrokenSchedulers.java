package dev.moka.testkit.sched;

import dev.moka.kernel.api.sched.Scheduler;
import dev.moka.kernel.api.sched.Task;
import java.util.ArrayDeque;

/**
 * Policies that each break one clause of the contract, built on one correct FIFO so that the
 * flaw is the only difference. They exist to show that {@link SchedulerContract} notices.
 */
final class BrokenSchedulers {
    private BrokenSchedulers() {
    }

    /** A correct round robin that rotates on every yield and on every tick. */
    static class Fifo implements Scheduler {
        final ArrayDeque<Task> queue = new ArrayDeque<>();

        @Override
        public String name() {
            return getClass().getSimpleName();
        }

        @Override
        public void enqueue(Task task) {
            queue.addLast(task);
        }

        @Override
        public void dequeue(Task task) {
            queue.remove(task);
        }

        @Override
        public Task pickNext() {
            return queue.peekFirst();
        }

        @Override
        public boolean tick(Task running) {
            this.yield(running);
            return true;
        }

        @Override
        public void yield(Task running) {
            if (queue.remove(running)) {
                queue.addLast(running);
            }
        }
    }

    /** Forgets to take blocked and exited tasks out of the queue. */
    static final class KeepsDequeuedTasks extends Fifo {
        @Override
        public void dequeue(Task task) {
            // The flaw: nothing is removed.
        }
    }

    /** Never lets the most recently enqueued task run while another one is runnable. */
    static final class StarvesTheLast extends Fifo {
        @Override
        public Task pickNext() {
            if (queue.size() < 2) {
                return queue.peekFirst();
            }
            Task newest = null;
            int newestId = Integer.MIN_VALUE;
            for (Task task : queue) {
                if (task.id() > newestId) {
                    newest = task;
                    newestId = task.id();
                }
            }
            return queue.peekFirst() == newest ? queue.toArray(new Task[0])[1] : queue.peekFirst();
        }
    }

    /** Puts a yielding task at the back without taking it from the front: it is then queued twice. */
    static final class DuplicatesOnYield extends Fifo {
        @Override
        public void yield(Task running) {
            queue.addLast(running);
        }
    }

    /** Keeps answering with the last task it picked after the runnable set has emptied. */
    static final class NeverIdle extends Fifo {
        private Task last;

        @Override
        public Task pickNext() {
            Task next = queue.peekFirst();
            if (next != null) {
                last = next;
            }
            return last;
        }
    }
}
