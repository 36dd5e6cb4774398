package java.lang;

/**
 * The line a program prints on standard error as it exits when its environment sets
 * {@value #VARIABLE}: how many collections its heap plan ran and how long they took, so that
 * {@code moka bench} can report collection time apart from the rest of the run.
 *
 * <p>The plans time collections in time-stamp-counter cycles; the cycles are turned into
 * milliseconds by the rate the counter ran at over the process's whole life against the monotonic
 * clock, so no frequency needs to be known. The line is written a byte at a time, with no strings
 * built, so that asking for it changes nothing in the heap it reports on and a program that never
 * asks carries only a few hundred bytes for it.
 */
final class HeapSummary {
    /** The environment variable that asks for the line. */
    static final String VARIABLE = "MOKA_GC_SUMMARY";

    private static boolean started;
    private static long startCycles;
    private static long startNanos;

    private HeapSummary() {
    }

    /** Called as the process starts, before {@code main}. */
    static void processStarts() {
        startCycles = MokaRuntime.cycleCounter();
        startNanos = MokaRuntime.nanoTime();
        started = true;
    }

    /** Prints the summary line when the environment asks for it; a kernel, never started as a process, prints nothing. */
    static void printIfAsked() {
        if (!started || !MokaRuntime.inEnvironment(VARIABLE)) {
            return;
        }
        long cycles = MokaRuntime.cycleCounter() - startCycles;
        long nanos = MokaRuntime.nanoTime() - startNanos;
        double nanosPerCycle = cycles > 0 ? (double) nanos / cycles : 0;
        MokaRuntime.printError("moka-gc: ");
        printDecimal(MokaRuntime.heapCollections());
        MokaRuntime.printError(" collections, ");
        printMillis(MokaRuntime.heapPauseCycles() * nanosPerCycle);
        MokaRuntime.printError(" ms collecting, longest ");
        printMillis(MokaRuntime.heapLongestPauseCycles() * nanosPerCycle);
        MokaRuntime.printError(" ms, process ");
        printMillis(nanos);
        MokaRuntime.printError(" ms\n");
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
