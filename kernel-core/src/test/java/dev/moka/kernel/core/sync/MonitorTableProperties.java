package dev.moka.kernel.core.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random scripts of enter, exit, wait, notify, notifyAll and timed-out waits by four threads on two
 * monitors, run against {@link MonitorTable} and a model of the Java rules: at most one owner per
 * monitor, recursion counts kept across waits, entrants served first come first served, no thread
 * left waiting for a monitor nobody holds, and non-owners refused. A parked thread does nothing until
 * the monitor is handed to it; only the timer acts for a waiting thread.
 */
class MonitorTableProperties {
    private static final int THREADS = 4;
    private static final int MONITORS = 2;

    enum Kind { ENTER, EXIT, WAIT, NOTIFY, NOTIFY_ALL, TIME_OUT }

    record Op(int thread, Kind kind, int monitor) {
    }

    @Property(tries = 1000)
    void monitorsFollowTheJavaRules(@ForAll("scripts") List<Op> script) {
        Model model = new Model();
        for (Op op : script) {
            model.apply(op);
            model.check();
        }
    }

    @Provide
    Arbitrary<List<Op>> scripts() {
        Arbitrary<Kind> kinds = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(5, Arbitraries.just(Kind.ENTER)),
                net.jqwik.api.Tuple.of(4, Arbitraries.just(Kind.EXIT)),
                net.jqwik.api.Tuple.of(2, Arbitraries.just(Kind.WAIT)),
                net.jqwik.api.Tuple.of(2, Arbitraries.just(Kind.NOTIFY)),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(Kind.NOTIFY_ALL)),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(Kind.TIME_OUT)));
        Arbitrary<Op> op = Combinators.combine(Arbitraries.integers().between(0, THREADS - 1), kinds,
                Arbitraries.integers().between(0, MONITORS - 1)).as(Op::new);
        return op.list().ofMaxSize(80);
    }

    /** The table under test, and what the Java rules say its state must be. */
    private static final class Model {
        private final MonitorTable table = new MonitorTable(THREADS, 1);
        private final int[] record = new int[MONITORS];
        private final int[][] held = new int[THREADS][MONITORS];
        /** The monitor a thread is parked on, or -1 when it runs. */
        private final int[] parkedOn = {-1, -1, -1, -1};
        /** The recursion count a parked thread must get back with its monitor. */
        private final int[] owed = new int[THREADS];
        private final List<Deque<Integer>> entering = List.of(new ArrayDeque<>(), new ArrayDeque<>());
        private final List<Deque<Integer>> waiting = List.of(new ArrayDeque<>(), new ArrayDeque<>());

        Model() {
            for (int m = 0; m < MONITORS; m++) {
                record[m] = table.allocate(MonitorTable.NONE, 0);
            }
        }

        void apply(Op op) {
            int t = op.thread();
            if (op.kind() == Kind.TIME_OUT) {
                timeOut(t);
                return;
            }
            if (parkedOn[t] >= 0) {
                return;
            }
            int m = op.monitor();
            int r = record[m];
            boolean owns = held[t][m] > 0;
            switch (op.kind()) {
                case ENTER -> {
                    int owner = owner(m);
                    boolean got = table.enter(r, t);
                    assertEquals(owner < 0 || owner == t, got, "enter by " + t + " with owner " + owner);
                    if (got) {
                        held[t][m]++;
                    } else {
                        park(t, m, 1, entering.get(m));
                    }
                }
                case EXIT -> {
                    int next = table.exit(r, t);
                    if (!owns) {
                        assertEquals(MonitorTable.NOT_OWNER, next);
                    } else if (--held[t][m] > 0) {
                        assertEquals(MonitorTable.NONE, next);
                    } else {
                        handOff(m, next);
                    }
                }
                case WAIT -> {
                    int next = table.startWait(r, t);
                    if (!owns) {
                        assertEquals(MonitorTable.NOT_OWNER, next);
                    } else {
                        int count = held[t][m];
                        held[t][m] = 0;
                        park(t, m, count, waiting.get(m));
                        handOff(m, next);
                    }
                }
                case NOTIFY, NOTIFY_ALL -> {
                    assertEquals(owns, table.notify(r, t, op.kind() == Kind.NOTIFY_ALL));
                    if (owns) {
                        do {
                            Integer first = waiting.get(m).poll();
                            if (first == null) {
                                break;
                            }
                            entering.get(m).add(first);
                        } while (op.kind() == Kind.NOTIFY_ALL);
                    }
                }
                default -> throw new IllegalStateException();
            }
        }

        private void timeOut(int t) {
            int m = parkedOn[t];
            if (m < 0 || !waiting.get(m).contains(t)) {
                for (int any = 0; any < MONITORS; any++) {
                    assertFalse(table.isWaiting(record[any], t), t + " is not waiting");
                }
                return;
            }
            assertTrue(table.isWaiting(record[m], t));
            waiting.get(m).remove(t);
            boolean free = owner(m) < 0;
            assertEquals(free, table.stopWaiting(record[m], t));
            if (free) {
                held[t][m] = owed[t];
                parkedOn[t] = -1;
            } else {
                entering.get(m).add(t);
            }
        }

        private void park(int t, int m, int count, Deque<Integer> queue) {
            parkedOn[t] = m;
            owed[t] = count;
            queue.add(t);
        }

        private void handOff(int m, int next) {
            Integer expected = entering.get(m).poll();
            assertEquals(expected == null ? MonitorTable.NONE : expected, next, "the longest waiting entrant");
            if (expected != null) {
                held[expected][m] = owed[expected];
                parkedOn[expected] = -1;
            }
        }

        private int owner(int m) {
            int owner = -1;
            for (int t = 0; t < THREADS; t++) {
                if (held[t][m] > 0) {
                    assertEquals(-1, owner, "two owners of monitor " + m);
                    owner = t;
                }
            }
            return owner;
        }

        void check() {
            for (int m = 0; m < MONITORS; m++) {
                int owner = owner(m);
                assertEquals(owner, table.owner(record[m]), "owner of monitor " + m);
                assertEquals(owner < 0 ? 0 : held[owner][m], table.recursion(record[m]));
                if (owner < 0) {
                    assertTrue(entering.get(m).isEmpty(), "threads wait to enter a monitor nobody holds");
                }
                assertEquals(owner < 0 && waiting.get(m).isEmpty(), table.isIdle(record[m]));
                for (int t = 0; t < THREADS; t++) {
                    assertEquals(waiting.get(m).contains(t), table.isWaiting(record[m], t));
                }
            }
        }
    }
}
