/**
 * A boot job that checks the kernel's bulk memory operations ({@code Magic.copy}, {@code zero},
 * {@code copyToArray}, {@code copyFromArray}, {@code leadingZeroWords}) against plain loads and
 * stores, inside the machine, where the compiler turns them into string instructions.
 */
@AllowsMagic
package dev.moka.assembler.boot.memory;

import dev.moka.kernel.api.magic.AllowsMagic;
