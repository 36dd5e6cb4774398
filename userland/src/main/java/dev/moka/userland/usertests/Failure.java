package dev.moka.userland.usertests;

/** A test's verdict when it fails: the reason printed after {@code FAILED}. */
final class Failure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Failure(String why) {
        super(why);
    }

    /** Fails unless the condition holds. */
    static void check(boolean condition, String why) {
        if (!condition) {
            throw new Failure(why);
        }
    }

    /** Fails unless the call returned what was expected. */
    static void expect(long expected, long actual, String what) {
        if (expected != actual) {
            throw new Failure(what + ": expected " + expected + ", got " + actual);
        }
    }
}
