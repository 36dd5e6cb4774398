package dev.moka.kernel.mm.paging;

import dev.moka.kernel.api.mm.FrameAllocator;
import dev.moka.kernel.api.mm.PageFlags;
import dev.moka.kernel.api.mm.PageTableFormat;
import dev.moka.kernel.api.mm.PhysicalMemory;
import dev.moka.kernel.api.mm.UserAddressSpace;

/**
 * The address space of a user program: an {@link AddressSpace} that shares the kernel half with the
 * kernel's tables and owns the pages of its user half. Every page is mapped with
 * {@link PageFlags#USER}, backed by a frame taken from the allocator for it and zeroed, and goes back
 * to the allocator when it is released or the space destroyed, with the page tables.
 *
 * <p>The user half is the space's alone: on x86_64 PML4 slots 1..255, from 512 GiB
 * ({@code 0x80_0000_0000}) to the end of the lower canonical half ({@code 0x8000_0000_0000}), above
 * everything the kernel maps (its identity map of the low 4 GiB and the kernel-thread stacks at
 * 256 GiB, both under slot 0). So a user page can collide with nothing of the kernel's, and every
 * address the kernel uses, the handler of a system call included, is the same in every space.
 *
 * <p>The kernel fills pages through their frames ({@link #write}), whatever the page's flags: a code
 * page is loaded though the program may not write it.
 *
 * <p>Errors are the {@link AddressSpace} status codes, never thrown.
 */
public final class UserSpace implements UserAddressSpace {
    private final AddressSpace space;
    private final PhysicalMemory memory;
    private final FrameAllocator frames;
    private final long page;

    private UserSpace(AddressSpace space, PhysicalMemory memory, FrameAllocator frames, long page) {
        this.space = space;
        this.memory = memory;
        this.frames = frames;
        this.page = page;
    }

    /**
     * Creates an empty user space.
     *
     * @param format     the machine's page-table format
     * @param memory     its physical memory and MMU
     * @param frames     where pages and page tables come from
     * @param kernelRoot physical address of the kernel's root table
     * @return the space, or null when no frame was free for its root table
     * @throws IllegalStateException when the kernel maps something in the user half, which a user
     *                               space would not share
     */
    public static UserSpace create(PageTableFormat format, PhysicalMemory memory, FrameAllocator frames,
                                   long kernelRoot) {
        AddressSpace space = AddressSpace.create(format, memory, frames, kernelRoot);
        if (space == null) {
            return null;
        }
        if (!space.sharesEveryKernelMapping(kernelRoot)) {
            space.destroy();
            throw new IllegalStateException("the kernel maps pages in the user half, from 0x"
                    + Long.toHexString(space.userStart()) + " to 0x" + Long.toHexString(space.userEnd()));
        }
        return new UserSpace(space, memory, frames, 1L << format.pageShift());
    }

    /** @return the lowest address a user page may have */
    @Override
    public long start() {
        return space.userStart();
    }

    /** @return the address after the highest user page */
    @Override
    public long end() {
        return space.userEnd();
    }

    /** @return physical address of the root table, for the machine's switch of address spaces; 0 once destroyed */
    @Override
    public long root() {
        return space.root();
    }

    /** @return whether the CPU translates through this space now */
    public boolean isActive() {
        return space.isActive();
    }

    /** Makes this space the CPU's current one. */
    @Override
    public void activate() {
        space.activate();
    }

    /**
     * Maps a new zeroed page for the program.
     *
     * @param virtual page address in the user half
     * @param flags   {@link PageFlags#WRITABLE} and {@link PageFlags#NO_EXECUTE} as wanted;
     *                {@link PageFlags#USER} and {@link PageFlags#PRESENT} are implied
     * @return {@link AddressSpace#OK}, or the status of {@link AddressSpace#map} ({@link AddressSpace#OUT_OF_MEMORY}
     *         also when no frame was left for the page itself); nothing is kept on failure
     */
    @Override
    public int allocate(long virtual, long flags) {
        long frame = frames.allocate();
        if (frame == FrameAllocator.OUT_OF_MEMORY) {
            return AddressSpace.OUT_OF_MEMORY;
        }
        memory.zero(frame, page);
        int status = space.map(virtual, frame, flags | PageFlags.USER);
        if (status != AddressSpace.OK) {
            frames.free(frame);
        }
        return status;
    }

