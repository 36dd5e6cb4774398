package dev.moka.kernel.core.thread;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.moka.kernel.api.sched.Task;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A wait queue against a deque through random adds, polls and removals from anywhere (what an
 * interrupt does to a blocked thread): order, emptiness and each thread's note of its queue agree.
 */
class WaitQueueModelPropertyTest {
    private static final int THREADS = 6;

    @Provide
    Arbitrary<List<Integer>> operations() {
        // 0..5: add thread i (when it waits nowhere); 6: poll; 7..12: remove thread i - 7
        return Arbitraries.integers().between(0, 2 * THREADS).list().ofMaxSize(80);
    }

    @Property(tries = 500)
    void behavesAsADequeWithRemoval(@ForAll("operations") List<Integer> operations) {
        List<KernelThread> threads = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            threads.add(new KernelThread(new Task(i, "t" + i, 0, 0), 0, () -> false, 0));
        }
        WaitQueue queue = new WaitQueue();
        Deque<KernelThread> model = new ArrayDeque<>();
        for (int operation : operations) {
            if (operation < THREADS) {
                KernelThread thread = threads.get(operation);
                if (!model.contains(thread)) {
                    queue.add(thread);
                    model.addLast(thread);
                }
            } else if (operation == THREADS) {
                KernelThread polled = queue.poll();
                assertSame(model.pollFirst(), polled);
                if (polled != null) {
                    assertNull(polled.waitingOn);
                }
            } else {
                KernelThread thread = threads.get(operation - THREADS - 1);
                queue.remove(thread);
                model.remove(thread);
                assertNull(thread.waitingOn);
            }
            assertEquals(model.isEmpty(), queue.isEmpty());
            for (KernelThread thread : threads) {
                assertSame(model.contains(thread) ? queue : null, thread.waitingOn);
            }
        }
        List<KernelThread> rest = new ArrayList<>();
        for (KernelThread t = queue.poll(); t != null; t = queue.poll()) {
            rest.add(t);
        }
        assertEquals(new ArrayList<>(model), rest);
    }
}
