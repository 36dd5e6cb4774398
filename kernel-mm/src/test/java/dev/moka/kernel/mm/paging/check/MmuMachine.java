package dev.moka.kernel.mm.paging.check;

import dev.moka.kernel.api.magic.MagicBinding;
import dev.moka.kernel.api.mm.PageFlags;
import dev.moka.kernel.api.mm.PageTableFormat;
import dev.moka.kernel.api.mm.PhysicalMemory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A machine with an MMU for any {@link PageTableFormat}, for the paging check's tests: physical
 * memory as a map of 4 KiB pages, and magic loads and stores translated through the tables the root
 * points to, with a TLB that only invalidation and root switches clear. A missing translation or a
 * write to a page not writable at every level throws, as a page fault would stop the kernel. Its
 * walk is its own, not the paging code's.
 */
final class MmuMachine implements MagicBinding, PhysicalMemory {
    /** Thrown where the CPU would raise a page fault. */
    static final class PageFault extends RuntimeException {
        private static final long serialVersionUID = 1L;

        PageFault(String message) {
            super(message);
        }
    }

    private record Translation(long frame, boolean writable) {
    }

    private final PageTableFormat format;
    private final Map<Long, long[]> pages = new HashMap<>();
    private final Map<Long, Translation> tlb = new HashMap<>();
    final List<Long> invalidated = new ArrayList<>();
    private long root;

    MmuMachine(PageTableFormat format) {
        this.format = format;
    }

    @Override
    public long read64(long physical) {
        long[] page = pages.get(physical >>> 12);
        return page == null ? 0 : page[slot(physical)];
    }

    @Override
    public void write64(long physical, long value) {
        pages.computeIfAbsent(physical >>> 12, n -> new long[512])[slot(physical)] = value;
    }

    @Override
    public void invalidate(long virtual) {
        invalidated.add(virtual);
        tlb.remove(virtual >>> 12);
    }

    @Override
    public void activate(long newRoot) {
        root = newRoot;
        tlb.clear();
    }

    @Override
    public long activeRoot() {
        return root;
    }

    @Override
    public long load64(long address) {
        return read64(translate(address, false));
    }

    @Override
    public void store64(long address, long value) {
        write64(translate(address, true), value);
    }

    private long translate(long virtual, boolean write) {
        Translation cached = tlb.computeIfAbsent(virtual >>> 12, page -> walk(virtual));
        if (write && !cached.writable()) {
            throw new PageFault("write to read-only page 0x" + Long.toHexString(virtual));
        }
        return cached.frame() + (virtual & 0xFFF);
    }

    private Translation walk(long virtual) {
        int shift = format.pageShift();
        for (int level = 1; level < format.levels(); level++) {
            shift += format.indexBits(level);
        }
        long table = root;
        boolean writable = true;
        for (int level = format.levels(); level >= 1; level--) {
            long index = (virtual >>> shift) & ((1L << format.indexBits(level)) - 1);
            long entry = read64(table + 8 * index);
            long flags = format.decodeFlags(entry);
            if ((flags & PageFlags.PRESENT) == 0) {
                throw new PageFault("page fault at 0x" + Long.toHexString(virtual) + ": not present");
            }
            writable &= (flags & PageFlags.WRITABLE) != 0;
            if (level == 1 || (flags & PageFlags.HUGE) != 0) {
                // The entry maps 1 << shift bytes; the 4 KiB page of virtual lies this far into them.
                long offsetInPage = virtual & ((1L << shift) - 1) & ~0xFFFL;
                return new Translation(format.decodeAddress(entry) + offsetInPage, writable);
            }
            table = format.decodeAddress(entry);
            shift -= format.indexBits(level - 1);
        }
        throw new AssertionError("unreachable");
    }

    private static int slot(long physical) {
        if ((physical & 7) != 0) {
            throw new IllegalArgumentException("unaligned 8-byte access at 0x" + Long.toHexString(physical));
        }
        return (int) ((physical & 0xFFF) >>> 3);
    }

    private static UnsupportedOperationException unused() {
        return new UnsupportedOperationException("the paging check makes only 64-bit accesses");
    }

    @Override public int load8(long address) { throw unused(); }
    @Override public int load16(long address) { throw unused(); }
    @Override public int load32(long address) { throw unused(); }
    @Override public void store8(long address, int value) { throw unused(); }
    @Override public void store16(long address, int value) { throw unused(); }
    @Override public void store32(long address, int value) { throw unused(); }
    @Override public int inb(int port) { throw unused(); }
    @Override public void outb(int port, int value) { throw unused(); }
    @Override public int inl(int port) { throw unused(); }
    @Override public void outl(int port, int value) { throw unused(); }
    @Override public void hlt() { throw unused(); }
    @Override public void cli() { throw unused(); }
    @Override public void sti() { throw unused(); }
    @Override public long rdtsc() { throw unused(); }
}
