package dev.moka.assembler.config;

import java.nio.file.Path;
import java.util.List;

/**
 * A parsed and validated image description: what the TOML file asked for, as typed data.
 *
 * @param source   the file it came from, or null for a built-in default
 * @param kernel   the {@code [kernel]} table
 * @param workload the {@code [workload]} table, or null when the image runs none
 * @param userland the {@code [userland]} table, or null when the image carries no user programs
 */
public record ImageConfig(Path source, KernelSection kernel, WorkloadSection workload, UserlandSection userland) {
    /**
     * A config without user programs.
     *
     * @param source   the file it came from, or null for a built-in default
     * @param kernel   the {@code [kernel]} table
     * @param workload the {@code [workload]} table, or null
     */
    public ImageConfig(Path source, KernelSection kernel, WorkloadSection workload) {
        this(source, kernel, workload, null);
    }

    /**
     * The {@code [userland]} table: the image boots to init and a shell, with these programs.
     *
     * @param packages the packages of programs, {@code base} (init and sh) always among them
     * @param initRc   the text of {@code etc/init.rc}
     */
    public record UserlandSection(List<String> packages, String initRc) {
        /** Copies the package list. */
        public UserlandSection {
            packages = List.copyOf(packages);
        }
    }

    /**
     * A config without a workload.
     *
     * @param source the file it came from, or null for a built-in default
     * @param kernel the {@code [kernel]} table
     */
    public ImageConfig(Path source, KernelSection kernel) {
        this(source, kernel, null, null);
    }

    /**
     * The {@code [kernel]} table.
     *
     * @param scheduler      provider name of the {@code Scheduler}, such as {@code round-robin}
     * @param frameAllocator provider name of the {@code FrameAllocator}, such as {@code bitmap}
     * @param heap           the heap plan, {@code bump} or {@code mark-sweep}
     * @param heapBytes      the kernel heap's size in bytes
     * @param verifyHeap     whether the collector checks the heap after every collection
     * @param arch           provider name of the arch pack, such as {@code x86_64}
     */
    public record KernelSection(String scheduler, String frameAllocator, String heap, long heapBytes,
                                boolean verifyHeap, String arch) {
        /** The arch pack of an image that names none. */
        public static final String DEFAULT_ARCH = "x86_64";

        /**
         * A {@code [kernel]} table on the default arch pack.
         *
         * @param scheduler      provider name of the {@code Scheduler}
         * @param frameAllocator provider name of the {@code FrameAllocator}
         * @param heap           the heap plan's name
         * @param heapBytes      the kernel heap's size in bytes
         * @param verifyHeap     whether the collector checks the heap after every collection
         */
        public KernelSection(String scheduler, String frameAllocator, String heap, long heapBytes, boolean verifyHeap) {
            this(scheduler, frameAllocator, heap, heapBytes, verifyHeap, DEFAULT_ARCH);
        }

        /** The heap plan of an image that names none. */
        public static final String DEFAULT_HEAP = "bump";
        /** The heap plan of an image with a {@code [userland]} table that names none: a collecting one. */
        public static final String LONG_RUNNING_HEAP = "mark-sweep";
        /** The kernel heap size of an image that names none. */
        public static final long DEFAULT_HEAP_BYTES = 32L << 20;

        /**
         * A kernel with the default heap.
         *
         * @param scheduler      provider name of the scheduler
         * @param frameAllocator provider name of the frame allocator
         */
        public KernelSection(String scheduler, String frameAllocator) {
            this(scheduler, frameAllocator, DEFAULT_HEAP, DEFAULT_HEAP_BYTES, false);
        }
    }

    /**
     * The {@code [workload]} table: what the kernel runs before it ends the run. Each part works
     * without the others.
     *
     * @param ticks         timer ticks the CPU-bound threads run (0 without threads)
     * @param timerHz       timer rate
     * @param threads       the CPU-bound threads, in order; may be empty
     * @param gcStress      whether the kernel first runs the collector stress test ({@code gc-stress = true})
     * @param monitorStress whether the threads increment one shared counter under a monitor and the
     *                      kernel checks that no increment was lost ({@code monitor-stress = true})
     * @param threadChurn   how many short-lived threads to create and end ({@code thread-churn}), 0 for none
     * @param stackOverflow whether a thread overflows its stack at the end ({@code stack-overflow = true})
     */
    public record WorkloadSection(int ticks, int timerHz, List<WorkloadThread> threads, boolean gcStress,
                                  boolean monitorStress, int threadChurn, boolean stackOverflow) {
        /**
         * A thread workload without the collector stress test.
         *
         * @param ticks   timer ticks the workload runs
         * @param timerHz timer rate
         * @param threads the threads, in order
         */
        public WorkloadSection(int ticks, int timerHz, List<WorkloadThread> threads) {
            this(ticks, timerHz, threads, false, false, 0, false);
        }

        /**
         * A thread workload without churn or overflow.
         *
         * @param ticks         timer ticks the workload runs
         * @param timerHz       timer rate
         * @param threads       the threads, in order
         * @param gcStress      whether the kernel first runs the collector stress test
         * @param monitorStress whether the threads run the monitor stress test
         */
        public WorkloadSection(int ticks, int timerHz, List<WorkloadThread> threads, boolean gcStress,
                               boolean monitorStress) {
            this(ticks, timerHz, threads, gcStress, monitorStress, 0, false);
        }

        /**
         * A thread workload, perhaps with the collector stress test, without churn or overflow.
         *
         * @param ticks    timer ticks the workload runs
         * @param timerHz  timer rate
         * @param threads  the threads, in order
         * @param gcStress whether the collector stress test runs first
         */
        public WorkloadSection(int ticks, int timerHz, List<WorkloadThread> threads, boolean gcStress) {
            this(ticks, timerHz, threads, gcStress, false, 0, false);
        }

        /**
         * A workload of churning or overflowing threads, perhaps with the collector stress test.
         *
         * @param ticks         timer ticks the CPU-bound threads run
         * @param timerHz       timer rate
         * @param threads       the CPU-bound threads, in order
         * @param gcStress      whether the collector stress test runs first
         * @param threadChurn   how many short-lived threads to create and end, 0 for none
         * @param stackOverflow whether a thread overflows its stack at the end
         */
        public WorkloadSection(int ticks, int timerHz, List<WorkloadThread> threads, boolean gcStress,
                               int threadChurn, boolean stackOverflow) {
            this(ticks, timerHz, threads, gcStress, false, threadChurn, stackOverflow);
        }

        /** The timer rate when the table names none. */
        public static final int DEFAULT_TIMER_HZ = 1000;

        /** Copies the thread list. */
        public WorkloadSection {
            threads = List.copyOf(threads);
        }
    }

    /**
     * One thread of a workload.
     *
     * @param name     printed in the report
     * @param nice     niceness for weighted policies
     * @param priority level for priority policies
     */
    public record WorkloadThread(String name, int nice, int priority) {
    }
}
