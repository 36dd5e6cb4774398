package dev.moka.kernel.core.process;

import dev.moka.kernel.api.mm.FrameAllocator;
import dev.moka.kernel.api.mm.PageFlags;
import dev.moka.kernel.api.mm.UserAddressSpace;
import dev.moka.kernel.api.syscall.Errno;
import dev.moka.kernel.api.syscall.MapFlags;

/**
 * A process's {@code mmap} and {@code munmap} of anonymous memory. Mappings lie in an area of the
 * user half the kernel keeps for them, {@code [AREA_START, AREA_END)}, far from the executable (at
 * the bottom of the user half) and the stack (at its top). Every page is mapped zeroed at once, so a
 * mapping either has all its frames or fails with ENOMEM having taken none; {@code munmap} gives back
 * the frames of the pages it unmaps, and the end of the process those of every mapping left.
 */
final class AnonymousMemory {
    /** The lowest address of a mapping: 64 TiB. */
    static final long AREA_START = 0x4000_0000_0000L;
    /** The address after the highest page of a mapping: 112 TiB, far below the stack. */
    static final long AREA_END = 0x7000_0000_0000L;
    /** Frames a mapping always leaves free, for the kernel's own tables, stacks and heap. */
    static final long RESERVED_FRAMES = 256;

    private static final long PAGE = MappedRegions.PAGE;
    /** Page-table entries per table: a mapping needs a table for each 512 pages it spans, and a few above. */
    private static final long ENTRIES = 512;
    private static final long UPPER_TABLES = 4;
    private static final int SHARING = MapFlags.MAP_SHARED | MapFlags.MAP_PRIVATE;

    private final UserAddressSpace space;
    private final ProgramImage image;
    private final FrameAllocator frames;
    private final MappedRegions regions = new MappedRegions(AREA_START, AREA_END);

    /**
     * @param space  the process's space
     * @param image  the program, whose zero ranges no mapping may take
     * @param frames where the pages' frames come from, to refuse a mapping that would leave the kernel
     *               too few; null to rely on the space's own out-of-memory answer
     */
    AnonymousMemory(UserAddressSpace space, ProgramImage image, FrameAllocator frames) {
        this.space = space;
        this.image = image;
        this.frames = frames;
    }

    /**
     * {@code mmap(address, length, protection, flags)}.
     *
     * @param hint       where the caller would like the mapping, page aligned, or 0 to let the kernel choose
     * @param length     bytes, rounded up to whole pages
     * @param protection {@link MapFlags#PROT_READ} and {@link MapFlags#PROT_WRITE}
     * @param flags      {@link MapFlags#MAP_ANONYMOUS} with {@link MapFlags#MAP_PRIVATE} or {@link MapFlags#MAP_SHARED}
     * @return the mapping's address, or a negated errno: EINVAL for a zero length, an unaligned hint,
     *         or protection or flags asking for what is not served; ENOMEM when the area or the frames
     *         cannot hold it
     */
    long map(long hint, long length, long protection, long flags) {
        if (length <= 0 || (hint & (PAGE - 1)) != 0) {
            return -Errno.EINVAL;
        }
        if ((protection & (MapFlags.PROT_READ | MapFlags.PROT_WRITE)) == 0
                || (protection & ~(long) (MapFlags.PROT_READ | MapFlags.PROT_WRITE)) != 0) {
            return -Errno.EINVAL;
        }
        long sharing = flags & SHARING;
        if ((flags & MapFlags.MAP_ANONYMOUS) == 0 || sharing == 0 || sharing == SHARING
                || (flags & ~(long) (SHARING | MapFlags.MAP_ANONYMOUS)) != 0) {
            return -Errno.EINVAL;
        }
        if (length > AREA_END - AREA_START) {
            return -Errno.ENOMEM;
        }
        long bytes = (length + PAGE - 1) & -PAGE;
        long pages = bytes / PAGE;
        if (frames != null && pages + pages / ENTRIES + UPPER_TABLES + RESERVED_FRAMES > frames.freeFrames()) {
            return -Errno.ENOMEM;
        }
        long start = regions.place(hint, bytes);
        if (start < 0 || image.overlapsZeroRange(start, start + bytes)) {
            return -Errno.ENOMEM;
        }
        long pageFlags = PageFlags.NO_EXECUTE | ((protection & MapFlags.PROT_WRITE) != 0 ? PageFlags.WRITABLE : 0);
        for (long page = start; page < start + bytes; page += PAGE) {
            if (space.allocate(page, pageFlags) != UserAddressSpace.OK) {
                // Out of frames, or a page of the executable lies here: nothing of the mapping stays.
                for (long done = start; done < page; done += PAGE) {
                    space.release(done);
                }
                return -Errno.ENOMEM;
            }
        }
        regions.add(start, start + bytes);
        return start;
    }

    /**
     * {@code munmap(address, length)}: unmaps the mapped pages of the range; pages of the range that
     * no {@code mmap} mapped (none, or the executable's) are left alone, as POSIX allows.
     *
     * @param address page aligned
     * @param length  bytes, rounded up to whole pages
     * @return 0, or -EINVAL for an unaligned address, a zero length or a range outside the user half
     */
    long unmap(long address, long length) {
        if ((address & (PAGE - 1)) != 0 || length <= 0 || length > space.end()) {
            return -Errno.EINVAL;
        }
        long end = address + ((length + PAGE - 1) & -PAGE);
        if (address < space.start() || end > space.end() || end < address) {
            return -Errno.EINVAL;
        }
        long[] removed = regions.remove(address, end);
        for (int i = 0; i < removed.length; i += 2) {
            for (long page = removed[i]; page < removed[i + 1]; page += PAGE) {
                space.release(page);
            }
        }
        return 0;
    }

    /** @return how many bytes are mapped now */
    long mappedBytes() {
        return regions.mappedBytes();
    }
}
