package dev.moka.benchmarks.mm;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FrameAllocatorsTest {
    @Test
    void anUnknownProviderNameIsRefusedWithTheName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FrameAllocators.initialised("slab", BootMemoryMaps.named("128MiB")));
        assertTrue(e.getMessage().contains("\"slab\""), e.getMessage());
    }

    @Test
    void anUnknownMemorySizeIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> BootMemoryMaps.named("2GiB"));
    }
}
