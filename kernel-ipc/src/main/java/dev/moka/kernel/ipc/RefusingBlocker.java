package dev.moka.kernel.ipc;

/** The {@link Blocker} of {@link Blocker#refusing()}. */
final class RefusingBlocker implements Blocker {
    static final RefusingBlocker INSTANCE = new RefusingBlocker();

    private RefusingBlocker() {
    }

    @Override
    public boolean sleep(WaitChannel channel) {
        return false;
    }

    @Override
    public void wakeAll(WaitChannel channel) {
        // Nobody ever waits.
    }
}
