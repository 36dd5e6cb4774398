package dev.moka.userland.coreutils;

/** {@code false}: exits with status 1. */
public final class False {
    private False() {
    }

    /** @param args ignored */
    public static void main(String[] args) {
        System.exit(1);
    }
}
