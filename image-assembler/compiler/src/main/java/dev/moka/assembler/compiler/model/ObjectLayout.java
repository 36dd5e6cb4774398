package dev.moka.assembler.compiler.model;

/**
 * The object model shared by the backend, the linker and the runtime: every object starts with a
 * pointer to its class's {@code ClassInfo} and a status word for the collector's mark bit and the
 * monitor lock; arrays add a 32-bit length (padded to 8) before their elements.
 */
public final class ObjectLayout {
    /** Offset of the class pointer in every object. */
    public static final int CLASS_OFFSET = 0;
    /** Offset of the status word: the collector's mark bit and the monitor lock. */
    public static final int STATUS_OFFSET = 8;
    /** Size of the object header; the first instance field starts here. */
    public static final int HEADER_SIZE = 16;
    /** Offset of an array's 32-bit length. */
    public static final int ARRAY_LENGTH_OFFSET = 16;
    /** Offset of an array's first element. */
    public static final int ARRAY_BASE = 24;

    /** ClassInfo: u32 instance size, u32 flags. */
    public static final int CI_SIZE = 0;
    /** ClassInfo: u32 flags (see FLAG_*). */
    public static final int CI_FLAGS = 4;
    /** ClassInfo: u32 depth in the class hierarchy (Object = 0). */
    public static final int CI_DEPTH = 8;
    /** ClassInfo: u32 element size for arrays. */
    public static final int CI_ELEMENT_SIZE = 12;
    /** ClassInfo: pointer to the display, the ClassInfo of each ancestor indexed by depth. */
    public static final int CI_DISPLAY = 16;
    /** ClassInfo: pointer to the bitset of implemented interface ids, or 0. */
    public static final int CI_INTERFACES = 24;
    /** ClassInfo: pointer to the interface method table indexed by selector, or 0. */
    public static final int CI_ITABLE = 32;
    /** ClassInfo: pointer to the class name as a String object. */
    public static final int CI_NAME = 40;
    /** ClassInfo: the element ClassInfo of an array class, or 0. */
    public static final int CI_ELEMENT = 48;
    /** ClassInfo: the superclass ClassInfo, or 0. */
    public static final int CI_SUPER = 56;
    /** ClassInfo: u32 type id. */
    public static final int CI_TYPE_ID = 64;
    /**
     * ClassInfo: pointer to the reference map, a 32-bit count followed by the 32-bit offsets of the
     * instance's reference fields (0 for a class with none); the collector scans objects with it.
     */
    public static final int CI_REFERENCE_MAP = 72;
    /** ClassInfo: the java.lang.Class object that describes the class. */
    public static final int CI_CLASS_OBJECT = 80;
    /** ClassInfo: the first virtual method table entry. */
    public static final int CI_VTABLE = 88;

    /** Flag: an array class. */
    public static final int FLAG_ARRAY = 1;
    /** Flag: an interface. */
    public static final int FLAG_INTERFACE = 2;

    private ObjectLayout() {
    }

    /** @param n a size @return n rounded up to a multiple of 8 */
    public static int align8(int n) {
        return (n + 7) & ~7;
    }
}
