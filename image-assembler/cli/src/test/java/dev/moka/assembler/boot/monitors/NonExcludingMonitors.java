package dev.moka.assembler.boot.monitors;

import dev.moka.kernel.core.sync.MonitorThreads;

/**
 * A deliberately wrong monitor implementation, compiled into a test image in place of
 * {@code dev.moka.kernel.core.sync.Monitors} (same methods, same descriptors): every call returns at
 * once, so a thread that finds the monitor held enters anyway and {@code synchronized} does not
 * exclude. The monitor stress workload must catch it. No method refers to the class itself, so the
 * test only has to rename it.
 */
public final class NonExcludingMonitors {
    /**
     * The field the compiler's inline fast path reads as the running thread's owner bits; never
     * updated here, so every thread looks like thread 0 to it.
     */
    static long ownerBits;

    private NonExcludingMonitors() {
    }

    /** @param layer ignored */
    public static void attach(MonitorThreads layer) {
    }

    /** @param thread ignored */
    public static void switchedTo(int thread) {
    }

    /** @return 0: nothing is ever contended */
    public static long contendedEnters() {
        return 0;
    }

    /** @return 0 */
    public static long inflations() {
        return 0;
    }

    /** @param object ignored: the enter always succeeds */
    public static void enter(Object object) {
    }

    /** @param object ignored */
    public static void exit(Object object) {
    }

    /** @param object ignored @param millis ignored */
    public static void await(Object object, long millis) {
    }

    /** @param object ignored */
    public static void notifyOne(Object object) {
    }

    /** @param object ignored */
    public static void notifyAll(Object object) {
    }
}
