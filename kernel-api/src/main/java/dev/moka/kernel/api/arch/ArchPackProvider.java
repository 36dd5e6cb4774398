package dev.moka.kernel.api.arch;

import dev.moka.kernel.api.boot.KernelImage;
import dev.moka.kernel.api.magic.MagicBinding;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The build-time face of an arch pack: what the image linker and the hosted runner need to make and
 * start an image for one architecture. Arch packs declare it with {@code provides}; an image config
 * picks one by {@link #name()} ({@code [kernel] arch}, {@code x86_64} by default), so nothing outside
 * the arch pack names its classes.
 *
 * <p>The image's generated boot class calls {@code <entryClass>.start(long bootArgument, long
 * imageStart, long imageEnd, KernelImage image)} ({@link #ENTRY_METHOD}, {@link #ENTRY_DESCRIPTOR})
 * once the boot code has a stack; the arch entry sets up the machine and boots the kernel.
 */
public interface ArchPackProvider {
    /** Name of the arch entry's static method. */
    String ENTRY_METHOD = "start";
    /** Descriptor of the arch entry's static method. */
    String ENTRY_DESCRIPTOR = "(JJJLdev/moka/kernel/api/boot/KernelImage;)V";

    /** @return the name image configs use, such as {@code x86_64} */
    String name();

    /** @return the physical address the boot loader loads the image at */
    long loadAddress();

    /** @return binary name of the class holding the arch entry */
    String entryClass();

    /**
     * @param javaEntrySymbol the linker symbol of the compiled boot class's {@code start(long)}
     * @return the machine code placed first in the image: boot headers and the path from the boot
     *         loader to {@code javaEntrySymbol}
     */
    BootCode bootCode(String javaEntrySymbol);

    /**
     * @return the bootable files {@link #bootImage} writes; always {@link ImageFormat#MULTIBOOT}, the
     *         linked kernel itself
     */
    default Set<ImageFormat> imageFormats() {
        return EnumSet.of(ImageFormat.MULTIBOOT);
    }

    /**
     * Makes a bootable file of a linked kernel: the extension point for boot paths (see {@link
     * ImageFormat}). {@link ImageFormat#MULTIBOOT} is the kernel as it is; any other format wraps it
     * in the arch pack's own boot code, which must bring the machine to the same state the kernel's
     * boot code expects from a Multiboot loader, so the kernel boots the same way by every path.
     *
     * @param format one of {@link #imageFormats()}
     * @param kernel the linked kernel file, starting with the code from {@link #bootCode}
     * @return the file's bytes; the same kernel gives the same bytes
     * @throws UnsupportedOperationException when this arch pack does not write {@code format}
     * @throws IllegalArgumentException when {@code kernel} cannot be booted that way
     */
    default byte[] bootImage(ImageFormat format, byte[] kernel) {
        if (format == ImageFormat.MULTIBOOT) {
            return kernel.clone();
        }
        throw new UnsupportedOperationException("arch pack " + name() + " writes no " + format.id() + " images");
    }

    /** @return linker symbols of compiled methods the boot code calls besides the entry (interrupt, fault and thread entry paths) */
    List<String> bootCodeCallees();

    /**
     * @param memoryBytes RAM size of a simulated machine
     * @return where that machine has RAM, as the real machine of this architecture lays it out
     *         (holes for devices and firmware left out), in address order
     */
    List<RamRange> hostedRam(long memoryBytes);

    /**
     * Lays out a simulated machine's memory as this architecture's boot loader and boot code leave it
     * (boot information, memory map, initial page tables), for a hosted run.
     *
     * @param machine     the simulated machine, already the magic layer's binding
     * @param memoryBytes its RAM size
     * @return the boot argument the arch entry takes (for a PC, the Multiboot information's address)
     */
    long prepareHostedBoot(MagicBinding machine, long memoryBytes);

    /**
     * Enters the kernel as the boot code would, on the JVM.
     *
     * @param bootArgument what {@link #prepareHostedBoot} returned
     * @param imageStart   first byte the simulated image occupies
     * @param imageEnd     byte after the simulated image
     * @param image        what to boot
     * @param machine      the arch pack the kernel drives: a hosted one that simulates threads and the
     *                     timer, delegating console and exit to {@link #newArchPack()}
     */
    void bootHosted(long bootArgument, long imageStart, long imageEnd, KernelImage image, ArchPack machine);

    /** @return a new instance of this architecture's run-time arch pack */
    ArchPack newArchPack();
}
