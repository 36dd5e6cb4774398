package java.lang;

/**
 * The line a program prints on standard error as it exits when its environment sets
 * {@value #VARIABLE}: how many collections its heap plan ran and how long they took, so that
 * {@code moka bench} can report collection time apart from the rest of the run.
 *
 * <p>The plans time collections in time-stamp-counter cycles; the cycles are turned into
 * milliseconds by the rate the counter runs at, measured against the monotonic clock over
 * {@value #CALIBRATION_NANOS} ns when the line is asked for, so no frequency needs to be known and
 * a process that does not ask pays one counter read at start. The line is written a byte at a time,
 * with no strings built, so that asking for it changes nothing in the heap it reports on.
 */
final class HeapSummary {
    /** The environment variable that asks for the line. */
    static final String VARIABLE = "MOKA_GC_SUMMARY";

    /** How long the counter's rate is measured for. */
    static final long CALIBRATION_NANOS = 2_000_000;

    private static long startCycles;

    private HeapSummary() {
    }

    /** Called as the process starts, before {@code main}. */
    static void processStarts() {
        startCycles = MokaRuntime.cycleCounter();
    }

    /** Prints the summary line when the environment asks for it; a kernel, never started as a process, prints nothing. */
    static void printIfAsked() {
        if (startCycles == 0 || !MokaRuntime.inEnvironment(VARIABLE)) {
            return;
        }
        long cycles = MokaRuntime.cycleCounter() - startCycles;
        double nanosPerCycle = nanosPerCycle();
        MokaRuntime.printError("moka-gc: ");
        printDecimal(MokaRuntime.heapCollections());
        MokaRuntime.printError(" collections, ");
        printMillis(MokaRuntime.heapPauseCycles() * nanosPerCycle);
        MokaRuntime.printError(" ms collecting, longest ");
        printMillis(MokaRuntime.heapLongestPauseCycles() * nanosPerCycle);
        MokaRuntime.printError(" ms, process ");
        printMillis(cycles * nanosPerCycle);
        MokaRuntime.printError(" ms\n");
    }

    /** @return the counter's period in nanoseconds, measured against the monotonic clock */
    private static double nanosPerCycle() {
        long nanosFrom = MokaRuntime.nanoTime();
        long cyclesFrom = MokaRuntime.cycleCounter();
        long nanos;
        do {
            nanos = MokaRuntime.nanoTime() - nanosFrom;
        } while (nanos < CALIBRATION_NANOS);
        long cycles = MokaRuntime.cycleCounter() - cyclesFrom;
        return cycles > 0 ? (double) nanos / cycles : 0;
    }

    /** Prints {@code nanos} as milliseconds with three decimals. */
    private static void printMillis(double nanos) {
        long micros = (long) (nanos / 1000 + 0.5);
        printDecimal(micros / 1000);
        MokaRuntime.writeError('.');
        long fraction = micros % 1000;
        MokaRuntime.writeError((int) ('0' + fraction / 100));
        MokaRuntime.writeError((int) ('0' + fraction / 10 % 10));
        MokaRuntime.writeError((int) ('0' + fraction % 10));
    }

    /** Prints a non-negative number in decimal. */
    private static void printDecimal(long value) {
        long scale = 1;
        while (value / scale >= 10) {
            scale *= 10;
        }
        for (; scale > 0; scale /= 10) {
            MokaRuntime.writeError((int) ('0' + value / scale % 10));
        }
    }
}
