package dev.moka.assembler.bench;

/**
 * The outcome of one benchmark: both sides' times when they agree, else why it failed.
 *
 * @param name         the program's name
 * @param mokaNanos    the native executable's timed rounds, or 0 on failure
 * @param hotspotNanos HotSpot's timed rounds, or 0 on failure
 * @param check        the check value both sides printed, or null on failure
 * @param failure      why the benchmark failed, or null when it succeeded
 */
public record BenchResult(String name, long mokaNanos, long hotspotNanos, String check, String failure) {
    /**
     * @param name    the program's name
     * @param moka    what the native executable printed
     * @param hotspot what HotSpot printed
     * @return a success when the check values are equal, else a failure naming both
     */
    public static BenchResult compare(String name, ProgramOutput moka, ProgramOutput hotspot) {
        if (!moka.check().equals(hotspot.check())) {
            return failed(name, "check differs: moka " + moka.check() + ", hotspot " + hotspot.check());
        }
        return new BenchResult(name, moka.nanos(), hotspot.nanos(), moka.check(), null);
    }

    /**
     * @param name   the program's name
     * @param reason what went wrong
     * @return a failed result
     */
    public static BenchResult failed(String name, String reason) {
        return new BenchResult(name, 0, 0, null, reason);
    }

    /** @return whether both sides ran and agreed */
    public boolean succeeded() {
        return failure == null;
    }

    /** @return Moka's time over HotSpot's; only for a successful result */
    public double ratio() {
        if (!succeeded()) {
            throw new IllegalStateException(name + " failed: " + failure);
        }
        return (double) mokaNanos / hotspotNanos;
    }
}
