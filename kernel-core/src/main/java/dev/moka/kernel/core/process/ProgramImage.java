package dev.moka.kernel.core.process;

import dev.moka.kernel.api.mm.PageFlags;
import dev.moka.kernel.api.mm.UserAddressSpace;

/**
 * A user program made ready to run in its own address space: the executable's pages that hold bytes
 * of the file mapped and filled, a stack below the top of the user half with the arguments and
 * environment laid out as a System V process starts (argc, the argv pointers, null, the envp
 * pointers, null, an empty auxiliary vector, then the strings). The rest of each segment, zeros only
 * (the heap lies there), is mapped on first touch ({@link #mapOnDemand}), so a large heap costs
 * nothing until it is used. Everything it maps comes from the space and goes back with it.
 *
 * @param entry        the first instruction
 * @param stackPointer the initial stack pointer, at argc
 * @param zeroRanges   the page ranges mapped on first touch: start, end and page flags, three longs each
 */
public record ProgramImage(long entry, long stackPointer, long[] zeroRanges, long[] copyRanges) {
    /**
     * A program without borrowed pages.
     *
     * @param entry        where it starts
     * @param stackPointer its stack pointer at the start
     * @param zeroRanges   {@code start, end, flags} triples of memory mapped on first touch
     */
    public ProgramImage(long entry, long stackPointer, long[] zeroRanges) {
        this(entry, stackPointer, zeroRanges, new long[0]);
    }

    /** The page size of user spaces. */
    static final long PAGE = 4096;
    /** The stack of a program's main thread (the compiler's user target stops Java code 32 KiB above its end). */
    public static final long STACK_BYTES = 256 << 10;

    /**
     * Maps and fills {@code executable} in {@code space}.
     *
     * @param space      an empty user space, not active
     * @param executable the checked executable
     * @param file       its bytes
     * @param argv       the arguments, the program's name first
     * @param envp       the environment, {@code NAME=value}
     * @return the program, or null when the space ran out of frames (what was mapped stays in the
     *         space, which the caller destroys)
     */
    public static ProgramImage load(UserAddressSpace space, ElfExecutable executable, ByteSource file, String[] argv,
                                    String[] envp) {
        long[] zero = new long[3 * executable.segments().size() + 3];
        long[] copy = new long[3 * executable.segments().size()];
        int ranges = 0;
        int copies = 0;
        byte[] chunk = new byte[(int) PAGE];
        for (LoadSegment segment : executable.segments()) {
            long flags = (segment.writable() ? PageFlags.WRITABLE : 0) | (segment.executable() ? 0 : PageFlags.NO_EXECUTE);
            long filled = (segment.address() + segment.fileSize() + PAGE - 1) & -PAGE;
            long end = (segment.end() + PAGE - 1) & -PAGE;
            if (filled < end) {
                zero[ranges++] = filled;
                zero[ranges++] = end;
                zero[ranges++] = flags;
            }
            long borrowedEnd = borrow(space, segment, file, flags);
            if (borrowedEnd < 0) {
                return null;
            }
            if (borrowedEnd > segment.address() && segment.writable()) {
                copy[copies++] = segment.address();
                copy[copies++] = borrowedEnd;
                copy[copies++] = flags;
            }
            long copiedFrom = Math.max(borrowedEnd, segment.address());
            for (long page = copiedFrom & -PAGE; page < Math.min(filled, end); page += PAGE) {
                if (space.allocate(page, flags) != UserAddressSpace.OK) {
                    return null;
                }
            }
            for (long done = copiedFrom - segment.address(); done < segment.fileSize(); done += chunk.length) {
                int n = (int) Math.min(chunk.length, segment.fileSize() - done);
                file.copy(segment.fileOffset() + done, chunk, 0, n);
                if (space.write(segment.address() + done, chunk, 0, n) != UserAddressSpace.OK) {
                    return null;
                }
            }
        }
        long top = space.end() - PAGE; // an unmapped page above the stack
        // The arguments' pages are mapped now; the rest of the stack on first touch, like the heap.
        long eager = eagerStackBytes(argv, envp);
        zero[ranges++] = top - STACK_BYTES;
        zero[ranges++] = top - eager;
        zero[ranges++] = PageFlags.WRITABLE | PageFlags.NO_EXECUTE;
        for (long page = top - eager; page < top; page += PAGE) {
            if (space.allocate(page, PageFlags.WRITABLE | PageFlags.NO_EXECUTE) != UserAddressSpace.OK) {
                return null;
            }
        }
        long sp = layOutArguments(space, top, argv, envp);
        return sp == 0 ? null : new ProgramImage(executable.entry(), sp, java.util.Arrays.copyOf(zero, ranges),
                java.util.Arrays.copyOf(copy, copies));
    }

