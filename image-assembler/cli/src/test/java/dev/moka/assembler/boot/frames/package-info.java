/**
 * Frame allocators compiled into test kernels to look at the real allocators from inside the machine:
 * one reads the time-stamp counter around {@code init} (under {@code qemu -icount shift=0} it counts
 * guest instructions), one touches every frame it is given before the kernel uses it.
 */
@AllowsMagic
package dev.moka.assembler.boot.frames;

import dev.moka.kernel.api.magic.AllowsMagic;
