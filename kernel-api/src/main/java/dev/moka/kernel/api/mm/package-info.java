/** Memory-management SPIs: physical frame allocation. */
package dev.moka.kernel.api.mm;
