package dev.moka.kernel.ipc.schemes;

/** What {@code sys:stat} reports, supplied by the kernel: its memory in frames. */
public interface KernelStatistics {
    /** @return frames free now */
    long freeFrames();

    /** @return frames the allocator manages */
    long totalFrames();

    /** @return none: for a kernel that reports no figures */
    static KernelStatistics none() {
        return new KernelStatistics() {
            @Override
            public long freeFrames() {
                return 0;
            }

            @Override
            public long totalFrames() {
                return 0;
            }
        };
    }
}
