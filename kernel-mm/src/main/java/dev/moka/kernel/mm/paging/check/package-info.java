/**
 * The boot check of paging on the machine itself: {@link dev.moka.kernel.mm.paging.check.AddressSpaceCheck}
 * builds an address space of the arch pack's page-table format, switches the MMU to it and touches its
 * pages, so a wrong format, a forgotten TLB invalidation or a broken root switch stops the boot. Images
 * get it through {@link dev.moka.kernel.mm.paging.AddressSpacePaging}, the module's
 * {@link dev.moka.kernel.api.mm.PagingProvider}.
 *
 * <p>Touching a virtual address is what the check is for, and only magic reaches one; the address
 * spaces themselves, in {@code dev.moka.kernel.mm.paging}, stay free of it.
 */
@AllowsMagic
package dev.moka.kernel.mm.paging.check;

import dev.moka.kernel.api.magic.AllowsMagic;
