package dev.moka.testkit.heap;

/**
 * What the kit knows of one object it allocated: where it is, its shape, what its data words hold
 * (derived from its id, so they need no storage) and what its reference slots point to.
 */
public final class HeapObject {
    private final long id;
    private final Shape shape;
    private final int length;
    private final long address;
    private final HeapObject[] references;

    HeapObject(long id, Shape shape, int length, long address) {
        this.id = id;
        this.shape = shape;
        this.length = length;
        this.address = address;
        this.references = new HeapObject[shape.references(length)];
    }

    /** @return where the plan put it */
    public long address() {
        return address;
    }

    /** @return its shape */
    public Shape shape() {
        return shape;
    }

    /** @return its array length, 0 for instances */
    public int length() {
        return length;
    }

    /** @return its size in bytes */
    public long size() {
        return shape.size(length);
    }

    /** @return how many reference slots it has */
    public int referenceCount() {
        return references.length;
    }

    HeapObject reference(int slot) {
        return references[slot];
    }

    void setReference(int slot, HeapObject target) {
        references[slot] = target;
    }

    /**
     * A recognisable, never-zero value for each data word, different for every object and word.
     *
     * @param index a data word
     * @return the value it must hold
     */
    long data(int index) {
        long z = id * 0x9E3779B97F4A7C15L + (index + 1) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 31)) * 0x94D049BB133111EBL;
        z ^= z >>> 29;
        return z == 0 ? 1 : z;
    }

    @Override
    public String toString() {
        return "#" + id + " " + shape + (shape.isArray() ? "[" + length + "]" : "") + " at 0x" + Long.toHexString(address);
    }
}
