package dev.moka.kernel.api.mm;

/**
 * The shape of one architecture's page tables and the layout of their entries, provided by its arch
 * pack, so that generic paging code (address spaces, table walks) holds no architecture's bit values.
 *
 * <p><b>Tree.</b> A translation walks {@link #levels()} tables, from the root (level
 * {@code levels()}) down to level 1. Each table is indexed by {@link #indexBits(int)} bits of the
 * virtual address, above the {@link #pageShift()} bits of the page offset; the lowest level's bits
 * come first. The virtual address width is {@code pageShift()} plus all index bits, and an address is
 * canonical when every bit above that width repeats its top bit. Entries are 64 bits wide, so a table
 * of level {@code n} takes {@code 8 << indexBits(n)} bytes; it must fit in one frame of
 * {@link FrameAllocator#FRAME_SIZE} bytes, and pages are frames: {@code 1 << pageShift()} is
 * {@link FrameAllocator#FRAME_SIZE}.
 *
 * <p><b>Entries.</b> {@link #encode} makes an entry from a physical address and generic
 * {@link PageFlags}; {@link #decodeAddress} and {@link #decodeFlags} read it back. An entry without
 * {@link PageFlags#PRESENT} means nothing else. A present entry of level 1 maps a page; above level 1
 * it maps a large page when it carries {@link PageFlags#HUGE} and points to the next table otherwise.
 *
 * <p>Implementations are plain values: no state, no magic, so the paging code that uses them runs
 * as plain Java in tests.
 */
public interface PageTableFormat {
    /** @return how many tables a translation walks; the root table has this level */
    int levels();

    /**
     * @param level 1 (the tables that map pages) up to {@link #levels()} (the root)
     * @return how many bits of the virtual address index a table of that level
     */
    int indexBits(int level);

    /** @return how many low bits of a virtual address are the offset into a page */
    int pageShift();

    /**
     * @return the bits a physical address of a page or table may have set: aligned to a page and
     *         no wider than the entries can hold
     */
    long addressMask();

    /**
     * @param physical a page or table address within {@link #addressMask()}
     * @param flags    generic {@link PageFlags}
     * @return the entry that holds both
     */
    long encode(long physical, long flags);

    /** @param entry a present entry @return the physical address of the page or table it holds */
    long decodeAddress(long entry);

    /**
     * @param entry any entry
     * @return its generic {@link PageFlags}; bits with no generic meaning (the CPU's accessed and
     *         dirty bits, say) are left out
     */
    long decodeFlags(long entry);

    /**
     * The test every step of a page-table walk makes; a format overrides it with its own bit test,
     * which is what keeps walks cheap.
     *
     * @param entry any entry
     * @return whether it has {@link PageFlags#PRESENT}
     */
    default boolean isPresent(long entry) {
        return (decodeFlags(entry) & PageFlags.PRESENT) != 0;
    }

    /**
     * @param entry any entry of a level above the lowest
     * @return whether it maps a large page itself ({@link PageFlags#HUGE})
     */
    default boolean isHuge(long entry) {
        return (decodeFlags(entry) & PageFlags.HUGE) != 0;
    }
}
