package dev.moka.drivers.x86.boot.disk;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * What the disk loader must do with a kernel file, read from its Multiboot v1 header the way a
 * Multiboot loader reads it when flag bit 16 gives the address fields (the "a.out kludge", which Moka
 * kernels always set): copy {@code loadLength} bytes from {@code fileOffset} in the file to {@code
 * loadAddress}, zero memory from there up to {@code bssEnd}, enter at {@code entry}.
 *
 * @param fileOffset  where the loaded bytes start in the file
 * @param loadAddress where they go
 * @param loadLength  how many there are
 * @param bssEnd      the address after the zeroed memory that follows them
 * @param entry       the 32-bit entry point
 */
public record KernelLoadPlan(int fileOffset, long loadAddress, int loadLength, long bssEnd, long entry) {
    /** The Multiboot v1 header magic. */
    static final int MAGIC = 0x1BADB002;
    /** Header flag: the address fields are valid. */
    static final int ADDRESS_FIELDS = 1 << 16;
    /** A Multiboot loader looks for the header in this many bytes at the start of the file. */
    static final int SEARCH_LIMIT = 8192;
    /** The loader's own memory lies below this; a kernel must not be loaded over it. */
    static final long LOWEST_LOAD_ADDRESS = 0x100000;
    private static final int PAGE = 4096;

    /** Checks the plan against the loader's limits. */
    public KernelLoadPlan {
        if (loadAddress < LOWEST_LOAD_ADDRESS) {
            throw new IllegalArgumentException(String.format(
                    "the kernel loads at 0x%x; the disk loader loads kernels at or above 1 MiB", loadAddress));
        }
        if (loadLength <= 0 || bssEnd < loadAddress + loadLength || bssEnd > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException(String.format(
                    "the kernel's Multiboot header gives no valid load range: %d bytes at 0x%x, bss to 0x%x",
                    loadLength, loadAddress, bssEnd));
        }
        if (entry < loadAddress || entry >= loadAddress + loadLength) {
            throw new IllegalArgumentException(String.format(
                    "the kernel's entry 0x%x lies outside its loaded bytes [0x%x, 0x%x)", entry, loadAddress,
                    loadAddress + loadLength));
        }
    }

    /**
     * @param kernel a kernel file with a Multiboot v1 header that has address fields
     * @return how to load it
     * @throws IllegalArgumentException when there is no such header or its fields do not fit the file
     */
    public static KernelLoadPlan of(byte[] kernel) {
        ByteBuffer file = ByteBuffer.wrap(kernel).order(ByteOrder.LITTLE_ENDIAN);
        int limit = Math.min(kernel.length, SEARCH_LIMIT) - 12;
        for (int at = 0; at <= limit; at += 4) {
            int flags = file.getInt(at + 4);
            if (file.getInt(at) == MAGIC && MAGIC + flags + file.getInt(at + 8) == 0) {
                return fromHeader(file, at, flags);
            }
        }
        throw new IllegalArgumentException("the kernel has no Multiboot v1 header in its first "
                + SEARCH_LIMIT + " bytes");
    }

    private static KernelLoadPlan fromHeader(ByteBuffer file, int at, int flags) {
        if ((flags & ADDRESS_FIELDS) == 0 || at + 32 > file.capacity()) {
            throw new IllegalArgumentException("the kernel's Multiboot header has no address fields (flag bit 16),"
                    + " which the disk loader loads kernels by");
        }
        long headerAddress = u32(file, at + 12);
        long loadAddress = u32(file, at + 16);
        long loadEnd = u32(file, at + 20);
        long bssEnd = u32(file, at + 24);
        long entry = u32(file, at + 28);
        long fileOffset = at - (headerAddress - loadAddress);
        long loadLength = loadEnd == 0 ? file.capacity() - fileOffset : loadEnd - loadAddress;
        if (fileOffset < 0 || loadLength < 0 || fileOffset + loadLength > file.capacity()) {
            throw new IllegalArgumentException(String.format("the kernel's Multiboot header loads %d bytes from"
                    + " offset %d of a %d-byte file", loadLength, fileOffset, file.capacity()));
        }
        long end = loadAddress + loadLength;
        return new KernelLoadPlan((int) fileOffset, loadAddress, (int) loadLength, Math.max(bssEnd, end), entry);
    }

    private static long u32(ByteBuffer file, int at) {
        return file.getInt(at) & 0xFFFF_FFFFL;
    }

    /** @param kernel the file this plan was read from @return the bytes to load */
    byte[] loadedBytes(byte[] kernel) {
        return Arrays.copyOfRange(kernel, fileOffset, fileOffset + loadLength);
    }

    /** @return the address after the loaded bytes, where zeroing starts */
    long loadEnd() {
        return loadAddress + loadLength;
    }

    /**
     * @return where the loader puts the (empty) command line: the first page after the kernel, where
     *         QEMU's Multiboot loader puts its own, so the kernel finds the same memory reserved
     *         whichever way it was booted
     */
    long commandLineAddress() {
        return (bssEnd + PAGE - 1) / PAGE * PAGE;
    }
}
