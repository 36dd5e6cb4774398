package dev.moka.kernel.api.mm;

/**
 * The address space of one user program, as the kernel's process layer uses it: a user half of its
 * own and the kernel half shared with every other space. The image's paging code makes them
 * ({@link PagingProvider#newUserSpace}); the kernel never touches page tables itself.
 *
 * <p>Errors are status codes, never exceptions: {@link #OK} or a negative value.
 */
public interface UserAddressSpace {
    /** Success. */
    int OK = 0;

    /** @return the lowest address a user page may have */
    long start();

    /** @return the address after the highest user page */
    long end();

    /** @return the physical address of the space's root table, which the MMU is given to switch to it */
    long root();

    /** Makes this space the one the CPU translates through. */
    void activate();

    /**
     * Maps a new zeroed page.
     *
     * @param virtual page address in the user half
     * @param flags   {@link PageFlags#WRITABLE} and {@link PageFlags#NO_EXECUTE} as wanted
     * @return {@link #OK}, or a negative status (out of memory, already mapped, bad address)
     */
    int allocate(long virtual, long flags);

    /**
     * Copies bytes into mapped pages through their frames, whatever the pages' flags.
     *
     * @param virtual where the first byte goes
     * @param bytes   what to copy
     * @return {@link #OK}, or a negative status when a page of the range is not mapped or the range
     *         leaves the user half; nothing is written then
     */
    int write(long virtual, byte[] bytes);

    /**
     * Copies part of an array into mapped pages through their frames, whatever the pages' flags.
     *
     * @param virtual where the first byte goes
     * @param bytes   the array
     * @param offset  the first byte to copy
     * @param length  how many
     * @return {@link #OK}, or a negative status when a page of the range is not mapped or the range
     *         leaves the user half; nothing is written then
     */
    default int write(long virtual, byte[] bytes, int offset, int length) {
        byte[] part = new byte[length];
        System.arraycopy(bytes, offset, part, 0, length);
        return write(virtual, part);
    }

    /**
     * Maps a page to a frame the space does not own, read-only: a page of an executable lent from
     * the image's initfs, which many processes share. Giving the page or the space back leaves the
     * frame alone.
     *
     * @param virtual  page address in the user half
     * @param physical the frame
     * @param flags    {@link PageFlags#NO_EXECUTE} as wanted; {@link PageFlags#WRITABLE} is refused
     * @return {@link #OK}, or a status saying why nothing changed
     */
    default int mapBorrowed(long virtual, long physical, long flags) {
        return -1;
    }

    /**
     * {@link #mapBorrowed} for consecutive pages lent from consecutive frames: a segment of an
     * executable. A space may do it with one table walk per page table instead of one per page.
     *
     * @param virtual  first page address in the user half
     * @param physical its frame; the following pages get the following frames
     * @param pages    how many pages
     * @param flags    as for {@link #mapBorrowed}
     * @return how many pages, from the first, are mapped now; fewer than {@code pages} when one
     *         could not be (the rest are not)
     */
    default long mapBorrowedRun(long virtual, long physical, long pages, long flags) {
        long page = 4096;
        for (long i = 0; i < pages; i++) {
            if (mapBorrowed(virtual + i * page, physical + i * page, flags) != OK) {
                return i;
            }
        }
        return pages;
    }

    /**
     * Replaces a borrowed page by a private copy of it with new flags, as on the first write to a
     * page of an executable's writable segment.
     *
     * @param virtual an address in the page
     * @param flags   the copy's flags, {@link PageFlags#WRITABLE} usually among them
     * @return {@link #OK}, or a status when the page is not a borrowed one or no frame is left
     */
    default int copyOnWrite(long virtual, long flags) {
        return -1;
    }

    /**
     * Unmaps one page and gives its frame back, with the page tables it leaves empty.
     *
     * @param virtual page address in the user half
     * @return {@link #OK}, or a negative status when no page is mapped there
     */
    int release(long virtual);

    /**
     * @param virtual any address
     * @return the generic {@link PageFlags} of its page, or a negative value when it is not mapped
     */
    long flags(long virtual);

    /**
     * Gives back every page, page table and the root; the space must not be active.
     *
     * @return the number of frames given back, or -1 when the space is active or destroyed already
     */
    int destroy();
}
