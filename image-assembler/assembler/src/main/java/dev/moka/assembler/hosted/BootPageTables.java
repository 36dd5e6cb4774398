package dev.moka.assembler.hosted;

import dev.moka.drivers.x86.X86PhysicalMemory;

/**
 * The page tables the native boot code builds before it calls the kernel, built the same way in a
 * simulated machine: the first 4 GiB ({@link X86PhysicalMemory#IDENTITY_MAP_END}) identity-mapped
 * with 2 MiB pages under PML4 slot 0, writable, kernel only. They lie in the reserved kernel image,
 * from {@link #PML4}.
 */
final class BootPageTables {
    /** The PML4; the PDPT and the four page directories follow it page by page. */
    static final long PML4 = HostedRunner.KERNEL_START;
    /** One page directory per GiB of the identity map. */
    static final int DIRECTORIES = (int) (X86PhysicalMemory.IDENTITY_MAP_END >>> 30);
    static final int PAGES = 2 + DIRECTORIES;
    private static final long PRESENT_WRITABLE = 0x3;
    private static final long LARGE_PAGE = 0x80;
    private static final long PAGE = 4096;
    private static final long TWO_MIB = 2L << 20;

    private BootPageTables() {
    }

    /** Writes the tables into the machine's RAM and loads CR3 with them. */
    static void install(SimulatedMachine machine) {
        long pdpt = PML4 + PAGE;
        long directories = pdpt + PAGE;
        machine.storePhysical64(PML4, pdpt | PRESENT_WRITABLE);
        for (int i = 0; i < DIRECTORIES; i++) {
            machine.storePhysical64(pdpt + 8L * i, (directories + PAGE * i) | PRESENT_WRITABLE);
        }
        for (int i = 0; i < DIRECTORIES * 512; i++) {
            machine.storePhysical64(directories + 8L * i, (TWO_MIB * i) | LARGE_PAGE | PRESENT_WRITABLE);
        }
        machine.loadPageTableRoot(PML4);
    }
}
