package dev.moka.kernel.core.process;

/**
 * One part of an executable to place in a process's address space: {@code fileSize} bytes from
 * {@code fileOffset} of the file at {@code address}, then zeros up to {@code memorySize}.
 *
 * @param address    first user address of the segment
 * @param memorySize bytes the segment takes in memory, at least {@code fileSize}
 * @param fileOffset where its bytes start in the file
 * @param fileSize   bytes taken from the file
 * @param writable   whether the process may write it
 * @param executable whether the process may run code in it
 */
public record LoadSegment(long address, long memorySize, long fileOffset, long fileSize, boolean writable,
        boolean executable) {
    /** @return the address after the segment */
    public long end() {
        return address + memorySize;
    }
}
