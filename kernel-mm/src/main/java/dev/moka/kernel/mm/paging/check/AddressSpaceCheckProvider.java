package dev.moka.kernel.mm.paging.check;

import dev.moka.kernel.api.mm.PageTableFormat;
import dev.moka.kernel.api.mm.PagingCheck;
import dev.moka.kernel.api.mm.PagingCheckProvider;
import dev.moka.kernel.api.mm.PhysicalMemory;

/** Gives images the {@link AddressSpaceCheck}: the image linker finds it as this module's paging check. */
public final class AddressSpaceCheckProvider implements PagingCheckProvider {
    @Override
    public PagingCheck newCheck(PageTableFormat format, PhysicalMemory memory) {
        return new AddressSpaceCheck(format, memory);
    }
}
