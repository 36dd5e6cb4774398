package dev.moka.kernel.api.mm;

/**
 * Generic attributes of a page mapping, the same for every architecture. Generic paging code speaks
 * only these values; a {@link PageTableFormat} turns them into the bits of its own entries and back,
 * so none of these constants is the bit any CPU uses.
 */
public final class PageFlags {
    /** The entry is valid; without it the MMU ignores every other attribute. */
    public static final long PRESENT = 1L;
    /** Writes are allowed. */
    public static final long WRITABLE = 1L << 1;
    /** User mode may access the page. */
    public static final long USER = 1L << 2;
    /** Instruction fetches from the page fault. */
    public static final long NO_EXECUTE = 1L << 3;
    /** The page is not cached, for device memory. */
    public static final long UNCACHED = 1L << 4;
    /** The translation survives switches of the page-table root. */
    public static final long GLOBAL = 1L << 5;
    /** Above the lowest level: the entry maps a large page itself instead of pointing to a table. */
    public static final long HUGE = 1L << 6;

    /**
     * The frame belongs to someone else (the image's initfs, say) and is only lent to this mapping:
     * unmapping or destroying the space never gives it back. A bit the MMU ignores.
     */
    public static final long BORROWED = 1L << 7;

    /** The attributes a caller may give a page mapping; {@link #HUGE} is not among them. */
    public static final long MAPPING_FLAGS = PRESENT | WRITABLE | USER | NO_EXECUTE | UNCACHED | GLOBAL | BORROWED;

    private PageFlags() {
    }

    /**
     * @param flags any combination of bits
     * @return whether every bit is one a page mapping may carry
     */
    public static boolean areMappingFlags(long flags) {
        return (flags & ~MAPPING_FLAGS) == 0;
    }

    /**
     * @param flags generic flags
     * @return a short description such as {@code present|writable|nx}, for messages
     */
    public static String describe(long flags) {
        StringBuilder text = new StringBuilder();
        append(text, flags, PRESENT, "present");
        append(text, flags, WRITABLE, "writable");
        append(text, flags, USER, "user");
        append(text, flags, NO_EXECUTE, "nx");
        append(text, flags, UNCACHED, "uncached");
        append(text, flags, GLOBAL, "global");
        append(text, flags, HUGE, "huge");
        return text.length() == 0 ? "none" : text.toString();
    }

    private static void append(StringBuilder text, long flags, long bit, String name) {
        if ((flags & bit) != 0) {
            if (text.length() > 0) {
                text.append('|');
            }
            text.append(name);
        }
    }
}
