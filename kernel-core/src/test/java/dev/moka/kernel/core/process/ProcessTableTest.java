package dev.moka.kernel.core.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.Transformer;
import org.junit.jupiter.api.Test;

class ProcessTableTest {
    @Test
    void aParentCollectsItsChildsStatusOnceAndOrphansGoToInit() {
        ProcessTable table = new ProcessTable(16);
        Process init = table.create(null, "init");
        Process shell = table.create(init, "sh");
        Process child = table.create(shell, "cat");
        Process grandchild = table.create(child, "sleep");
        assertEquals(List.of(1, 2, 3, 4), table.list().stream().map(Process::pid).toList());
        assertEquals(ProcessTable.NOT_YET, table.collect(shell, -1));
        assertEquals(ProcessTable.NO_CHILD, table.collect(shell, 4));
        table.end(child, WaitStatus.exited(3));
        assertSame(init, grandchild.parent());
        assertEquals(1, grandchild.ppid());
        assertEquals(3L << 32 | WaitStatus.exited(3), table.collect(shell, 3));
        assertNull(table.get(3));
        assertEquals(ProcessTable.NO_CHILD, table.collect(shell, -1));
        table.end(grandchild, WaitStatus.signaled(WaitStatus.SIGKILL));
        assertEquals(4L << 32 | WaitStatus.signaled(9), table.collect(init, -1));
        assertEquals(137, WaitStatus.shellCode(WaitStatus.signaled(9)));
        assertEquals(3, WaitStatus.shellCode(WaitStatus.exited(3)));
    }

    @Test
    void aFullTableRefusesAndIdsAreNotReusedWhileHeld() {
        ProcessTable table = new ProcessTable(3);
        Process init = table.create(null, "init");
        Process a = table.create(init, "a");
        Process b = table.create(init, "b");
        assertNull(table.create(init, "c"));
        table.end(a, 0);
        assertNull(table.create(init, "c"), "a zombie still holds its slot");
        table.collect(init, a.pid());
        Process c = table.create(init, "c");
        assertEquals(4, c.pid());
        assertTrue(b.pid() != c.pid());
    }

    /** The table against a model: pid to parent pid and whether it ended. */
    static final class Model {
        final ProcessTable table = new ProcessTable(40);
        final Map<Integer, Integer> parent = new HashMap<>();
        final Map<Integer, Integer> status = new HashMap<>();
        final Set<Integer> ended = new TreeSet<>();

        Model() {
            parent.put(table.create(null, "init").pid(), 0);
        }

        List<Integer> alive() {
            List<Integer> alive = new ArrayList<>();
            for (int pid : new TreeSet<>(parent.keySet())) {
                if (!ended.contains(pid)) {
                    alive.add(pid);
                }
            }
            return alive;
        }

        void check() {
            assertEquals(new TreeSet<>(parent.keySet()),
                    new TreeSet<>(table.list().stream().map(Process::pid).toList()));
            for (Process p : table.list()) {
                assertEquals(parent.get(p.pid()), p.ppid(), p.toString());
                assertEquals(ended.contains(p.pid()), p.ended(), p.toString());
                if (p.parent() != null) {
                    assertTrue(!p.parent().ended() || p.parent().pid() == ProcessTable.INIT_PID, p.toString());
                    assertTrue(p.parent().children().contains(p), p.toString());
                }
            }
        }
    }

    /** An action whose transformer takes a random choice from 0 to 1000. */
    private static Action.Independent<Model> action(String name, java.util.function.BiConsumer<Model, Integer> step) {
        return () -> Arbitraries.integers().between(0, 1000)
                .map(c -> Transformer.mutate(name + " " + c, m -> {
                    step.accept(m, c);
                    m.check();
                }));
    }

    static void create(Model m, int c) {
        List<Integer> alive = m.alive();
        int parentPid = alive.get(c % alive.size());
        Process created = m.table.create(m.table.get(parentPid), "p");
        if (m.parent.size() == 40) {
            assertNull(created);
        } else {
            m.parent.put(created.pid(), parentPid);
        }
    }

    static void end(Model m, int c) {
        List<Integer> alive = m.alive();
        alive.remove(Integer.valueOf(ProcessTable.INIT_PID));
        if (alive.isEmpty()) {
            return;
        }
        int pid = alive.get(c % alive.size());
        m.table.end(m.table.get(pid), WaitStatus.exited(c));
        m.ended.add(pid);
        m.status.put(pid, WaitStatus.exited(c));
        for (Map.Entry<Integer, Integer> e : m.parent.entrySet()) {
            if (e.getValue() == pid) {
                e.setValue(ProcessTable.INIT_PID);
            }
        }
    }

    static void collect(Model m, int c) {
        List<Integer> alive = m.alive();
        int waiter = alive.get(c % alive.size());
        int target = c % 3 == 0 ? -1 : 1 + c % 45;
        long result = m.table.collect(m.table.get(waiter), target);
        List<Integer> candidates = new ArrayList<>();
        for (Map.Entry<Integer, Integer> e : m.parent.entrySet()) {
            if (e.getValue() == waiter && (target == -1 || e.getKey() == target)) {
                candidates.add(e.getKey());
            }
        }
        if (candidates.isEmpty()) {
            assertEquals(ProcessTable.NO_CHILD, result);
        } else if (candidates.stream().noneMatch(m.ended::contains)) {
            assertEquals(ProcessTable.NOT_YET, result);
        } else {
            int pid = (int) (result >>> 32);
            assertTrue(candidates.contains(pid) && m.ended.contains(pid), "collected " + pid);
            assertEquals((int) m.status.get(pid), (int) result);
            m.parent.remove(pid);
            m.ended.remove(pid);
        }
    }

    @Provide
    Arbitrary<ActionChain<Model>> chains() {
        return ActionChain.startWith(Model::new)
                .withAction(4, action("create", ProcessTableTest::create))
                .withAction(3, action("end", ProcessTableTest::end))
                .withAction(3, action("collect", ProcessTableTest::collect))
                .withMaxTransformations(120);
    }

    @Property(tries = 300)
    void theTableFollowsItsModelThroughAnyChainOfCreatesEndsAndCollects(@ForAll("chains") ActionChain<Model> chain) {
        chain.run();
    }
}
