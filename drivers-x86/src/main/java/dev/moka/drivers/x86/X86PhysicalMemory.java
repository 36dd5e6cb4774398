package dev.moka.drivers.x86;

import dev.moka.kernel.api.magic.Magic;
import dev.moka.kernel.api.mm.PhysicalMemory;

/**
 * Physical memory and the MMU as the x86_64 kernel reaches them: the boot code identity-maps the
 * first 4 GiB into every address space's shared half, so a physical address below 4 GiB is read
 * and written at the same virtual address; {@code invlpg} and CR3 come from the boot code's arch
 * routines.
 */
public final class X86PhysicalMemory implements PhysicalMemory {
    /**
     * End of the identity map the boot code builds (4 GiB): physical memory from here up is reached
     * by no address the kernel has, so it is left out of the memory map's available RAM.
     */
    public static final long IDENTITY_MAP_END = 1L << 32;

    /** Low bits of CR3 that are flags (write-through, cache disable), not part of the table address. */
    private static final long CR3_FLAGS = 0xFFF;

    @Override
    public long read64(long physical) {
        return Magic.load64(physical);
    }

    @Override
    public void write64(long physical, long value) {
        Magic.store64(physical, value);
    }

    // Physical memory below IDENTITY_MAP_END is at the same kernel address, so one string
    // instruction does it.
    @Override
    public void zero(long physical, long bytes) {
        Magic.zero(physical, bytes);
    }

    @Override
    public void copy(long from, long to, long bytes) {
        Magic.copy(to, from, bytes);
    }

    @Override
    public int leadingZeroWords(long physical, int words) {
        return (int) Magic.leadingZeroWords(physical, words);
    }

    @Override
    public void write(long physical, byte[] bytes, int offset, int length) {
        if (offset < 0 || length < 0 || offset > bytes.length - length) {
            throw new ArrayIndexOutOfBoundsException("range " + offset + "+" + length + " of byte[" + bytes.length + "]");
        }
        Magic.copyFromArray(bytes, offset, physical, length);
    }

    @Override
    public void invalidate(long virtual) {
        Magic.invalidatePage(virtual);
    }

    @Override
    public void activate(long root) {
        Magic.loadPageTableRoot(root);
    }

    @Override
    public long activeRoot() {
        return Magic.pageTableRoot() & ~CR3_FLAGS;
    }
}
