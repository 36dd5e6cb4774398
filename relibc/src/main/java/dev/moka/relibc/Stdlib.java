package dev.moka.relibc;

/** Environment and process end ({@code <stdlib.h>}). */
public final class Stdlib {
    private Stdlib() {
    }

    /** @return the variable's value in the environment the process started with, or null */
    public static String getenv(String name) {
        return System.getenv(name);
    }

    /** Ends the process with {@code status} after flushing {@code System.out} and {@code System.err}. */
    public static void exit(int status) {
        System.exit(status);
    }
}
