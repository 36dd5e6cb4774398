package dev.moka.maven.layer;

import java.nio.file.Path;
import java.util.List;

/**
 * An image's description as a front door gives it: a config file to start from and settings that
 * override its {@code [kernel]} keys, each null when not given, as {@code ImageAssembler.Builder} takes
 * them.
 *
 * @param configFile     a TOML image description, or null for the default image
 * @param arch           the arch pack's name, or null
 * @param scheduler      the scheduler's name, or null
 * @param frameAllocator the frame allocator's name, or null
 * @param heap           the heap plan's name, or null
 * @param heapSize       the kernel heap's size, such as {@code 32M}, or null
 * @param verifyHeap     whether the collector checks the heap after each collection, or null
 * @param modulePath     outside modules (jars and exploded module directories) the image may use
 * @param settingsName   how error messages name the settings, such as the plugin's configuration
 */
public record ImageRequest(Path configFile, String arch, String scheduler, String frameAllocator, String heap,
                           String heapSize, Boolean verifyHeap, List<Path> modulePath, String settingsName) {
    /** Copies the module path. */
    public ImageRequest {
        modulePath = List.copyOf(modulePath);
    }
}
