package dev.moka.userland.sysbench;

/** Placeholder replaced below. */
public final class SysBench {
    private SysBench() {
    }

    /** @param args none */
    public static void main(String[] args) {
        System.exit(1);
    }
}
