/**
 * The heap plan SPI and the view of compiled objects and roots that plans are written against, in
 * the spirit of MMTk's split between a plan (the collection algorithm) and the VM binding (object
 * model, scanning).
 *
 * <p>Compiled code allocates by bumping a pointer through a region the plan hands out
 * ({@link Heap#setBumpRegion}); when the region is exhausted (or empty, for plans that use free
 * lists) it calls {@link Heap#allocateObject} or {@link Heap#allocateArray}, which ask the plan
 * ({@link HeapPlan#allocate}). A plan finds its roots through {@link Roots} and the references inside
 * objects through {@link ObjectModel}; both hand out the <em>addresses</em> of reference slots, so a
 * moving plan can update them.
 *
 * <p>Invariants: plan code runs while the mutator is stopped in an allocation and must not allocate
 * Java objects itself; everything here works on raw addresses and runs only in compiled images (on
 * the JVM the JVM's own collector manages the heap).
 */
@AllowsMagic
package dev.moka.kernel.api.heap;

import dev.moka.kernel.api.magic.AllowsMagic;
