/**
 * Virtual memory: x86_64 4-level page tables as address spaces that map, unmap, protect and
 * translate 4 KiB pages.
 *
 * <p>This is the policy and structure half; the mechanism (reading and writing physical memory,
 * {@code invlpg}, loading CR3) comes from the arch pack through
 * {@link dev.moka.kernel.api.mm.PhysicalMemory}, so this package needs no magic and runs as plain
 * Java against any implementation of it, a simulated machine's RAM or an array in a test.
 *
 * <p>Invariants: every address space shares the kernel half (PML4 slots 0 and 256..511) with the
 * kernel's tables and never writes below those slots; every page table it owns was zeroed before
 * use and is freed when it becomes empty or the space is destroyed; a present entry of the active
 * space is never changed or removed without invalidating its page.
 *
 * <p>This is kernel code compiled by Moka's own compiler: no {@code java.util}, no lambdas; errors
 * are return values.
 */
package dev.moka.kernel.mm.paging;
