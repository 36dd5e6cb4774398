package dev.moka.kernel.api.heap;

import dev.moka.kernel.api.magic.Magic;

/**
 * The layout of compiled objects, as a plan sees it. An object starts with two header words: its
 * class record's address, then a status word whose low bit is free for a plan's mark; the rest is
 * the object's monitor lock, which a plan must leave alone (and copy, if it moves the object). An array's length follows at byte 16 and its elements at byte 24. A class
 * record holds, at fixed offsets, the instance size, flags (bit 0: an array class), the element
 * size, the element class (non-zero for arrays of references) and the offsets of reference fields.
 */
public final class ObjectModel {
    /** Offset of the status word. */
    public static final long STATUS = 8;
    /** Offset of an array's length. */
    public static final long ARRAY_LENGTH = 16;
    /** Offset of an array's first element. */
    public static final long ARRAY_BASE = 24;
    /** The smallest object: the two header words. */
    public static final long MIN_SIZE = 16;

    private static final long CI_SIZE = 0;
    private static final long CI_FLAGS = 4;
    private static final long CI_ELEMENT_SIZE = 12;
    private static final long CI_ELEMENT = 48;
    private static final long CI_REFERENCE_MAP = 72;
    private static final int FLAG_ARRAY = 1;

    private ObjectModel() {
    }

    /** @param classInfo a class record (not an array class) @return its instances' size in bytes */
    public static long instanceSize(long classInfo) {
        return Magic.load32(classInfo + CI_SIZE);
    }

    /** @param classInfo an array class record @param length a length @return the array's size in bytes */
    public static long arraySize(long classInfo, int length) {
        return (ARRAY_BASE + (long) length * Magic.load32(classInfo + CI_ELEMENT_SIZE) + 7) & ~7L;
    }

    /** @param object an object's address @return its class record */
    public static long classOf(long object) {
        return Magic.load64(object);
    }

    /** @param object an object's address @return its size in bytes */
    public static long sizeOf(long object) {
        long classInfo = classOf(object);
        if (isArrayClass(classInfo)) {
            return arraySize(classInfo, Magic.load32(object + ARRAY_LENGTH));
        }
        return instanceSize(classInfo);
    }

    /** @param classInfo a class record @return whether it describes arrays */
    public static boolean isArrayClass(long classInfo) {
        return (Magic.load32(classInfo + CI_FLAGS) & FLAG_ARRAY) != 0;
    }

    /**
     * Visits the address of every reference slot of an object: its reference fields, or the
     * elements of an array of references.
     *
     * @param object  an object's address
     * @param visitor receives each slot's address
     */
    public static void visitReferences(long object, SlotVisitor visitor) {
        long classInfo = classOf(object);
        if (isArrayClass(classInfo)) {
            if (Magic.load64(classInfo + CI_ELEMENT) != 0) {
                int length = Magic.load32(object + ARRAY_LENGTH);
                for (int i = 0; i < length; i++) {
                    visitor.visit(object + ARRAY_BASE + 8L * i);
                }
            }
            return;
        }
        long map = Magic.load64(classInfo + CI_REFERENCE_MAP);
        if (map != 0) {
            int n = Magic.load32(map);
            for (int i = 0; i < n; i++) {
                visitor.visit(object + Magic.load32(map + 4 + 4L * i));
            }
        }
    }

    /** @param classInfo a class record of arrays @return whether the arrays' elements are references */
    public static boolean hasReferenceElements(long classInfo) {
        return Magic.load64(classInfo + CI_ELEMENT) != 0;
    }

    /**
     * For a plan's own walk over an object's references, where {@link #visitReferences} would cost a
     * visitor call per slot.
     *
     * @param classInfo a class record of instances
     * @return its reference map: an int count, then the int offset of each reference field; 0 when
     *         the class has no reference fields
     */
    public static long referenceMap(long classInfo) {
        return Magic.load64(classInfo + CI_REFERENCE_MAP);
    }

    /** @param object an object's address @return whether the plan's mark bit is set */
    public static boolean isMarked(long object) {
        return (Magic.load64(object + STATUS) & 1) != 0;
    }

    /** @param object an object's address @param marked the new state of the plan's mark bit */
    public static void setMarked(long object, boolean marked) {
        long status = Magic.load64(object + STATUS);
        Magic.store64(object + STATUS, marked ? status | 1 : status & ~1L);
    }
}
