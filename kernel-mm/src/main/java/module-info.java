/**
 * Moka's memory management policies: physical frame allocators, page-table address spaces of any
 * arch pack's page-table format (with the boot check of paging and the mapping of kernel-thread
 * stacks, which images get through its paging provider) and heap plans.
 *
 * <p>Providers are declared twice: with {@code provides} here for module-path users (the image
 * assembler resolves them at build time), and in {@code META-INF/services} for class-path users and
 * the tests, which run on the class path.
 */
module dev.moka.kernel.mm {
    requires dev.moka.kernel.core;

    exports dev.moka.kernel.mm;
    exports dev.moka.kernel.mm.heap;
    exports dev.moka.kernel.mm.paging;
    exports dev.moka.kernel.mm.paging.check;

    provides dev.moka.kernel.api.mm.FrameAllocator
            with dev.moka.kernel.mm.BitmapFrameAllocator, dev.moka.kernel.mm.BuddyFrameAllocator;
    provides dev.moka.kernel.api.heap.HeapPlan
            with dev.moka.kernel.mm.heap.BumpPlan, dev.moka.kernel.mm.heap.MarkSweepPlan;
    provides dev.moka.kernel.api.mm.PagingProvider
            with dev.moka.kernel.mm.paging.AddressSpacePaging;
}
