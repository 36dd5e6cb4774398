package dev.moka.kernel.api.boot;

import java.util.function.Supplier;

/**
 * What the kernel learns from the boot loader: the memory map and the command line.
 *
 * <p>The command line is read from the boot loader's memory only when {@link #commandLine()} is
 * called, never while booting. A loader may put text there that has nothing to do with the kernel:
 * QEMU passes the image file's path. Reading it eagerly would make the boot cost (instructions,
 * heap layout, and so where timer interrupts land in a deterministic run) depend on where the
 * image file happens to be.
 */
public final class BootInfo {
    private final MemoryMap memoryMap;
    private final Supplier<String> commandLine;

    /**
     * @param memoryMap   the physical memory map, with reserved ranges already marked
     * @param commandLine the kernel command line, empty when there is none
     */
    public BootInfo(MemoryMap memoryMap, String commandLine) {
        this(memoryMap, () -> commandLine);
    }

    /**
     * @param memoryMap   the physical memory map, with reserved ranges already marked
     * @param commandLine reads the kernel command line, empty when there is none, when asked for
     */
    public BootInfo(MemoryMap memoryMap, Supplier<String> commandLine) {
        this.memoryMap = memoryMap;
        this.commandLine = commandLine;
    }

    /** @return the physical memory map */
    public MemoryMap memoryMap() {
        return memoryMap;
    }

    /** @return the kernel command line, read from the boot loader's memory now */
    public String commandLine() {
        return commandLine.get();
    }
}
