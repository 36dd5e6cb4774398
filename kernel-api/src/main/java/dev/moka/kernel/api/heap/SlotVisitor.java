package dev.moka.kernel.api.heap;

/** Receives the addresses of reference slots: static fields, frame slots, or fields and elements of objects. */
@FunctionalInterface
public interface SlotVisitor {
    /** @param slot the address of a slot holding a reference (0 for null, else an object's address) */
    void visit(long slot);
}
