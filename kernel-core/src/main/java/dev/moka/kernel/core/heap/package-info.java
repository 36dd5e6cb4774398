/**
 * The heap entry compiled code allocates through, and the roots and statistics the heap plans use:
 * the kernel's half of the split between a heap plan (the collection algorithm, behind
 * {@link dev.moka.kernel.api.heap.HeapPlan}) and the runtime that hosts it.
 *
 * <p>Compiled code allocates by bumping a pointer through a region the plan hands out
 * ({@link Heap#setBumpRegion}); when the region is exhausted (or empty, for plans that use free
 * lists) it calls {@link Heap#allocateObject} or {@link Heap#allocateArray}, which ask the plan. A
 * plan finds its roots through {@link Roots} and the references inside objects through
 * {@link dev.moka.kernel.api.heap.ObjectModel}; both hand out the <em>addresses</em> of reference
 * slots, so a moving plan can update them.
 *
 * <p>Invariants: plan code runs while the mutator is stopped in an allocation and must not allocate
 * Java objects itself; everything here works on raw addresses and runs only in compiled images (on
 * the JVM the JVM's own collector manages the heap).
 */
@AllowsMagic
package dev.moka.kernel.core.heap;

import dev.moka.kernel.api.magic.AllowsMagic;
