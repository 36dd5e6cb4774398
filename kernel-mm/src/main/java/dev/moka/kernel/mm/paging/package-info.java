/**
 * Virtual memory: page-table trees of any {@link dev.moka.kernel.api.mm.PageTableFormat} as address
 * spaces that map, unmap, protect and translate pages; user programs' spaces, which own their pages
 * ({@link dev.moka.kernel.mm.paging.UserSpace}); kernel windows on the shared kernel half, on
 * which {@link dev.moka.kernel.mm.paging.WindowStackSpace} maps kernel-thread stacks; and
 * {@link dev.moka.kernel.mm.paging.AddressSpacePaging}, the module's
 * {@link dev.moka.kernel.api.mm.PagingProvider}, through which images get the boot check and the
 * stack space.
 *
 * <p>This is the policy and structure half, and it is generic: the arch pack supplies the format
 * (levels, index bits, how an entry encodes an address and the generic
 * {@link dev.moka.kernel.api.mm.PageFlags}) and the mechanism (reading and writing physical memory,
 * invalidating a translation, switching the root) through
 * {@link dev.moka.kernel.api.mm.PhysicalMemory}. So this package holds no architecture's bit values,
 * needs no magic, and runs as plain Java against any implementation of both, a simulated machine's
 * RAM or an array in a test.
 *
 * <p>Invariants: every address space shares the kernel half (the root table's first slot and its
 * upper half) with the kernel's tables and never writes below those slots, except a kernel window,
 * which writes below one shared slot within its own range only and never frees the table the slot
 * points at; every page table it owns was zeroed before use and is freed when it becomes empty or
 * the space is destroyed; a present entry of the active space (of every space, for a window) is never
 * changed or removed without invalidating its page.
 *
 * <p>This is kernel code compiled by Moka's own compiler: no {@code java.util}, no lambdas; errors
 * are return values.
 */
package dev.moka.kernel.mm.paging;
