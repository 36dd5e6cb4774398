/**
 * Moka's kernel core: the kernel entry, the boot information it starts from, and every SPI through
 * which subsystems meet (schedulers, frame allocators, heap plans, arch packs), plus the <em>magic</em> layer that
 * is the only way kernel code reaches hardware.
 */
module dev.moka.kernel.api {
    exports dev.moka.kernel.api;
    exports dev.moka.kernel.api.arch;
    exports dev.moka.kernel.api.boot;
    exports dev.moka.kernel.api.heap;
    exports dev.moka.kernel.api.magic;
    exports dev.moka.kernel.api.mm;
    exports dev.moka.kernel.api.sched;
    exports dev.moka.kernel.api.thread;

    uses dev.moka.kernel.api.sched.Scheduler;
    uses dev.moka.kernel.api.mm.FrameAllocator;
    uses dev.moka.kernel.api.heap.HeapPlan;
}
