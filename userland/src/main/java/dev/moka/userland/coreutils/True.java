package dev.moka.userland.coreutils;

/** {@code true}: exits with status 0. */
public final class True {
    private True() {
    }

    /** @param args ignored */
    public static void main(String[] args) {
        System.exit(0);
    }
}
