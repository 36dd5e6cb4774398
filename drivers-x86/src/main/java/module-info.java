/**
 * The x86_64 arch pack: the boot code (Multiboot headers, the way to long mode), a BIOS boot sector
 * and disk loader for raw disk images, descriptor tables,
 * interrupt and fault entry, the PIC and PIT, context switches, paging routines and the x86_64
 * page-table format, the COM1 console and QEMU's exit device, and the simulated PC's boot hand-over
 * for hosted runs. Image builders reach it only through
 * {@link dev.moka.kernel.api.arch.ArchPackProvider}.
 */
module dev.moka.drivers.x86 {
    requires dev.moka.kernel.core;
    requires dev.moka.assembler.x86;

    exports dev.moka.drivers.x86;

    provides dev.moka.kernel.api.arch.ArchPackProvider with dev.moka.drivers.x86.X86ArchPackProvider;
}
