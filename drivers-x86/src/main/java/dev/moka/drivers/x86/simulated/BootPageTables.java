package dev.moka.drivers.x86.simulated;

import dev.moka.drivers.x86.X86PhysicalMemory;
import dev.moka.kernel.api.magic.MagicBinding;

/**
 * The page tables the native boot code builds before it calls the kernel, built the same way in a
 * simulated machine: the first 4 GiB ({@link X86PhysicalMemory#IDENTITY_MAP_END}) identity-mapped
 * with 2 MiB pages under PML4 slot 0, writable, kernel only. They lie at the start of the (simulated) kernel image, which the memory map reserves.
 */
public final class BootPageTables {
    /** One page directory per GiB of the identity map. */
    static final int DIRECTORIES = (int) (X86PhysicalMemory.IDENTITY_MAP_END >>> 30);
    /** Pages the tables take: the PML4, the PDPT and the page directories, in that order. */
    public static final int PAGES = 2 + DIRECTORIES;
    private static final long PRESENT_WRITABLE = 0x3;
    private static final long LARGE_PAGE = 0x80;
    private static final long PAGE = 4096;
    private static final long TWO_MIB = 2L << 20;

    private BootPageTables() {
    }

    /**
     * Writes the tables into the machine's RAM, which must not be paged yet, and loads CR3 with them.
     *
     * @param machine the simulated machine
     * @param pml4    where the tables go: {@value #PAGES} pages from this 4 KiB-aligned address
     */
    public static void install(MagicBinding machine, long pml4) {
        long pdpt = pml4 + PAGE;
        long directories = pdpt + PAGE;
        machine.store64(pml4, pdpt | PRESENT_WRITABLE);
        for (int i = 0; i < DIRECTORIES; i++) {
            machine.store64(pdpt + 8L * i, (directories + PAGE * i) | PRESENT_WRITABLE);
        }
        for (int i = 0; i < DIRECTORIES * 512; i++) {
            machine.store64(directories + 8L * i, (TWO_MIB * i) | LARGE_PAGE | PRESENT_WRITABLE);
        }
        machine.loadPageTableRoot(pml4);
    }
}
