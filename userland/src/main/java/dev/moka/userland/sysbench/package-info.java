/**
 * {@code sysbench}: figures of the kernel's paths in guest instructions. The package may use
 * {@code Magic} for one thing, reading the time-stamp counter ({@code rdtsc}, which ring 3 may run),
 * because under {@code qemu -icount shift=0} it counts guest instructions exactly.
 */
@AllowsMagic
package dev.moka.userland.sysbench;

import dev.moka.kernel.api.magic.AllowsMagic;
