package dev.moka.drivers.x86;

/**
 * Where kernel-thread stacks live on x86_64: {@value #SIZE_GIB} GiB at 256 GiB, PDPT entry 256 of PML4
 * slot 0, beside the boot code's identity map of the low 4 GiB. Every address space shares slot 0's
 * tables, so a stack mapped here is seen in all of them, those made before included. The boot code
 * maps nothing here: the kernel maps each stack page through the image's generic paging code, and
 * every page nobody mapped faults.
 *
 * <p>The stacks get a range of their own instead of the identity map because the identity map is
 * made of 2 MiB pages: a guard page there would mean splitting a large page for each stack, and a
 * stack would need its frames in a row.
 *
 * <p>The arch pack states the range to the kernel ({@link X86ArchPack#stackRangeStart()}), and the
 * boot code's double-fault handler takes a page fault in it as a stack overflow: both read these
 * constants.
 */
public final class X86StackRange {
    /** First address: PDPT entry 256 of PML4 slot 0 (256 GiB). */
    public static final long START = 256L << 30;
    /** Size of the range in GiB: one page directory. */
    static final int SIZE_GIB = 1;
    /** The address after the range. */
    public static final long END = START + ((long) SIZE_GIB << 30);

    private X86StackRange() {
    }
}
