package dev.moka.testkit.sched;

/**
 * One thing the kernel does to a scheduler. Slot numbers name task places in a
 * {@link SchedulerModel}; a step that does not fit the slot's state (waking a runnable task, ticking
 * with nothing running) is skipped by the model, so every sequence of steps is a valid kernel run.
 */
public sealed interface Step {
    /** A new task is created in an empty slot and becomes runnable ({@code enqueue}). */
    record Add(int slot) implements Step {
        @Override
        public String toString() {
            return "add t" + slot;
        }
    }

    /** The slot's task exits ({@code dequeue} if it was runnable); the slot becomes empty. */
    record Remove(int slot) implements Step {
        @Override
        public String toString() {
            return "remove t" + slot;
        }
    }

    /** The slot's runnable task blocks ({@code dequeue}). */
    record Block(int slot) implements Step {
        @Override
        public String toString() {
            return "block t" + slot;
        }
    }

    /** The slot's blocked task is woken ({@code enqueue} of the same task). */
    record Wake(int slot) implements Step {
        @Override
        public String toString() {
            return "wake t" + slot;
        }
    }

    /** A timer tick is charged to the running task; a {@code true} answer ends its turn. */
    record Tick() implements Step {
        @Override
        public String toString() {
            return "tick";
        }
    }

    /** The running task yields; its turn ends. */
    record Yield() implements Step {
        @Override
        public String toString() {
            return "yield";
        }
    }

    /** The kernel asks again who should run, without ending the current turn. */
    record Pick() implements Step {
        @Override
        public String toString() {
            return "pick";
        }
    }
}
