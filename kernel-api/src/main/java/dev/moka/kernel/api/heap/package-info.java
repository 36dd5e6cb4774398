/**
 * The heap plan SPI and the view of compiled objects that plans are written against, in the spirit
 * of MMTk's split between a plan (the collection algorithm) and the VM binding (object model,
 * scanning). The kernel's side (the heap entry, roots, statistics) is {@code dev.moka.kernel.core.heap}.
 *
 * <p>Invariants: plan code runs while the mutator is stopped in an allocation and must not allocate
 * Java objects itself; everything here works on raw addresses.
 */
@AllowsMagic
package dev.moka.kernel.api.heap;

import dev.moka.kernel.api.magic.AllowsMagic;
