package dev.moka.kernel.api.boot;

/**
 * What the kernel learns from the boot loader: the memory map and the command line.
 */
public final class BootInfo {
    private final MemoryMap memoryMap;
    private final String commandLine;

    /**
     * @param memoryMap   the physical memory map, with reserved ranges already marked
     * @param commandLine the kernel command line, empty when there is none
     */
    public BootInfo(MemoryMap memoryMap, String commandLine) {
        this.memoryMap = memoryMap;
        this.commandLine = commandLine;
    }

    /** @return the physical memory map */
    public MemoryMap memoryMap() {
        return memoryMap;
    }

    /** @return the kernel command line */
    public String commandLine() {
        return commandLine;
    }
}
