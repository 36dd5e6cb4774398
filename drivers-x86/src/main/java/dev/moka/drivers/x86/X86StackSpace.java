package dev.moka.drivers.x86;

import dev.moka.kernel.api.mm.FrameAllocator;
import dev.moka.kernel.api.mm.PhysicalMemory;
import dev.moka.kernel.api.mm.StackSpace;
import dev.moka.kernel.mm.paging.AddressSpace;
import dev.moka.kernel.mm.paging.PageFlags;

/**
 * The x86_64 range of kernel-thread stacks: {@value #SIZE_GIB} GiB at 256 GiB, under PML4 slot 0
 * beside the boot code's identity map of the low 4 GiB. Every address space shares slot 0's tables,
 * so a stack mapped here is seen in all of them, those made before included.
 *
 * <p>The stacks get a range of their own instead of the identity map because the identity map is
 * made of 2 MiB pages: a guard page there would mean splitting a large page for each stack, and a
 * stack would need its frames in a row. Here each page is mapped on its own, through a
 * {@link AddressSpace#kernelWindow} on the boot tables, writable and not executable, and every page
 * nobody mapped faults. The boot code's double-fault handler takes a fault in this range as a stack
 * overflow.
 */
public final class X86StackSpace implements StackSpace {
    /** First address: PDPT entry 256 of PML4 slot 0 (256 GiB). */
    public static final long START = 256L << 30;
    /** Size of the range in GiB: one page directory. */
    static final int SIZE_GIB = 1;
    /** The address after the range. */
    public static final long END = START + ((long) SIZE_GIB << 30);

    private final AddressSpace window;

    private X86StackSpace(AddressSpace window) {
        this.window = window;
    }

    /**
     * @param memory the MMU and physical memory; its active tables are the kernel's
     * @param frames where page tables come from
     * @return the stack space on the active tables, or null when they do not map PML4 slot 0
     */
    static X86StackSpace create(PhysicalMemory memory, FrameAllocator frames) {
        AddressSpace window = AddressSpace.kernelWindow(memory, frames, memory.activeRoot(), START, END);
        return window == null ? null : new X86StackSpace(window);
    }

    @Override
    public long start() {
        return START;
    }

    @Override
    public long end() {
        return END;
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
