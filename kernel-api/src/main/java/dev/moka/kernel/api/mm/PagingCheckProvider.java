package dev.moka.kernel.api.mm;

/**
 * Makes the boot-time {@link PagingCheck} for the machine the kernel runs on. A module provides it as
 * a service; the image linker puts the one it finds into the image description
 * ({@code KernelImage.pagingCheck()}), and the kernel, once up, asks it for a check over the arch
 * pack's {@link PageTableFormat} and {@link PhysicalMemory}. So the check's code can live beside the
 * generic paging code it exercises while the arch pack, which knows neither, supplies only the
 * machine's side.
 *
 * <p>Implementations have a public no-argument constructor: the image's generated boot class makes one.
 */
public interface PagingCheckProvider {
    /**
     * @param format the machine's page-table format
     * @param memory the machine's physical memory and MMU
     * @return the check to run on that machine
     */
    PagingCheck newCheck(PageTableFormat format, PhysicalMemory memory);
}
