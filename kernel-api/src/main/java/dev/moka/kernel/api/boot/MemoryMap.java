package dev.moka.kernel.api.boot;

/**
 * The physical memory map the boot loader handed over, plus the ranges the kernel must never give
 * away (the first MiB, the kernel image, the boot structures).
 *
 * <p>Regions are kept in parallel arrays rather than objects so that the map can be built before the
 * kernel heap is trusted and read without allocation.
 */
public final class MemoryMap {
    /** Region type for RAM that the kernel may use (Multiboot type 1). */
    public static final int AVAILABLE = 1;
    /** Region type for anything else (reserved, ACPI, bad memory...). */
    public static final int RESERVED = 2;
    /**
     * Region type the arch pack gives RAM that its boot page tables do not reach: reported by the boot
     * loader as available, never handed out. Multiboot types are small numbers; this one is not.
     */
    public static final int UNMAPPED = 0x4D4F4B41;

    private final long[] bases;
    private final long[] lengths;
    private final int[] types;
    private int count;
    private final long[] reservedBases;
    private final long[] reservedLengths;
    private int reservedCount;

    /**
     * @param capacity the most regions the map can hold (also the most reserved ranges)
     */
    public MemoryMap(int capacity) {
        bases = new long[capacity];
        lengths = new long[capacity];
        types = new int[capacity];
        reservedBases = new long[capacity];
        reservedLengths = new long[capacity];
    }

    /**
     * Adds a region reported by the boot loader.
     *
     * @param base   physical start address
     * @param length length in bytes
     * @param type   {@link #AVAILABLE} or another boot-loader type
     * @return false when the map is full and the region was dropped
     */
    public boolean addRegion(long base, long length, int type) {
        if (count == bases.length) {
            return false;
        }
        bases[count] = base;
        lengths[count] = length;
        types[count] = type;
        count++;
        return true;
    }

    /**
     * Marks a range that allocators must never hand out, even where a region says it is available.
     *
     * @param base   physical start address
     * @param length length in bytes
     * @return false when the map is full and the range was dropped
     */
    public boolean reserve(long base, long length) {
        if (reservedCount == reservedBases.length) {
            return false;
        }
        reservedBases[reservedCount] = base;
        reservedLengths[reservedCount] = length;
        reservedCount++;
        return true;
    }

    /** @return number of regions */
    public int regionCount() {
        return count;
    }

    /** @param i region index @return its base address */
    public long regionBase(int i) {
        return bases[i];
    }

    /** @param i region index @return its length in bytes */
    public long regionLength(int i) {
        return lengths[i];
    }

    /** @param i region index @return its type */
    public int regionType(int i) {
        return types[i];
    }

    /** @return number of reserved ranges */
    public int reservedCount() {
        return reservedCount;
    }

    /** @param i reserved range index @return its base address */
    public long reservedBase(int i) {
        return reservedBases[i];
    }

    /** @param i reserved range index @return its length in bytes */
    public long reservedLength(int i) {
        return reservedLengths[i];
    }

    /** @return the total length of all {@link #AVAILABLE} regions, in bytes */
    public long usableBytes() {
        long total = 0;
        for (int i = 0; i < count; i++) {
            if (types[i] == AVAILABLE) {
                total += lengths[i];
            }
        }
        return total;
    }

    /** @return the total length of all {@link #UNMAPPED} regions, in bytes: RAM the kernel leaves unused */
    public long unmappedBytes() {
        long total = 0;
        for (int i = 0; i < count; i++) {
            if (types[i] == UNMAPPED) {
                total += lengths[i];
            }
        }
        return total;
    }

    /**
     * @param start first physical address of a range
     * @param end   the address after it
     * @return whether every byte of the range lies in {@link #AVAILABLE} regions (one or several
     *         that meet); reserved ranges do not count against it
     */
    public boolean isAvailable(long start, long end) {
        long covered = start;
        while (covered < end) {
            long reach = covered;
            for (int i = 0; i < count; i++) {
                if (types[i] == AVAILABLE && bases[i] <= covered && covered - bases[i] < lengths[i]) {
                    reach = bases[i] + lengths[i];
                    break;
                }
            }
            if (reach == covered) {
                return false;
            }
            covered = reach;
        }
        return true;
    }

    /**
     * @param address a physical address
     * @return whether the address lies in an available region and in no reserved range
     */
    public boolean isUsable(long address) {
        for (int i = 0; i < reservedCount; i++) {
            if (address >= reservedBases[i] && address - reservedBases[i] < reservedLengths[i]) {
                return false;
            }
        }
        for (int i = 0; i < count; i++) {
            if (types[i] == AVAILABLE && address >= bases[i] && address - bases[i] < lengths[i]) {
                return true;
            }
        }
        return false;
    }
}
