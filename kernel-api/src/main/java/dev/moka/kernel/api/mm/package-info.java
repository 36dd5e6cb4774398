/** Memory-management SPIs: physical frame allocation, physical memory and the MMU, kernel-stack memory. */
package dev.moka.kernel.api.mm;
