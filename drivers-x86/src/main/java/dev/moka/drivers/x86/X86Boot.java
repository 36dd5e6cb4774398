package dev.moka.drivers.x86;

import dev.moka.kernel.api.arch.ArchPack;
import dev.moka.kernel.api.boot.BootInfo;
import dev.moka.kernel.api.boot.KernelImage;
import dev.moka.kernel.api.boot.MemoryMap;
import dev.moka.kernel.core.Kernel;

/**
 * Hand-over from the boot loader to the generic kernel on x86_64: the arch entry of
 * {@link X86ArchPackProvider}. The native image's generated boot class calls {@link #start} once the
 * boot code is in long mode with a stack; a hosted run calls the same method on a simulated PC.
 */
public final class X86Boot {
    private X86Boot() {
    }

    /**
     * Brings up the console, reads the Multiboot information and boots the kernel on this machine.
     * Does not return.
     *
     * @param multibootInfo physical address of the Multiboot v1 information structure
     * @param kernelStart   physical address of the first byte of the kernel image
     * @param kernelEnd     physical address after the last byte of the kernel image (bss included)
     * @param image         what the image chose at build time
     */
    public static void start(long multibootInfo, long kernelStart, long kernelEnd, KernelImage image) {
        // Out of reset the PIC delivers the BIOS's timer on vector 8, the double fault's: move every
        // line above the CPU exceptions and mask it before anything can enable interrupts (a user
        // program runs with them enabled, with or without the kernel's thread layer).
        Pic8259.remap();
        start(multibootInfo, kernelStart, kernelEnd, image, new X86ArchPack());
    }

    /**
     * As {@link #start(long, long, long, KernelImage)} on a given machine: a simulated PC passes its
     * own arch pack, which must still drive COM1 and the exit port as {@link X86ArchPack} does.
     *
     * @param multibootInfo physical address of the Multiboot v1 information structure
     * @param kernelStart   physical address of the first byte of the kernel image
     * @param kernelEnd     physical address after the last byte of the kernel image (bss included)
     * @param image         what the image chose at build time
     * @param arch          the machine
     */
    public static void start(long multibootInfo, long kernelStart, long kernelEnd, KernelImage image, ArchPack arch) {
        Com1.init();
        MultibootInfo info = new MultibootInfo(multibootInfo);
        MemoryMap map = info.memoryMap(kernelStart, kernelEnd);
        Kernel.boot(arch, new BootInfo(map, info::commandLine, kernelStart, kernelEnd), image);
    }
}
