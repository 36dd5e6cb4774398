package dev.moka.testkit.mm;

import dev.moka.kernel.api.boot.MemoryMap;
import dev.moka.kernel.api.mm.FrameAllocator;
import java.util.ArrayList;
import java.util.List;

/**
 * A memory map as plain data, with the allocation rule stated directly so that an allocator's
 * answers can be checked against it.
 *
 * @param regions  what the boot loader reported: available RAM and holes of other types
 * @param reserved ranges no allocator may hand out (the first MiB, the kernel image, boot structures)
 */
public record MapLayout(List<Range> regions, List<Range> reserved) {
    /** Frame size, shortened. */
    static final long FRAME = FrameAllocator.FRAME_SIZE;

    /**
     * One range of physical memory.
     *
     * @param base   first byte
     * @param length length in bytes
     * @param type   {@link MemoryMap#AVAILABLE}, another boot-loader type, or 0 for a reserved range
     */
    public record Range(long base, long length, int type) {
        /** @return the byte after the last */
        public long end() {
            return base + length;
        }

        boolean overlaps(long start, long stop) {
            return base < stop && start < end();
        }

        @Override
        public String toString() {
            return "[0x" + Long.toHexString(base) + ", 0x" + Long.toHexString(end()) + ") type " + type;
        }
    }

    /** Copies the lists so that the layout cannot change under a running check. */
    public MapLayout {
        regions = List.copyOf(regions);
        reserved = List.copyOf(reserved);
    }

    /** @return a fresh {@link MemoryMap} holding these regions and reservations */
    public MemoryMap toMemoryMap() {
        MemoryMap map = new MemoryMap(Math.max(1, Math.max(regions.size(), reserved.size())));
        regions.forEach(r -> map.addRegion(r.base(), r.length(), r.type()));
        reserved.forEach(r -> map.reserve(r.base(), r.length()));
        return map;
    }

    /**
     * The rule of {@link FrameAllocator#init}: the whole frame lies in one available region and
     * touches neither a reserved range nor a region of another type.
     *
     * @param address a frame address
     * @return whether an allocator may hand it out
     */
    public boolean isUsableFrame(long address) {
        if (address < 0 || address % FRAME != 0) {
            return false;
        }
        long end = address + FRAME;
        boolean inRam = regions.stream().anyMatch(r -> r.type() == MemoryMap.AVAILABLE
                && r.base() <= address && end <= r.end());
        boolean touchesOther = regions.stream().anyMatch(r -> r.type() != MemoryMap.AVAILABLE && r.overlaps(address, end))
                || reserved.stream().anyMatch(r -> r.overlaps(address, end));
        return inRam && !touchesOther;
    }

    /** @return the address after the highest available byte */
    public long top() {
        return regions.stream().filter(r -> r.type() == MemoryMap.AVAILABLE).mapToLong(Range::end).max().orElse(0);
    }

    /** @return every usable frame address, ascending */
    public List<Long> usableFrames() {
        List<Long> usable = new ArrayList<>();
        for (long frame = 0; frame < top(); frame += FRAME) {
            if (isUsableFrame(frame)) {
                usable.add(frame);
            }
        }
        return usable;
    }
}
