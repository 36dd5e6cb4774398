package dev.moka.kernel.core.heap;

import dev.moka.kernel.api.heap.SlotVisitor;

/**
 * The stacks a collection must scan besides the allocating thread's own: those of the suspended
 * kernel threads. Installed by the thread system with {@link Roots#setStacks}.
 */
public interface StackSet {
    /**
     * Visits the reference slots of every suspended thread's stack, through
     * {@link Roots#visitSavedContext}.
     *
     * @param precise   receives slots known to hold references
     * @param ambiguous receives words that may hold references (interrupted frames)
     */
    void visitSuspended(SlotVisitor precise, SlotVisitor ambiguous);
}
