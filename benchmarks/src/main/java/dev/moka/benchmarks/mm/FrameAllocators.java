package dev.moka.benchmarks.mm;

import dev.moka.kernel.api.boot.MemoryMap;
import dev.moka.kernel.api.mm.FrameAllocator;
import java.util.ServiceLoader;

/**
 * Finds frame allocators by the name an image config gives them, the way the image assembler's
 * provider catalog does: through {@link ServiceLoader}, matching each provider's own {@code name()}.
 * The benchmarks therefore measure whatever the SPI hands out under that name, not a class picked
 * by hand.
 */
public final class FrameAllocators {
    private FrameAllocators() {
    }

    /**
     * @param name a provider name, such as {@code bitmap} or {@code buddy}
     * @param map  the boot memory map to build the allocator's state from
     * @return a new allocator of that name, already initialised from {@code map}
     * @throws IllegalArgumentException when no provider has that name
     */
    public static FrameAllocator initialised(String name, MemoryMap map) {
        FrameAllocator allocator = ServiceLoader.load(FrameAllocator.class).stream()
                .map(ServiceLoader.Provider::get)
                .filter(candidate -> candidate.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown frame allocator \"" + name + "\""));
        allocator.init(map);
        return allocator;
    }
}
