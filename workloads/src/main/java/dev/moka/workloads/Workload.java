package dev.moka.workloads;

import dev.moka.kernel.api.boot.BootJob;
import dev.moka.kernel.api.boot.KernelContext;
import dev.moka.kernel.core.thread.ThreadSystem;

/**
 * A CPU-bound workload the kernel runs before it ends the run: a few threads that only compute,
 * preempted by the timer for a fixed number of ticks. The image's entry builds it with plain calls
 * ({@code new Workload(500, 1000)}, then {@link #addThread} per thread). It may also ask for the
 * collector's stress test, for many short-lived threads ({@link #setThreadChurn}) and for a thread
 * that overflows its stack ({@link #setStackOverflow}); each part works without the others, and
 * they run in that order, the overflow last since it ends the run.
 */
public final class Workload implements BootJob {
    /** Most threads a workload may ask for. */
    public static final int MAX_THREADS = 16;

    private final int ticks;
    private final int timerHz;
    private final String[] names = new String[MAX_THREADS];
    private final int[] nices = new int[MAX_THREADS];
    private final int[] priorities = new int[MAX_THREADS];
    private int count;
    private long gcStressHeapBytes;
    private boolean monitorStress;
    private int threadChurn;
    private boolean stackOverflow;

    /**
     * @param ticks   timer ticks the workload runs
     * @param timerHz timer rate
     */
    public Workload(int ticks, int timerHz) {
        this.ticks = ticks;
        this.timerHz = timerHz;
    }

    /**
     * Adds a thread.
     *
     * @param name     its name, printed in the results
     * @param nice     niceness for weighted policies
     * @param priority level for priority policies
     * @return false, adding nothing, when the workload is full
     */
    public boolean addThread(String name, int nice, int priority) {
        if (count == MAX_THREADS) {
            return false;
        }
        names[count] = name;
        nices[count] = nice;
        priorities[count] = priority;
        count++;
        return true;
    }

    /**
     * Asks for the collector stress test before the threads run.
     *
     * @param heapBytes the size of the image's heap, which the test allocates ten times over
     */
    public void setGcStress(long heapBytes) {
        gcStressHeapBytes = heapBytes;
    }

    /**
     * Asks for the monitor stress test: the threads increment one shared counter inside
     * {@code synchronized} instead of computing alone, and the run fails if an increment is lost.
     */
    public void setMonitorStress() {
        monitorStress = true;
    }

    /** @return whether the threads run the monitor stress test */
    public boolean monitorStress() {
        return monitorStress;
    }

    /** @return the heap size for the collector stress test, or 0 when it was not asked for */
    public long gcStressHeapBytes() {
        return gcStressHeapBytes;
    }

    /** @param threads how many short-lived threads to create and end, checking that their memory comes back */
    public void setThreadChurn(int threads) {
        threadChurn = threads;
    }

    /** @return how many short-lived threads the churn creates, or 0 when it was not asked for */
    public int threadChurn() {
        return threadChurn;
    }

    /** Asks for a thread that recurses without bound, which must end the run with the stack-overflow panic. */
    public void setStackOverflow() {
        stackOverflow = true;
    }

    /** @return whether a thread overflows its stack at the end */
    public boolean stackOverflow() {
        return stackOverflow;
    }

    /** @return timer ticks the workload runs */
    public int ticks() {
        return ticks;
    }

    /** @return the timer rate */
    public int timerHz() {
        return timerHz;
    }

    /** @return the number of threads */
    public int threadCount() {
        return count;
    }

    /** @param i thread index @return its name */
    public String name(int i) {
        return names[i];
    }

    /** @param i thread index @return its niceness */
    public int nice(int i) {
        return nices[i];
    }

    /** @param i thread index @return its priority */
    public int priority(int i) {
        return priorities[i];
    }

    /**
     * Runs the parts asked for: the collector's stress test, the threads, the thread churn, the stack
     * overflow; and judges each.
     *
     * @param kernel the running kernel
     * @return null when everything passed, else what failed
     */
    @Override
    public String run(KernelContext kernel) {
        if (gcStressHeapBytes > 0) {
            String failure = GcStress.run(kernel, gcStressHeapBytes);
            if (failure != null) {
                return failure;
            }
        }
        // One thread layer for every part: the calling code becomes its main thread once.
        ThreadSystem threads = null;
        if (count > 0) {
            threads = WorkloadRunner.threads(kernel);
            kernel.println("workload: " + count + " threads, " + ticks + " ticks at " + timerHz + " Hz");
            String failure = WorkloadRunner.run(this, kernel, threads);
            if (failure != null) {
                return "workload failed: " + failure;
            }
        }
        if (threadChurn > 0) {
            threads = threads == null ? WorkloadRunner.threads(kernel) : threads;
            String failure = ThreadChurn.run(kernel, threads, threadChurn);
            if (failure != null) {
                return failure;
            }
        }
        if (stackOverflow) {
            threads = threads == null ? WorkloadRunner.threads(kernel) : threads;
            return RunawayRecursion.run(threads);
        }
        return null;
    }
}
