package dev.moka.workloads;

import dev.moka.kernel.api.arch.ArchPack;
import dev.moka.kernel.api.boot.KernelContext;
import dev.moka.kernel.core.heap.HeapStatistics;
import dev.moka.kernel.core.thread.KernelThread;
import dev.moka.kernel.core.thread.ThreadBody;
import dev.moka.kernel.core.thread.ThreadSystem;

/**
 * Runs a {@link Workload}: starts its threads and the timer, sleeps through the workload's ticks,
 * stops the threads and reports each one's share of the ticks, the number of context switches, and
 * the first picks of the policy.
 *
 * <p>Output lines: {@code thread <name>: <share>} per thread (share of the ticks the workload's
 * threads ran, three decimals), {@code switches: <n>}, {@code trace: <name> <name> ...} (the first
 * {@link ThreadSystem#TRACE_LENGTH} picks; {@code -} for none). When the workload also asks for the
 * collector's stress test, the threads allocate instead of only computing (see {@link ChurnBody}) and
 * the lines {@code churn: <steps> steps, <corrupted> corrupted, <n> collections} and
 * {@code collector ticks: <n> (charged to no thread)} follow: ticks that arrived while the heap plan
 * collected count toward no thread's share. With the monitor stress test they increment a shared
 * counter under a monitor and end by themselves (see {@link MonitorStress}), and the
 * {@code monitor stress:} and {@code monitor cost:} lines follow.
 */
public final class WorkloadRunner {
    /** The main thread runs at the top level and weight, so it gets the CPU soon after it wakes. */
    static final int MAIN_NICE = -20;
    /** Priority of the main thread. */
    static final int MAIN_PRIORITY = 31;

    private WorkloadRunner() {
    }

    /**
     * @param kernel the running kernel
     * @return its thread layer, with stacks in the kernel's stack space, whose thread {@code main} the
     *         calling code becomes
     */
    static ThreadSystem threads(KernelContext kernel) {
        return new ThreadSystem(kernel.arch(), kernel.scheduler(), kernel.frames(), kernel.stackSpace(), MAIN_NICE,
                MAIN_PRIORITY);
    }

    /**
     * Runs the workload to its end on the calling thread, {@code main} of {@code threads}.
     *
     * @param workload what to run
     * @param kernel   the running kernel: machine, policy, frames and the log the report goes to
     * @param threads  the thread layer
     * @return null when it ran, else what went wrong
     */
    static String run(Workload workload, KernelContext kernel, ThreadSystem threads) {
        ArchPack arch = kernel.arch();
        int n = workload.threadCount();
        KernelThread[] workers = new KernelThread[n];
        boolean churn = workload.gcStressHeapBytes() > 0;
        ChurnBody[] churners = new ChurnBody[n];
        MonitorStress monitors = workload.monitorStress() ? new MonitorStress(n) : null;
        for (int i = 0; i < n; i++) {
            ThreadBody body;
            if (churn) {
                churners[i] = new ChurnBody(i + 1);
                body = churners[i];
            } else if (monitors != null) {
                body = monitors.body(i);
            } else {
                body = new SpinBody(i + 1);
            }
            workers[i] = threads.spawn(workload.name(i), workload.nice(i), workload.priority(i), body);
            if (workers[i] == null) {
                return "no memory for thread " + workload.name(i);
            }
        }
        threads.startTimer(workload.timerHz());
        threads.sleep(workload.ticks());
        String unfinished = monitors == null ? null : monitors.finish(threads, workers, workload.ticks());
        threads.stopTimer();
        if (unfinished != null) {
            return unfinished;
        }
        long total = 0;
        for (int i = 0; i < n; i++) {
            threads.stop(workers[i]);
            total += workers[i].ticksRun();
        }
        for (int i = 0; i < n; i++) {
            kernel.println("thread " + workers[i].name() + ": " + Fraction.thousandths(workers[i].ticksRun(), total));
        }
        kernel.println("switches: " + threads.switches());
        kernel.println("trace:" + trace(threads));
        kernel.println("switch cost: " + threads.meanSwitchCycles() + " cycles (mean of " + threads.switchesMeasured()
                + " switches)");
        if (churn) {
            long steps = 0;
            long corrupted = 0;
            for (ChurnBody body : churners) {
                steps += body.steps();
                corrupted += body.corrupted();
            }
            kernel.println("churn: " + steps + " steps, " + corrupted + " corrupted, " + HeapStatistics.collections()
                    + " collections");
            kernel.println("collector ticks: " + threads.collectorTicks() + " (charged to no thread)");
            if (corrupted > 0) {
                return corrupted + " corrupted objects in the allocating threads' structures";
            }
        }
        if (monitors != null) {
            String failure = monitors.report(kernel);
            if (failure != null) {
                return failure;
            }
        }
        long interrupt = arch.interruptRoundTripCycles();
        if (interrupt > 0) {
            kernel.println("interrupt cost: " + interrupt + " cycles (mean entry and exit of the timer's path)");
        }
        return null;
    }

    private static String trace(ThreadSystem threads) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < threads.traceCount(); i++) {
            KernelThread picked = threads.tracedPick(i);
            line.append(' ').append(picked == null ? "-" : picked.name());
        }
        return line.toString();
    }
}
