/**
 * Memory-management SPIs: physical frame allocation, the page-table format and physical-memory
 * window an arch pack offers to generic paging code ({@link dev.moka.kernel.api.mm.PageTableFormat},
 * {@link dev.moka.kernel.api.mm.PhysicalMemory}), the generic attributes of a mapping
 * ({@link dev.moka.kernel.api.mm.PageFlags}), and what the image's generic paging code makes for the
 * machine ({@link dev.moka.kernel.api.mm.PagingProvider}): the boot check of paging and the memory
 * of kernel-thread stacks ({@link dev.moka.kernel.api.mm.StackSpace}).
 */
package dev.moka.kernel.api.mm;
