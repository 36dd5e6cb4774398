package dev.moka.kernel.api.mm;

import dev.moka.kernel.api.boot.MemoryMap;

/**
 * Physical frame allocator SPI: hands out 4 KiB frames of physical memory.
 *
 * <p>Implementations are found through {@code provides dev.moka.kernel.api.mm.FrameAllocator} in
 * their module and chosen by {@link #name()} in the image config ({@code [kernel] frame-allocator}).
 * They are policy code: they never touch the frames they manage, so they run unchanged hosted and
 * native.
 */
public interface FrameAllocator {
    /** Size of one frame in bytes. */
    long FRAME_SIZE = 4096;

    /** Returned by {@link #allocate()} when no frame is free. */
    long OUT_OF_MEMORY = -1;

    /** @return the short provider name the image config uses, such as {@code bitmap} */
    String name();

    /**
     * Builds the allocator's state from the boot memory map. Only frames that lie wholly inside an
     * available region and outside every reserved range become allocatable.
     *
     * @param map the boot memory map
     */
    void init(MemoryMap map);

    /** @return the physical address of a free frame, now owned by the caller, or {@link #OUT_OF_MEMORY} */
    long allocate();

    /**
     * Returns a frame.
     *
     * @param address the physical address {@link #allocate()} returned
     * @return false, changing nothing, when the address is not a frame this allocator handed out
     */
    boolean free(long address);

    /** @return how many frames are free now */
    long freeFrames();

    /** @return how many frames the allocator manages, free or not */
    long totalFrames();
}
