package dev.moka.drivers.x86;

import dev.moka.kernel.api.mm.PageFlags;
import dev.moka.kernel.api.mm.PageTableFormat;

/**
 * x86_64 4-level paging: PML4 (level 4), PDPT (3), page directory (2) and page table (1), 512
 * entries of 8 bytes each, 9 bits of the virtual address per level above the 12-bit page offset, so
 * 48-bit virtual addresses. Every level has the same entry layout: the frame or table address in bits
 * 12..51 and the attribute bits below ({@link #PS} only means something in the directory levels, and
 * {@link #XD} sits at the top).
 *
 * <p>The generic {@link PageFlags} map to P, R/W, U/S, XD, PCD, G and PS. The bits the CPU sets (A,
 * D) and write-through (PWT) have no generic flag: decoding leaves them out, encoding never sets them.
 */
public final class X86PageTableFormat implements PageTableFormat {
    /** P: the entry is valid; without it the CPU ignores every other bit. */
    public static final long P = 1L;
    /** R/W: writes are allowed (kernel writes too, since the boot code sets CR0.WP). */
    public static final long RW = 1L << 1;
    /** U/S: ring 3 may access the page. */
    public static final long US = 1L << 2;
    /** PWT: write-through caching. */
    public static final long PWT = 1L << 3;
    /** PCD: caching disabled, for device memory. */
    public static final long PCD = 1L << 4;
    /** A: set by the CPU when the entry was used for a translation. */
    public static final long ACCESSED = 1L << 5;
    /** D: set by the CPU when the page was written. */
    public static final long DIRTY = 1L << 6;
    /** PS: in a directory entry, maps a 2 MiB (PD) or 1 GiB (PDPT) page instead of pointing to a table. */
    public static final long PS = 1L << 7;
    /** G: the translation survives CR3 loads (needs CR4.PGE). */
    public static final long G = 1L << 8;
    /** XD: instruction fetches fault (needs EFER.NXE, which the boot code sets when the CPU has NX). */
    public static final long XD = 1L << 63;
    /** Bit 9, one the MMU leaves to software: Moka marks a borrowed frame there ({@code PageFlags.BORROWED}). */
    public static final long AVAILABLE_BORROWED = 1L << 9;
    /** Bits 12..51: the physical address of the frame or table an entry points to. */
    public static final long ADDRESS_MASK = 0x000F_FFFF_FFFF_F000L;

    @Override
    public int levels() {
        return 4;
    }

    @Override
    public int indexBits(int level) {
        return 9;
    }

    @Override
    public int pageShift() {
        return 12;
    }

    @Override
    public long addressMask() {
        return ADDRESS_MASK;
    }

    @Override
    public long encode(long physical, long flags) {
        return (physical & ADDRESS_MASK)
                | bit(flags, PageFlags.PRESENT, P)
                | bit(flags, PageFlags.WRITABLE, RW)
                | bit(flags, PageFlags.USER, US)
                | bit(flags, PageFlags.NO_EXECUTE, XD)
                | bit(flags, PageFlags.UNCACHED, PCD)
                | bit(flags, PageFlags.GLOBAL, G)
                | bit(flags, PageFlags.HUGE, PS)
                | bit(flags, PageFlags.BORROWED, AVAILABLE_BORROWED);
    }

    @Override
    public long decodeAddress(long entry) {
        return entry & ADDRESS_MASK;
    }

    @Override
    public long decodeFlags(long entry) {
        return bit(entry, P, PageFlags.PRESENT)
                | bit(entry, RW, PageFlags.WRITABLE)
                | bit(entry, US, PageFlags.USER)
                | bit(entry, XD, PageFlags.NO_EXECUTE)
                | bit(entry, PCD, PageFlags.UNCACHED)
                | bit(entry, G, PageFlags.GLOBAL)
                | bit(entry, PS, PageFlags.HUGE)
                | bit(entry, AVAILABLE_BORROWED, PageFlags.BORROWED);
    }

    /** @return {@code to} when {@code value} has the bit {@code from}, else 0 */
    private static long bit(long value, long from, long to) {
        return (value & from) != 0 ? to : 0;
    }

    @Override
    public boolean isPresent(long entry) {
        return (entry & P) != 0;
    }

    @Override
    public boolean isHuge(long entry) {
        return (entry & PS) != 0;
    }
}
