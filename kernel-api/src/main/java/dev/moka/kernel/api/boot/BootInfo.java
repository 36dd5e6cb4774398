package dev.moka.kernel.api.boot;

/**
 * What the kernel learns from the boot loader and the image it runs from: the memory map, the
 * command line, and where the image lies in physical memory.
 */
public final class BootInfo {
    private final MemoryMap memoryMap;
    private final String commandLine;
    private final long imageStart;
    private final long imageEnd;

    /**
     * @param memoryMap   the physical memory map, with reserved ranges already marked
     * @param commandLine the kernel command line, empty when there is none
     * @param imageStart  physical address of the image's first byte
     * @param imageEnd    physical address after its last byte: code, data, bss and the heap
     */
    public BootInfo(MemoryMap memoryMap, String commandLine, long imageStart, long imageEnd) {
        this.memoryMap = memoryMap;
        this.commandLine = commandLine;
        this.imageStart = imageStart;
        this.imageEnd = imageEnd;
    }

    /** @return the physical memory map */
    public MemoryMap memoryMap() {
        return memoryMap;
    }

    /** @return the kernel command line */
    public String commandLine() {
        return commandLine;
    }

    /** @return physical address of the image's first byte */
    public long imageStart() {
        return imageStart;
    }

    /** @return physical address after the image's last byte, its heap included */
    public long imageEnd() {
        return imageEnd;
    }
}
