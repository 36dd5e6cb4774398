/**
 * Java monitors for compiled code ({@code synchronized}, {@code Object.wait/notify}): lock words in
 * the object header for the uncontended case, inflated records with an entry queue and a wait set
 * for the rest, and parking through whatever thread layer is attached.
 *
 * <p>Invariants: a monitor's state changes only by one compare-and-set of its lock word or while
 * preemption is masked; the record table holds thread ids and record numbers, never references or
 * addresses, so a collector has nothing to scan or fix up in it and may move the objects whose
 * headers point into it; ownership is handed to the longest waiting thread, which is then only
 * woken, never left to race for the monitor again.
 */
@AllowsMagic
package dev.moka.kernel.core.sync;

import dev.moka.kernel.api.magic.AllowsMagic;
