package dev.moka.drivers.x86;

import dev.moka.kernel.api.magic.Magic;
import dev.moka.kernel.api.mm.FrameAllocator;
import dev.moka.kernel.api.mm.PagingCheck;
import dev.moka.kernel.api.mm.PhysicalMemory;
import dev.moka.kernel.mm.paging.AddressSpace;
import dev.moka.kernel.mm.paging.PageFlags;

/**
 * The boot check of paging on the machine itself: builds an address space beside the boot tables,
 * maps three frames far above the identity map, switches to it, writes and reads through the new
 * mappings (and, through the shared identity map, the frames behind them), unmaps, switches back to
 * the boot tables and gives every frame back. Any difference from what the tables promise, or a
 * page fault, stops the boot.
 */
public final class X86PagingCheck implements PagingCheck {
    /** Where the check maps its pages: PML4 slot 128, far from the kernel's identity map. */
    public static final long BASE = 0x0000_4000_0000_0000L;
    /** Page addresses the check maps: two neighbours and one in another page directory. */
    static final long[] PAGES = {BASE, BASE + 0x1000, BASE + (1L << 30)};
    /** The 1 MiB mark, where the kernel image is loaded: identity-mapped in every address space. */
    private static final long KERNEL_IMAGE = 0x100000;
    private static final long PATTERN = 0x6D6F_6B61_0000_0000L;

    private final PhysicalMemory memory;

    /** @param memory the MMU and physical memory the check drives */
    public X86PagingCheck(PhysicalMemory memory) {
        this.memory = memory;
    }

    @Override
    public String run(FrameAllocator frames) {
        long freeBefore = frames.freeFrames();
        long bootRoot = memory.activeRoot();
        AddressSpace space = AddressSpace.create(memory, frames, bootRoot);
        if (space == null) {
            return "no frame for a PML4";
        }
        long[] data = new long[PAGES.length];
        String failure = mapAll(space, frames, data);
        if (failure == null) {
            space.activate();
            failure = touch(space, data);
            memory.activate(bootRoot);
            if (failure == null && memory.activeRoot() != bootRoot) {
                failure = "boot tables not active again";
            }
        }
        failure = release(space, frames, data, failure);
        if (failure == null && frames.freeFrames() != freeBefore) {
            failure = "free frames " + frames.freeFrames() + ", was " + freeBefore;
        }
        return failure;
    }

    private static String mapAll(AddressSpace space, FrameAllocator frames, long[] data) {
        for (int i = 0; i < PAGES.length; i++) {
            data[i] = frames.allocate();
            if (data[i] == FrameAllocator.OUT_OF_MEMORY) {
                return "out of frames";
            }
            int status = space.map(PAGES[i], data[i], PageFlags.WRITABLE | PageFlags.NO_EXECUTE);
            if (status != AddressSpace.OK) {
                return "map " + Long.toHexString(PAGES[i]) + " status " + status;
            }
            if (space.translate(PAGES[i] + 0x18) != data[i] + 0x18) {
                return "translate " + Long.toHexString(PAGES[i]) + " gave " + Long.toHexString(space.translate(PAGES[i]));
            }
        }
        if (space.translate(KERNEL_IMAGE) != KERNEL_IMAGE) {
            return "kernel half not shared";
        }
        return null;
    }

    /** Runs on the new tables: every access here goes through them. */
    private static String touch(AddressSpace space, long[] data) {
        for (int i = 0; i < PAGES.length; i++) {
            Magic.store64(PAGES[i] + 8, PATTERN + i);
        }
        for (int i = 0; i < PAGES.length; i++) {
            long value = Magic.load64(PAGES[i] + 8);
            if (value != PATTERN + i) {
                return "read " + Long.toHexString(value) + " at " + Long.toHexString(PAGES[i] + 8);
            }
            // The identity map is shared, so the frame is also visible at its physical address.
            if (Magic.load64(data[i] + 8) != PATTERN + i) {
                return "frame " + Long.toHexString(data[i]) + " does not hold what its page was given";
            }
        }
        if (space.unmap(PAGES[1]) != data[1]) {
            return "unmap " + Long.toHexString(PAGES[1]) + " returned another frame";
        }
        if (space.translate(PAGES[1]) != AddressSpace.NOT_MAPPED || space.unmap(PAGES[1]) != AddressSpace.NOT_MAPPED) {
            return "page " + Long.toHexString(PAGES[1]) + " still mapped after unmap";
        }
        if (space.protect(PAGES[0], PageFlags.NO_EXECUTE) != AddressSpace.OK
                || space.flags(PAGES[0]) != (PageFlags.PRESENT | PageFlags.NO_EXECUTE)) {
            return "protect " + Long.toHexString(PAGES[0]) + " left flags " + PageFlags.describe(space.flags(PAGES[0]));
        }
        if (Magic.load64(PAGES[0] + 8) != PATTERN) {
            return "read-only page lost its contents";
        }
        return null;
    }

    private static String release(AddressSpace space, FrameAllocator frames, long[] data, String failure) {
        for (int i = 0; i < PAGES.length; i++) {
            space.unmap(PAGES[i]);
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
