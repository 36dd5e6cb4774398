package dev.moka.testkit.heap;

/**
 * The kinds of object the kit's mutator makes, each described to the plan by a class record in the
 * layout {@link dev.moka.kernel.api.heap.ObjectModel} reads: plain instances with and without
 * reference fields, arrays of longs and arrays of references. Every object has the two header words;
 * the kit fills its data words with values it can recognise later.
 */
public enum Shape {
    /** An instance of 32 bytes: the header and two data words. */
    LEAF(false, 32, 0),
    /** An instance of 48 bytes: the header, two reference fields, two data words. */
    PAIR(false, 48, 2),
    /** An array of longs: the header, the length, the elements as data. */
    LONGS(true, 0, 0),
    /** An array of references: the header, the length, the elements as references. */
    REFS(true, 0, 0);

    /** Bytes of a class record, in the layout the object model reads. */
    static final long RECORD_BYTES = 80;
    static final long RECORD_SIZE = 0;
    static final long RECORD_FLAGS = 4;
    static final long RECORD_ELEMENT_SIZE = 12;
    static final long RECORD_ELEMENT = 48;
    static final long RECORD_REFERENCE_MAP = 72;
    static final int FLAG_ARRAY = 1;

    private static final long HEADER = 16;
    private static final long ARRAY_BASE = 24;

    private final boolean array;
    private final long instanceBytes;
    private final int referenceFields;

    Shape(boolean array, long instanceBytes, int referenceFields) {
        this.array = array;
        this.instanceBytes = instanceBytes;
        this.referenceFields = referenceFields;
    }

    /** @return whether objects of this shape are arrays */
    public boolean isArray() {
        return array;
    }

    /** @param length the array length, ignored for instances @return the object's size in bytes */
    public long size(int length) {
        return array ? ARRAY_BASE + 8L * length : instanceBytes;
    }

    /** @param length the array length, ignored for instances @return how many reference slots it has */
    public int references(int length) {
        return this == REFS ? length : referenceFields;
    }

    /** @param index a reference slot @return its offset in the object */
    public long referenceOffset(int index) {
        return array ? ARRAY_BASE + 8L * index : HEADER + 8L * index;
    }

    /** @param length the array length, ignored for instances @return how many data words it has */
    public int dataWords(int length) {
        return switch (this) {
            case LEAF, PAIR -> 2;
            case LONGS -> length;
            case REFS -> 0;
        };
    }

    /** @param index a data word @return its offset in the object */
    public long dataOffset(int index) {
        return array ? ARRAY_BASE + 8L * index : HEADER + 8L * (referenceFields + index);
    }

    /**
     * Writes this shape's class record, and its reference map after it.
     *
     * @param memory  where
     * @param record  the record's address, 8-aligned, with room for {@link #recordBytes()}
     * @param element the class record of the elements, for {@link #REFS}
     */
    void writeRecord(SimulatedMemory memory, long record, long element) {
        for (long p = record; p < record + recordBytes(); p += 8) {
            memory.write64(p, 0);
        }
        memory.write32(record + RECORD_SIZE, (int) instanceBytes);
        memory.write32(record + RECORD_FLAGS, array ? FLAG_ARRAY : 0);
        memory.write32(record + RECORD_ELEMENT_SIZE, array ? 8 : 0);
        memory.write64(record + RECORD_ELEMENT, this == REFS ? element : 0);
        if (!array && referenceFields > 0) {
            long map = record + RECORD_BYTES;
            memory.write64(record + RECORD_REFERENCE_MAP, map);
            memory.write32(map, referenceFields);
            for (int i = 0; i < referenceFields; i++) {
                memory.write32(map + 4 + 4L * i, (int) referenceOffset(i));
            }
        }
    }

    /** @return bytes the class record and its reference map take, a multiple of 8 */
    long recordBytes() {
        return RECORD_BYTES + 8 + 8L * referenceFields;
    }
}
