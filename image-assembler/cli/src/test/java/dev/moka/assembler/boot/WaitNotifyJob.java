package dev.moka.assembler.boot;

import dev.moka.kernel.api.boot.BootJob;
import dev.moka.kernel.api.boot.KernelContext;
import dev.moka.kernel.core.thread.KernelThread;
import dev.moka.kernel.core.thread.ThreadBody;
import dev.moka.kernel.core.thread.ThreadSystem;

/**
 * A boot job compiled into a test image: kernel threads that wait on monitors and wake each other,
 * under a preempting timer. It prints one line per check and fails the run when one does not hold:
 * <ul>
 *   <li>{@code ping-pong: <n> passes, <a> and <b>}: two threads hand a baton back and forth, each
 *       waiting until it is its turn and notifying the other;</li>
 *   <li>{@code notify woke <n>, notifyAll woke <m>}: three threads wait on a closed gate; one
 *       {@code notify} wakes exactly one of them, one {@code notifyAll} (with the gate open) all;</li>
 *   <li>{@code timed wait: <ms> ms took <t> ticks}: a wait nobody notifies ends after its time.</li>
 * </ul>
 */
public final class WaitNotifyJob implements BootJob {
    static final int HZ = 1000;
    static final int PASSES = 200;
    static final int WAITERS = 3;
    static final int TIMED_WAIT_MS = 20;
    /** Ticks main waits for a phase at most before it declares the threads stuck. */
    static final int PATIENCE = 2000;

    /** Passed back and forth; its monitor guards it. */
    static final class Baton {
        int turn;
        int passes;
        final int[] passesBy = new int[2];
        boolean broken;
    }

    /** A ping-pong player: one pass a step. */
    static final class Player implements ThreadBody {
        private final Baton baton;
        private final int me;

        Player(Baton baton, int me) {
            this.baton = baton;
            this.me = me;
        }

        @Override
        public boolean step() {
            synchronized (baton) {
                try {
                    while (baton.turn != me && baton.passes < PASSES) {
                        baton.wait();
                    }
                } catch (InterruptedException e) {
                    baton.broken = true;
                    return false;
                }
                if (baton.passes >= PASSES) {
                    baton.notifyAll();
                    return false;
                }
                baton.passes++;
                baton.passesBy[me]++;
                baton.turn = 1 - me;
                baton.notify();
                return true;
            }
        }
    }

    /** Closed until main opens it; its monitor guards it. */
    static final class Gate {
        boolean open;
        int arrived;
        int wakeups;
        int through;
        boolean broken;
    }

    /** Waits at the gate until it is open. */
    static final class Waiter implements ThreadBody {
        private final Gate gate;

        Waiter(Gate gate) {
            this.gate = gate;
        }

        @Override
        public boolean step() {
            synchronized (gate) {
                gate.arrived++;
                try {
                    while (!gate.open) {
                        gate.wait();
                        gate.wakeups++;
                    }
                } catch (InterruptedException e) {
                    gate.broken = true;
                }
                gate.through++;
            }
            return false;
        }
    }

    /** Waits on a monitor nobody notifies and records how many ticks it took. */
    static final class Sleeper implements ThreadBody {
        private final ThreadSystem threads;
        private final Object lock = new Object();
        long ticks = -1;

        Sleeper(ThreadSystem threads) {
            this.threads = threads;
        }

        @Override
        public boolean step() {
            synchronized (lock) {
                long start = threads.ticks();
                try {
                    lock.wait(TIMED_WAIT_MS);
                } catch (InterruptedException e) {
                    return false;
                }
                ticks = threads.ticks() - start;
            }
            return false;
        }
    }

    @Override
    public String run(KernelContext kernel) {
        ThreadSystem threads = new ThreadSystem(kernel.arch(), kernel.scheduler(), kernel.frames(), kernel.stackSpace(),
                -20, 31);
        threads.startTimer(HZ);
        String failure = pingPong(kernel, threads);
        if (failure == null) {
            failure = gate(kernel, threads);
        }
        if (failure == null) {
            failure = timedWait(kernel, threads);
        }
        threads.stopTimer();
        return failure;
    }

    private static String pingPong(KernelContext kernel, ThreadSystem threads) {
        Baton baton = new Baton();
        KernelThread a = threads.spawn("a", 0, 0, new Player(baton, 0));
        KernelThread b = threads.spawn("b", 0, 0, new Player(baton, 1));
        if (!awaitExit(threads, a, b)) {
            return "ping-pong: the players did not finish";
        }
        kernel.println("ping-pong: " + baton.passes + " passes, " + baton.passesBy[0] + " and " + baton.passesBy[1]);
        boolean even = baton.passesBy[0] == PASSES / 2 && baton.passesBy[1] == PASSES / 2;
        return baton.passes == PASSES && even && !baton.broken ? null : "ping-pong: the baton was not passed in turn";
    }

    private static String gate(KernelContext kernel, ThreadSystem threads) {
        Gate gate = new Gate();
        KernelThread[] waiters = new KernelThread[WAITERS];
        for (int i = 0; i < WAITERS; i++) {
            waiters[i] = threads.spawn("w" + i, 0, 0, new Waiter(gate));
        }
        for (int waited = 0; waited < PATIENCE && arrived(gate) < WAITERS; waited++) {
            threads.sleep(1);
        }
        synchronized (gate) {
            gate.notify();
        }
        threads.sleep(10);
        int afterNotify;
        synchronized (gate) {
            afterNotify = gate.wakeups;
            gate.open = true;
            gate.notifyAll();
        }
        if (!awaitExit(threads, waiters)) {
            return "gate: the waiters did not all get through";
        }
        kernel.println("notify woke " + afterNotify + ", notifyAll woke " + (gate.wakeups - afterNotify));
        return afterNotify == 1 && gate.wakeups - afterNotify == WAITERS && gate.through == WAITERS && !gate.broken
                ? null : "gate: notify or notifyAll woke the wrong number of threads";
    }

    private static int arrived(Gate gate) {
        synchronized (gate) {
            return gate.arrived;
        }
    }

    private static String timedWait(KernelContext kernel, ThreadSystem threads) {
        Sleeper sleeper = new Sleeper(threads);
        KernelThread thread = threads.spawn("sleeper", 0, 0, sleeper);
        if (!awaitExit(threads, thread)) {
            return "timed wait: it never ended";
        }
        kernel.println("timed wait: " + TIMED_WAIT_MS + " ms took " + sleeper.ticks + " ticks");
        long expected = (long) TIMED_WAIT_MS * HZ / 1000;
        return sleeper.ticks >= expected && sleeper.ticks <= expected + 5 ? null : "timed wait: wrong duration";
    }

    private static boolean awaitExit(ThreadSystem threads, KernelThread... workers) {
        for (int waited = 0; waited < PATIENCE; waited++) {
            boolean all = true;
            for (KernelThread worker : workers) {
                all &= worker != null && worker.state() == KernelThread.EXITED;
            }
            if (all) {
                return true;
            }
            threads.sleep(1);
        }
        return false;
    }
}
