package dev.moka.kernel.core.thread;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moka.kernel.api.sched.Task;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Model-based property of {@link ThreadTable}: random chains of thread creations (some of which
 * fail after the id was reserved) and ends, against a map from id to thread. Ids are never shared
 * by two live threads, every live thread is found by its id, ended ids are reused, and the table
 * never uses more ids than threads were ever alive at once.
 */
class ThreadTableModelPropertyTest {
    sealed interface Action permits Create, CreateFails, End {
    }

    /** Reserve an id and put a thread under it. */
    record Create() implements Action {
    }

    /** Reserve an id, then give it back: the thread could not be made. */
    record CreateFails() implements Action {
    }

    /** End the {@code pick}-th live thread (modulo their number). */
    record End(int pick) implements Action {
    }

    @Provide
    Arbitrary<List<Action>> actions() {
        Arbitrary<Action> action = Arbitraries.oneOf(
                Arbitraries.just(new Create()),
                Arbitraries.just(new CreateFails()),
                Arbitraries.integers().between(0, 1000).map(End::new));
        return action.list().ofMinSize(1).ofMaxSize(400);
    }

    @Property(tries = 300)
    void idsAreUniqueFoundAndReused(@ForAll("actions") List<Action> actions) {
        ThreadTable table = new ThreadTable();
        Map<Integer, KernelThread> model = new HashMap<>();
        List<Integer> liveIds = new ArrayList<>();
        int peak = 0;
        for (Action action : actions) {
            switch (action) {
                case Create c -> {
                    int id = table.reserve();
                    assertFalse(model.containsKey(id), "id " + id + " handed out while in use");
                    KernelThread thread = thread(id);
                    table.put(id, thread);
                    model.put(id, thread);
                    liveIds.add(id);
                    peak = Math.max(peak, model.size());
                }
                case CreateFails f -> {
                    int id = table.reserve();
                    assertFalse(model.containsKey(id), "id " + id + " handed out while in use");
                    peak = Math.max(peak, model.size() + 1);
                    table.release(id);
                }
                case End e -> {
                    if (!liveIds.isEmpty()) {
                        int id = liveIds.remove(e.pick() % liveIds.size());
                        table.remove(id);
                        model.remove(id);
                    }
                }
            }
            assertEquals(model.size(), table.live());
            assertTrue(table.bound() <= peak, "ids up to " + table.bound() + " used with at most " + peak + " alive");
            for (int id = 0; id < table.bound(); id++) {
                assertSame(model.get(id), table.get(id), "thread of id " + id);
            }
            assertNull(table.get(table.bound()));
            assertNull(table.get(-1));
        }
    }

    /** The old table held 64 threads ever created; ids now come back, so there is no such limit. */
    @Test
    void manyMoreThanSixtyFourThreadsOverTimeReuseOneId() {
        ThreadTable table = new ThreadTable();
        for (int i = 0; i < 10_000; i++) {
            int id = table.reserve();
            assertEquals(0, id);
            table.put(id, thread(id));
            table.remove(id);
        }
        assertEquals(1, table.bound());
        assertEquals(0, table.live());
    }

    /** Many threads alive at once grow the table; all stay reachable. */
    @Test
    void growsPastItsFirstSizeWhenManyThreadsLiveAtOnce() {
        ThreadTable table = new ThreadTable();
        for (int i = 0; i < 1000; i++) {
            assertEquals(i, table.reserve());
            table.put(i, thread(i));
        }
        assertTrue(table.capacity() >= 1000);
        for (int i = 0; i < 1000; i++) {
            assertEquals(i, table.get(i).task().id());
        }
    }

    private static KernelThread thread(int id) {
        return new KernelThread(new Task(id, "t" + id, 0, 0), 0, null, 0);
    }
}
