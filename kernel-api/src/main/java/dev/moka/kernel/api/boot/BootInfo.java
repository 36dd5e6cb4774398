package dev.moka.kernel.api.boot;

import java.util.function.Supplier;

/**
 * What the kernel learns from the boot loader and the image it runs from: the memory map, the
 * command line, and where the image lies in physical memory.
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
    private final long imageStart;
    private final long imageEnd;

    /**
     * A boot without image bounds (0 and 0): the kernel cannot check that the image fits in RAM.
     *
     * @param memoryMap   the physical memory map, with reserved ranges already marked
     * @param commandLine the kernel command line, empty when there is none
     */
    public BootInfo(MemoryMap memoryMap, String commandLine) {
        this(memoryMap, () -> commandLine, 0, 0);
    }

    /**
     * @param memoryMap   the physical memory map, with reserved ranges already marked
     * @param commandLine reads the kernel command line, empty when there is none, when asked for
     * @param imageStart  physical address of the image's first byte
     * @param imageEnd    physical address after its last byte: code, data, bss and the heap
     */
    public BootInfo(MemoryMap memoryMap, Supplier<String> commandLine, long imageStart, long imageEnd) {
        this.memoryMap = memoryMap;
        this.commandLine = commandLine;
        this.imageStart = imageStart;
        this.imageEnd = imageEnd;
    }

    /** @return the physical memory map */
    public MemoryMap memoryMap() {
        return memoryMap;
    }

    /** @return the kernel command line, read from the boot loader's memory now */
    public String commandLine() {
        return commandLine.get();
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
