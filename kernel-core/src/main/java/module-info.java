/**
 * The kernel mechanism every image has, whatever policies it picks: the boot sequence, kernel
 * threads, and the heap entry compiled code allocates through. Policies come in through the SPIs of
 * {@code dev.moka.kernel.api}; the machine through its {@code ArchPack}.
 */
module dev.moka.kernel.core {
    requires transitive dev.moka.kernel.api;
    requires transitive dev.moka.kernel.ipc;

    exports dev.moka.kernel.core;
    exports dev.moka.kernel.core.heap;
    exports dev.moka.kernel.core.process;
    exports dev.moka.kernel.core.sync;
    exports dev.moka.kernel.core.thread;
}
