package dev.moka.kernel.mm.paging;

import dev.moka.kernel.api.mm.FrameAllocator;
import dev.moka.kernel.api.mm.PageTableFormat;
import dev.moka.kernel.api.mm.PagingCheck;
import dev.moka.kernel.api.mm.PagingProvider;
import dev.moka.kernel.api.mm.PhysicalMemory;
import dev.moka.kernel.api.mm.StackSpace;
import dev.moka.kernel.api.mm.UserAddressSpace;
import dev.moka.kernel.mm.paging.check.AddressSpaceCheck;

/**
 * Gives images the paging built on {@link AddressSpace}, for any machine's format: the boot check
 * ({@link AddressSpaceCheck}) and kernel-thread stacks mapped through a kernel window
 * ({@link WindowStackSpace}), and user programs' spaces ({@link UserSpace}). The image linker finds it
 * as this module's {@link PagingProvider}.
 */
public final class AddressSpacePaging implements PagingProvider {
    @Override
    public PagingCheck newCheck(PageTableFormat format, PhysicalMemory memory) {
        return new AddressSpaceCheck(format, memory);
    }

    @Override
    public StackSpace newStackSpace(PageTableFormat format, PhysicalMemory memory, FrameAllocator frames, long start,
                                    long end) {
        return WindowStackSpace.create(format, memory, frames, start, end);
    }

    @Override
    public UserAddressSpace newUserSpace(PageTableFormat format, PhysicalMemory memory, FrameAllocator frames,
                                         long kernelRoot) {
        return UserSpace.create(format, memory, frames, kernelRoot);
    }
}
