package dev.moka.kernel.mm.paging.check;

import dev.moka.kernel.api.magic.Magic;
import dev.moka.kernel.api.mm.FrameAllocator;
import dev.moka.kernel.api.mm.PageFlags;
import dev.moka.kernel.api.mm.PageTableFormat;
import dev.moka.kernel.api.mm.PagingCheck;
import dev.moka.kernel.api.mm.PhysicalMemory;
import dev.moka.kernel.mm.paging.AddressSpace;
import dev.moka.kernel.mm.paging.PageTableWalker;

/**
 * The boot check of paging on the machine itself, for any {@link PageTableFormat}: builds an address
 * space beside the boot tables, maps three frames in the middle of the user half, switches to it,
 * writes and reads through the new mappings (and, through the arch pack's physical-memory window,
 * the frames behind them), unmaps and protects, switches back to the boot tables and gives every
 * frame back. Any difference from what the tables promise, or a page fault, stops the boot.
 *
 * <p>On x86_64 the pages are {@code 0x4000_0000_0000} (PML4 slot 128), the page after it, and one
 * 1 GiB further, under another page directory.
 */
public final class AddressSpaceCheck implements PagingCheck {
    private static final long PATTERN = 0x6D6F_6B61_0000_0000L;
    /** Where in a page the check writes. */
    private static final long SLOT = 8;

    private final PageTableFormat format;
    private final PhysicalMemory memory;
    private final PageTableWalker walker;

    /**
     * @param format the layout of the machine's page tables
     * @param memory the MMU and physical memory the check drives
     * @throws IllegalArgumentException when the format's tables or pages are not one frame each
     */
    public AddressSpaceCheck(PageTableFormat format, PhysicalMemory memory) {
        this.format = format;
        this.memory = memory;
        this.walker = new PageTableWalker(format, memory);
    }

    /**
     * @return the pages the check maps: two neighbours in the middle of the user half, and one a
     *         whole entry of the level below the root further, so that it needs tables of its own
     */
    public long[] pages() {
        long base = 1L << (walker.virtualBits() - 2);
        long far = walker.levels() > 2 ? walker.bytesPerEntry(walker.levels() - 1) : 2 * walker.pageSize();
        return new long[] {base, base + walker.pageSize(), base + far};
    }

    @Override
    public String run(FrameAllocator frames) {
        long freeBefore = frames.freeFrames();
        long bootRoot = memory.activeRoot();
        AddressSpace space = AddressSpace.create(format, memory, frames, bootRoot);
        if (space == null) {
            return "no frame for a root table";
        }
        long[] pages = pages();
        long[] data = new long[pages.length];
        String failure = mapAll(space, frames, pages, data, bootRoot);
        if (failure == null) {
            space.activate();
            failure = touch(space, pages, data);
            memory.activate(bootRoot);
            if (failure == null && memory.activeRoot() != bootRoot) {
                failure = "boot tables not active again";
            }
        }
        failure = release(space, frames, pages, data, failure);
        if (failure == null && frames.freeFrames() != freeBefore) {
            failure = "free frames " + frames.freeFrames() + ", was " + freeBefore;
        }
        return failure;
    }

    private String mapAll(AddressSpace space, FrameAllocator frames, long[] pages, long[] data, long bootRoot) {
        for (int i = 0; i < pages.length; i++) {
            data[i] = frames.allocate();
            if (data[i] == FrameAllocator.OUT_OF_MEMORY) {
                return "out of frames";
            }
            int status = space.map(pages[i], data[i], PageFlags.WRITABLE | PageFlags.NO_EXECUTE);
            if (status != AddressSpace.OK) {
                return "map " + Long.toHexString(pages[i]) + " status " + status;
            }
            if (space.translate(pages[i] + 0x18) != data[i] + 0x18) {
                return "translate " + Long.toHexString(pages[i]) + " gave " + Long.toHexString(space.translate(pages[i]));
            }
            // The kernel half is shared: wherever the boot tables show a frame, the new space does too.
            if (space.translate(data[i]) != walker.translate(bootRoot, data[i])) {
                return "kernel half not shared";
            }
        }
        return null;
    }

    /** Runs on the new tables: every access here goes through them. */
    private String touch(AddressSpace space, long[] pages, long[] data) {
        for (int i = 0; i < pages.length; i++) {
            Magic.store64(pages[i] + SLOT, PATTERN + i);
        }
        for (int i = 0; i < pages.length; i++) {
            long value = Magic.load64(pages[i] + SLOT);
            if (value != PATTERN + i) {
                return "read " + Long.toHexString(value) + " at " + Long.toHexString(pages[i] + SLOT);
            }
            if (memory.read64(data[i] + SLOT) != PATTERN + i) {
                return "frame " + Long.toHexString(data[i]) + " does not hold what its page was given";
            }
        }
        if (space.unmap(pages[1]) != data[1]) {
            return "unmap " + Long.toHexString(pages[1]) + " returned another frame";
        }
        if (space.translate(pages[1]) != AddressSpace.NOT_MAPPED || space.unmap(pages[1]) != AddressSpace.NOT_MAPPED) {
            return "page " + Long.toHexString(pages[1]) + " still mapped after unmap";
        }
        if (space.protect(pages[0], PageFlags.NO_EXECUTE) != AddressSpace.OK
                || space.flags(pages[0]) != (PageFlags.PRESENT | PageFlags.NO_EXECUTE)) {
            return "protect " + Long.toHexString(pages[0]) + " left flags " + PageFlags.describe(space.flags(pages[0]));
        }
        if (Magic.load64(pages[0] + SLOT) != PATTERN) {
            return "read-only page lost its contents";
        }
        return null;
    }

    private static String release(AddressSpace space, FrameAllocator frames, long[] pages, long[] data, String failure) {
        for (int i = 0; i < pages.length; i++) {
            space.unmap(pages[i]);
            if (data[i] != 0 && data[i] != FrameAllocator.OUT_OF_MEMORY) {
                frames.free(data[i]);
            }
        }
        if (space.destroy() < 0 && failure == null) {
            return "address space could not be destroyed";
        }
        return failure;
    }
}
