package dev.moka.userland.usertests;

/** Placeholder replaced below. */
public final class UserTests {
    private UserTests() {
    }

    /** @param args none */
    public static void main(String[] args) {
        System.exit(1);
    }
}