    /**
     * Unmaps a page and gives its frame back, with the page tables it leaves empty.
     *
     * @param virtual page address in the user half
     * @return {@link AddressSpace#OK}, or {@link AddressSpace#NOT_PRESENT} when no page is mapped there
     */
    @Override
    public int release(long virtual) {
        long flags = space.flags(virtual);
        long frame = space.unmap(virtual);
        if (frame == AddressSpace.NOT_MAPPED) {
            return AddressSpace.NOT_PRESENT;
        }
        if ((flags & PageFlags.BORROWED) == 0) {
            frames.free(frame);
        }
        return AddressSpace.OK;
    }

    @Override
    public int mapBorrowed(long virtual, long physical, long flags) {
        if ((flags & PageFlags.WRITABLE) != 0) {
            return AddressSpace.BAD_FLAGS; // a lent frame is never written through this space
        }
        return space.map(virtual, physical, flags | PageFlags.USER | PageFlags.BORROWED);
    }

    @Override
    public long mapBorrowedRun(long virtual, long physical, long pages, long flags) {
        if ((flags & PageFlags.WRITABLE) != 0) {
            return 0;
        }
        return space.mapRun(virtual, physical, pages, flags | PageFlags.USER | PageFlags.BORROWED);
    }

    @Override
    public int copyOnWrite(long virtual, long flags) {
        long page = virtual & -this.page;
        long current = space.flags(page);
        if (current == AddressSpace.NOT_MAPPED || (current & PageFlags.BORROWED) == 0) {
            return AddressSpace.NOT_PRESENT;
        }
        long frame = frames.allocate();
        if (frame == FrameAllocator.OUT_OF_MEMORY) {
            return AddressSpace.OUT_OF_MEMORY;
        }
        memory.copy(space.translate(page), frame, this.page);
        int status = space.remap(page, frame, (flags & ~PageFlags.BORROWED) | PageFlags.USER);
        if (status != AddressSpace.OK) {
            frames.free(frame);
        }
        return status;
    }

    /**
     * Copies bytes into the program's pages, through their frames.
     *
     * @param virtual where the first byte goes
     * @param bytes   what to copy
     * @return {@link AddressSpace#OK}; {@link AddressSpace#BAD_ADDRESS} when the range leaves the user
     *         half, {@link AddressSpace#NOT_PRESENT} when a page of it is not mapped (nothing is
     *         written then)
     */
    @Override
    public int write(long virtual, byte[] bytes) {
        return write(virtual, bytes, 0, bytes.length);
    }

    @Override
    public int write(long virtual, byte[] bytes, int offset, int length) {
        long end = virtual + length;
        if (offset < 0 || length < 0 || offset > bytes.length - length) {
            return AddressSpace.BAD_ADDRESS;
        }
        if (!space.isUserAddress(virtual) || end < virtual || end > space.userEnd()) {
            return AddressSpace.BAD_ADDRESS;
        }
        for (long at = virtual & -page; at < end; at += page) {
            if (space.translate(at) == AddressSpace.NOT_MAPPED) {
                return AddressSpace.NOT_PRESENT;
            }
        }
        // One walk per page, then the page's part in one move.
        int i = 0;
        while (i < length) {
            long at = virtual + i;
            int inPage = (int) Math.min(length - i, page - (at & (page - 1)));
            memory.write(space.translate(at), bytes, offset + i, inPage);
            i += inPage;
        }
        return AddressSpace.OK;
    }

    /**
     * Stores one 64-bit word in the program's memory, through its frame.
     *
     * @param virtual an 8-byte aligned address in the user half
     * @param value   the word
     * @return {@link AddressSpace#OK}, {@link AddressSpace#BAD_ADDRESS} for an unaligned or non-user
     *         address, or {@link AddressSpace#NOT_PRESENT}
     */
    public int write64(long virtual, long value) {
        if ((virtual & (PageTableWalker.ENTRY_BYTES - 1)) != 0 || !space.isUserAddress(virtual)) {
            return AddressSpace.BAD_ADDRESS;
        }
        long physical = space.translate(virtual);
        if (physical == AddressSpace.NOT_MAPPED) {
            return AddressSpace.NOT_PRESENT;
        }
        memory.write64(physical, value);
        return AddressSpace.OK;
    }

    /**
     * @param virtual any address
     * @return the generic flags of its page, or {@link AddressSpace#NOT_MAPPED}
     */
    @Override
    public long flags(long virtual) {
        return space.flags(virtual);
    }

    /**
     * Gives back every page, every page table and the root. The space must not be active; afterwards
     * it must not be used.
     *
     * @return the number of frames given back, or -1 when the space is active or destroyed already
     *         (nothing changes then)
     */
    @Override
    public int destroy() {
        return space.destroyWithPages();
    }
}
