package dev.moka.kernel.mm.paging;

import dev.moka.kernel.api.mm.FrameAllocator;
import dev.moka.kernel.api.mm.PageFlags;
import dev.moka.kernel.api.mm.PageTableFormat;
import dev.moka.kernel.api.mm.PhysicalMemory;
import dev.moka.kernel.api.mm.StackSpace;

/**
 * Kernel-thread stacks in the range the arch pack sets aside for them, on any machine: each page is
 * mapped on its own through a {@link AddressSpace#kernelWindow} on the kernel's tables, writable and
 * not executable, so every address space sees it, those made before included, and every page nobody
 * mapped faults. The arch pack states only where the range lies and reports a fault in it as a stack
 * overflow; which pages back a stack is the kernel's choice.
 *
 * <p>On x86_64 the range is 1 GiB at 256 GiB, under PML4 slot 0 beside the identity map of the low
 * 4 GiB: the identity map is made of 2 MiB pages, so a guard page there would mean splitting a large
 * page for each stack, and a stack would need its frames in a row.
 */
public final class WindowStackSpace implements StackSpace {
    private final AddressSpace window;
    private final long start;
    private final long end;

    private WindowStackSpace(AddressSpace window, long start, long end) {
        this.window = window;
        this.start = start;
        this.end = end;
    }

    /**
     * @param format the layout of the machine's page tables
     * @param memory the MMU and physical memory; its active tables are the kernel's
     * @param frames where page tables come from
     * @param start  first address of the range, page aligned
     * @param end    address after the range, page aligned
     * @return the stack space on the active tables, or null when the range is not inside one shared
     *         root slot whose table below exists (see {@link AddressSpace#kernelWindow})
     */
    public static WindowStackSpace create(PageTableFormat format, PhysicalMemory memory, FrameAllocator frames,
                                          long start, long end) {
        AddressSpace window = AddressSpace.kernelWindow(format, memory, frames, memory.activeRoot(), start, end);
        return window == null ? null : new WindowStackSpace(window, start, end);
    }

    @Override
    public long start() {
        return start;
    }

    @Override
    public long end() {
        return end;
    }

    @Override
    public boolean map(long virtual, long frame) {
        return window.map(virtual, frame, PageFlags.WRITABLE | PageFlags.NO_EXECUTE) == AddressSpace.OK;
    }

    @Override
    public long unmap(long virtual) {
        long frame = window.unmap(virtual);
        return frame == AddressSpace.NOT_MAPPED ? NOT_MAPPED : frame;
    }
}
