package dev.moka.assembler.cli;

import dev.moka.kernel.api.arch.ImageFormat;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** The {@code --format} option shared by the commands that write or boot an image. */
final class FormatOption {
    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "multiboot", converter = Converter.class,
            description = "The kind of bootable file: multiboot (an ELF kernel for qemu -kernel) or disk "
                    + "(a raw disk image that boots through Moka's own boot sector). Default: ${DEFAULT-VALUE}.")
    ImageFormat format;

    /** Lets picocli read {@code --format}; an unknown name becomes a usage error that lists the formats. */
    static final class Converter implements ITypeConverter<ImageFormat> {
        @Override
        public ImageFormat convert(String value) {
            try {
                return ImageFormat.byId(value);
            } catch (IllegalArgumentException unknown) {
                throw new TypeConversionException(unknown.getMessage());
            }
        }
    }
}
