package dev.moka.kernel.api.arch;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The kinds of bootable file an arch pack can make of a linked kernel, named as the {@code moka}
 * command names them ({@code --format}). This is the extension point for new ways to boot: a new
 * boot path (a UEFI application on an EFI system partition, say) is a new constant here and a case in
 * {@link ArchPackProvider#bootImage} of each arch pack that writes it, which then lists it in
 * {@link ArchPackProvider#imageFormats}.
 */
public enum ImageFormat {
    /**
     * The linked kernel itself, for a Multiboot loader: on x86_64 an ELF file with a Multiboot header,
     * booted by {@code qemu -kernel} or GRUB.
     */
    MULTIBOOT,
    /**
     * A raw disk image that PC firmware boots on its own: the arch pack's boot sector and loader,
     * then the kernel ({@code qemu -drive format=raw,file=IMAGE}, or written to a USB stick).
     */
    DISK;

    /** @return the name the {@code moka} command uses, such as {@code multiboot} */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * @param id a name as the {@code moka} command takes it
     * @return the format of that name
     * @throws IllegalArgumentException naming the formats there are, when none has that name
     */
    public static ImageFormat byId(String id) {
        for (ImageFormat format : values()) {
            if (format.id().equals(id)) {
                return format;
            }
        }
        throw new IllegalArgumentException("unknown image format \"" + id + "\"; formats: " + ids());
    }

    /** @return every format's name, comma-separated, in declaration order */
    public static String ids() {
        return Arrays.stream(values()).map(ImageFormat::id).collect(Collectors.joining(", "));
    }
}
