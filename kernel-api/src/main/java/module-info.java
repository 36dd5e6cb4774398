/**
 * What an implementer of one of Moka's SPIs needs, and nothing more: the SPIs through which
 * subsystems meet (schedulers, frame allocators, heap plans, arch packs), their value types, the
 * system-call ABI that kernel and user programs share (numbers, error numbers, flags, structures), the
 * description of an image the kernel boots from, and the <em>magic</em> layer that is the only way
 * kernel code reaches hardware. The mechanism that uses them lives in {@code dev.moka.kernel.core}.
 */
module dev.moka.kernel.api {
    exports dev.moka.kernel.api.arch;
    exports dev.moka.kernel.api.boot;
    exports dev.moka.kernel.api.heap;
    exports dev.moka.kernel.api.magic;
    exports dev.moka.kernel.api.mm;
    exports dev.moka.kernel.api.sched;
    exports dev.moka.kernel.api.syscall;
}