    /**
     * Maps the whole pages of a segment's file bytes straight from where the file lies in memory,
     * read-only, when it lies in memory that can be mapped and the segment's pages line up with the
     * file's: no copy at all for code, and a copy of a writable page only when it is first written
     * ({@link #copyOnWrite}). A page the file fills only in part is never lent: what follows the
     * file's bytes in memory is not the program's.
     *
     * @return the address up to which the segment is mapped so (its start when nothing is), or -1
     *         when the space ran out of frames for page tables
     */
    private static long borrow(UserAddressSpace space, LoadSegment segment, ByteSource file, long flags) {
        long start = segment.address();
        long physical = file.physicalAddress(segment.fileOffset());
        if (physical < 0 || (start & (PAGE - 1)) != 0 || (physical & (PAGE - 1)) != 0) {
            return start;
        }
        long whole = start + (segment.fileSize() & -PAGE);
        long pages = (whole - start) / PAGE;
        long mapped = space.mapBorrowedRun(start, physical, pages, flags & ~PageFlags.WRITABLE);
        return mapped == pages ? whole : mapped == 0 ? start : -1;
    }

    /**
     * The first write to a lent page of a writable segment: the page becomes a private copy.
     *
     * @param space   the program's space
     * @param address the address written
     * @return whether the address lies in a lent writable range and its page is the program's own now
     */
    public boolean copyOnWrite(UserAddressSpace space, long address) {
        for (int i = 0; i < copyRanges.length; i += 3) {
            if (address >= copyRanges[i] && address < copyRanges[i + 1]) {
                return space.copyOnWrite(address, copyRanges[i + 2]) == UserAddressSpace.OK;
            }
        }
        return false;
    }

    /**
     * Maps the page of a first touch of a zero range.
     *
     * @param space   the program's space
     * @param address the address the program touched
     * @return whether the address lies in a zero range and its page is mapped now
     */
    public boolean mapOnDemand(UserAddressSpace space, long address) {
        for (int i = 0; i < zeroRanges.length; i += 3) {
            if (address >= zeroRanges[i] && address < zeroRanges[i + 1]) {
                return space.allocate(address & -PAGE, zeroRanges[i + 2]) == UserAddressSpace.OK;
            }
        }
        return false;
    }

    /** @return the stack bytes mapped at the start: the arguments' and a page more, whole pages */
    private static long eagerStackBytes(String[] argv, String[] envp) {
        long bytes = 8L * (argv.length + envp.length + 4) + PAGE;
        for (String s : argv) {
            bytes += s.length() + 1;
        }
        for (String s : envp) {
            bytes += s.length() + 1;
        }
        return Math.min(STACK_BYTES, (bytes + 2 * PAGE - 1) & -PAGE);
    }

    /**
     * @param start the first address of a range
     * @param end   the address after it
     * @return whether a page of {@code [start, end)} belongs to a zero range, mapped or not yet
     */
    public boolean overlapsZeroRange(long start, long end) {
        for (int i = 0; i < zeroRanges.length; i += 3) {
            if (zeroRanges[i] < end && start < zeroRanges[i + 1]) {
                return true;
            }
        }
        return false;
    }

    /** Writes the strings at the top and the vectors below them; returns the stack pointer at argc, or 0. */
    private static long layOutArguments(UserAddressSpace space, long top, String[] argv, String[] envp) {
        int stringBytes = 0;
        for (String s : argv) {
            stringBytes += s.length() + 1;
        }
        for (String s : envp) {
            stringBytes += s.length() + 1;
        }
        long strings = (top - stringBytes) & -16L;
        int words = 1 + argv.length + 1 + envp.length + 1 + 2;
        long sp = (strings - 8L * words) & -16L;
        if (top - sp > STACK_BYTES / 2) {
            return 0;
        }
        byte[] area = new byte[(int) (top - sp)];
        int stringAt = (int) (strings - sp);
        int word = 0;
        putWord(area, word++, argv.length);
        for (String s : argv) {
            putWord(area, word++, sp + stringAt);
            stringAt = putString(area, stringAt, s);
        }
        putWord(area, word++, 0);
        for (String s : envp) {
            putWord(area, word++, sp + stringAt);
            stringAt = putString(area, stringAt, s);
        }
        putWord(area, word++, 0);
        putWord(area, word++, 0); // AT_NULL
        putWord(area, word, 0);
        return space.write(sp, area) == UserAddressSpace.OK ? sp : 0;
    }

    private static void putWord(byte[] area, int index, long value) {
        for (int i = 0; i < 8; i++) {
            area[index * 8 + i] = (byte) (value >>> (8 * i));
        }
    }

    /** Stores the string's chars as bytes (ASCII) and a NUL; returns the offset after them. */
    private static int putString(byte[] area, int at, String s) {
        for (int i = 0; i < s.length(); i++) {
            area[at + i] = (byte) s.charAt(i);
        }
        area[at + s.length()] = 0;
        return at + s.length() + 1;
    }
}
