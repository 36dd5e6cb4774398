/**
 * Memory-management SPIs: physical frame allocation, the page-table format and physical-memory
 * window an arch pack offers to generic paging code ({@link dev.moka.kernel.api.mm.PageTableFormat},
 * {@link dev.moka.kernel.api.mm.PhysicalMemory}), the generic attributes of a mapping
 * ({@link dev.moka.kernel.api.mm.PageFlags}), and the boot check of paging.
 */
package dev.moka.kernel.api.mm;
