package dev.moka.assembler.bench;

/**
 * The outcome of one benchmark: both sides' times when they agree, else why it failed.
 *
 * <p>Three comparisons: <em>whole-process</em> (each side's process from start to exit),
 * <em>steady state</em> (Moka's whole process against HotSpot's fourth run of {@code main} in one JVM,
 * start-up and warm-up excluded) and, for the bench's self-timed programs, the <em>timed rounds</em>
 * each side measured itself. Output is discarded in the timed runs of both sides.
 *
 * <p>Moka's whole process is split further by the executable's own heap summary: the time its
 * collections took ({@link GcSummary}).
 *
 * @param name                the program's name
 * @param kind                whether the bench's own program or a public one
 * @param mokaProcessNanos    the native executable's whole process, or 0 on failure
 * @param mokaGc              the collections of that run, or null on failure
 * @param hotspotProcessNanos {@code java}'s whole process, or 0 on failure
 * @param hotspotSteadyNanos  HotSpot's fourth run of {@code main}, or 0 on failure
 * @param mokaRoundsNanos     the executable's own timed rounds, or 0 when the program does not time itself
 * @param hotspotRoundsNanos  HotSpot's own timed rounds, or 0 likewise
 * @param check               what both sides agreed on (a check value or the first line of output), or null
 * @param failure             why the benchmark failed, or null when it succeeded
 */
public record BenchResult(String name, BenchProgram.Kind kind, long mokaProcessNanos, GcSummary mokaGc,
                          long hotspotProcessNanos, long hotspotSteadyNanos, long mokaRoundsNanos,
                          long hotspotRoundsNanos, String check, String failure) {
    /**
     * @param name    the program's name
     * @param moka    what the native executable printed
     * @param hotspot what HotSpot printed
     * @return null when the check values are equal, else a failure message naming both
     */
    public static String checkDifference(String name, ProgramOutput moka, ProgramOutput hotspot) {
        if (!moka.check().equals(hotspot.check())) {
            return "check differs: moka " + moka.check() + ", hotspot " + hotspot.check();
        }
        return null;
    }

    /**
     * @param program the program
     * @param reason  what went wrong
     * @return a failed result
     */
    public static BenchResult failed(BenchProgram program, String reason) {
        return new BenchResult(program.name(), program.kind(), 0, null, 0, 0, 0, 0, null, reason);
    }

    /** @return whether the program is a public one (not written for the bench) */
    public boolean isPublic() {
        return kind == BenchProgram.Kind.PUBLIC;
    }

    /** @return whether both sides ran and agreed */
    public boolean succeeded() {
        return failure == null;
    }

    /** @return whether the program measured its own timed rounds */
    public boolean timesItself() {
        return mokaRoundsNanos > 0 && hotspotRoundsNanos > 0;
    }

    /** @return Moka's whole process over HotSpot's fourth run of {@code main}; only for a success */
    public double steadyRatio() {
        return ratio(mokaProcessNanos, hotspotSteadyNanos);
    }

    /** @return Moka's whole process over HotSpot's whole process; only for a success */
    public double processRatio() {
        return ratio(mokaProcessNanos, hotspotProcessNanos);
    }

    /** @return Moka's timed rounds over HotSpot's; only for a successful self-timed program */
    public double roundsRatio() {
        if (succeeded() && !timesItself()) {
            throw new IllegalStateException(name + " does not time itself");
        }
        return ratio(mokaRoundsNanos, hotspotRoundsNanos);
    }

    private double ratio(long moka, long hotspot) {
        if (!succeeded()) {
            throw new IllegalStateException(name + " failed: " + failure);
        }
        return (double) moka / hotspot;
    }
}
