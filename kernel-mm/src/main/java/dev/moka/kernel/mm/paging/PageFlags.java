package dev.moka.kernel.mm.paging;

/**
 * Bits of an x86_64 page-table entry (the same layout at every level; {@link #HUGE} only means
 * something in the directory levels). The physical frame sits in bits 12..51 ({@link #ADDRESS_MASK}).
 */
public final class PageFlags {
    /** The entry is valid; without it the CPU ignores every other bit. */
    public static final long PRESENT = 1L;
    /** Writes are allowed (kernel writes too, since the boot code sets CR0.WP). */
    public static final long WRITABLE = 1L << 1;
    /** Ring 3 may access the page. */
    public static final long USER = 1L << 2;
    /** Write-through caching. */
    public static final long WRITE_THROUGH = 1L << 3;
    /** Caching disabled, for device memory. */
    public static final long CACHE_DISABLE = 1L << 4;
    /** Set by the CPU when the entry was used for a translation. */
    public static final long ACCESSED = 1L << 5;
    /** Set by the CPU when the page was written. */
    public static final long DIRTY = 1L << 6;
    /** In a directory entry: maps a 2 MiB (PD) or 1 GiB (PDPT) page instead of pointing to a table. */
    public static final long HUGE = 1L << 7;
    /** The translation survives CR3 loads (needs CR4.PGE). */
    public static final long GLOBAL = 1L << 8;
    /** Instruction fetches fault (needs EFER.NXE, which the x86_64 boot code sets when the CPU has NX). */
    public static final long NO_EXECUTE = 1L << 63;

    /** Bits 12..51: the physical address of the frame or table an entry points to. */
    public static final long ADDRESS_MASK = 0x000F_FFFF_FFFF_F000L;

    /** The flags a caller may give a 4 KiB mapping; {@link #PRESENT} is added by the address space. */
    public static final long MAPPING_FLAGS = PRESENT | WRITABLE | USER | WRITE_THROUGH | CACHE_DISABLE | GLOBAL
            | NO_EXECUTE;

    /**
     * Flags of the intermediate tables an address space creates: the most permissive, so that a
     * leaf entry alone decides what its page allows.
     */
    public static final long TABLE_FLAGS = PRESENT | WRITABLE | USER;

    private PageFlags() {
    }

    /**
     * @param flags any combination of bits
     * @return whether every bit is one a mapping may carry
     */
    public static boolean areMappingFlags(long flags) {
        return (flags & ~MAPPING_FLAGS) == 0;
    }

    /**
     * @param flags flags of a mapping
     * @return a short description such as {@code present|writable|nx}, for messages
     */
    public static String describe(long flags) {
        StringBuilder text = new StringBuilder();
        append(text, flags, PRESENT, "present");
        append(text, flags, WRITABLE, "writable");
        append(text, flags, USER, "user");
        append(text, flags, WRITE_THROUGH, "write-through");
        append(text, flags, CACHE_DISABLE, "uncached");
        append(text, flags, GLOBAL, "global");
        append(text, flags, NO_EXECUTE, "nx");
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
