package dev.moka.assembler.config;

import java.nio.file.Path;

/**
 * A parsed and validated image description: what the TOML file asked for, as typed data.
 *
 * @param source the file it came from, or null for a built-in default
 * @param kernel the {@code [kernel]} table
 */
public record ImageConfig(Path source, KernelSection kernel) {
    /**
     * The {@code [kernel]} table.
     *
     * @param scheduler      provider name of the {@code Scheduler}, such as {@code round-robin}
     * @param frameAllocator provider name of the {@code FrameAllocator}, such as {@code bitmap}
     */
    public record KernelSection(String scheduler, String frameAllocator) {
    }
}
