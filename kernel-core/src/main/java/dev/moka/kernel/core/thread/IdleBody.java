package dev.moka.kernel.core.thread;

import dev.moka.kernel.api.arch.ArchPack;

/** The idle thread: waits for the next interrupt, forever. */
final class IdleBody implements ThreadBody {
    private final ArchPack arch;

    IdleBody(ArchPack arch) {
        this.arch = arch;
    }

    @Override
    public boolean step() {
        arch.waitForInterrupt();
        return true;
    }
}
