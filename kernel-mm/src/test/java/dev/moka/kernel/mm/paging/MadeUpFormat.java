package dev.moka.kernel.mm.paging;

import dev.moka.kernel.api.mm.PageFlags;
import dev.moka.kernel.api.mm.PageTableFormat;

/**
 * Page-table formats no CPU has, to prove that the paging code takes every size and every bit from
 * its {@link PageTableFormat}: each generic flag sits at a bit of the format's own choosing, and the
 * frame may be stored shifted inside the entry.
 */
public final class MadeUpFormat implements PageTableFormat {
    /** The generic flags, in the order the formats below list their bits. */
    private static final long[] GENERIC = {PageFlags.PRESENT, PageFlags.WRITABLE, PageFlags.USER,
        PageFlags.NO_EXECUTE, PageFlags.UNCACHED, PageFlags.GLOBAL, PageFlags.HUGE, PageFlags.BORROWED};

    private final int levels;
    private final long addressMask;
    private final int frameShift;
    private final long[] bits;

    private MadeUpFormat(int levels, long addressMask, int frameShift, long... bits) {
        this.levels = levels;
        this.addressMask = addressMask;
        this.frameShift = frameShift;
        this.bits = bits.clone();
    }

    /**
     * @return x86_64's geometry (4 levels of 9 bits, 4 KiB pages, frames below 2^52 stored in place)
     *         with every flag at a bit x86 uses for something else: present is bit 62, and bit 0,
     *         x86's present bit, means no-execute
     */
    public static MadeUpFormat fourLevel() {
        return new MadeUpFormat(4, 0x000F_FFFF_FFFF_F000L, 12,
                1L << 62, 1L << 4, 1L << 9, 1L, 1L << 55, 1L << 11, 1L << 2, 1L << 58);
    }

    /**
     * @return 3 levels of 9 bits (39-bit virtual addresses, so 1 GiB per root slot), frames below 2^44
     *         stored as a frame number from bit 10 on, flags below it and at the top
     */
    public static MadeUpFormat threeLevel() {
        return new MadeUpFormat(3, 0x0000_0FFF_FFFF_F000L, 10,
                1L, 1L << 7, 1L << 1, 1L << 63, 1L << 60, 1L << 5, 1L << 8, 1L << 61);
    }

    @Override
    public int levels() {
        return levels;
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
        return addressMask;
    }

    @Override
    public long encode(long physical, long flags) {
        long entry = ((physical & addressMask) >>> 12) << frameShift;
        for (int i = 0; i < GENERIC.length; i++) {
            if ((flags & GENERIC[i]) != 0) {
                entry |= bits[i];
            }
        }
        return entry;
    }

    @Override
    public long decodeAddress(long entry) {
        return ((entry >>> frameShift) << 12) & addressMask;
    }

    @Override
    public long decodeFlags(long entry) {
        long flags = 0;
        for (int i = 0; i < GENERIC.length; i++) {
            if ((entry & bits[i]) != 0) {
                flags |= GENERIC[i];
            }
        }
        return flags;
    }
}
