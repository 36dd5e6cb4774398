package dev.moka.assembler.cli;

import dev.moka.assembler.qemu.MemorySize;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The heap of a compiled program, given as {@code 64M} or {@code 1G}: a whole number of MiB from
 * 1 MiB to {@value #MAXIMUM_GIB} GiB. It is reserved as zero-filled memory that the system maps on
 * first touch, so a large heap costs nothing until it is used.
 *
 * @param bytes the size in bytes
 */
public record HeapSize(long bytes) {
    /** The largest heap, in GiB. */
    public static final int MAXIMUM_GIB = 64;

    private static final long MIB = 1L << 20;

    /** Checks the size. */
    public HeapSize {
        if (bytes % MIB != 0 || bytes < MIB || bytes > (long) MAXIMUM_GIB << 30) {
            throw new IllegalArgumentException("heap size must be a whole number of MiB, from 1M to " + MAXIMUM_GIB + "G");
        }
    }

    /**
     * @param text a number with a unit, {@code K}, {@code M} or {@code G}, such as {@code 64M}
     * @return the size
     * @throws IllegalArgumentException when the text is not such a size
     */
    public static HeapSize parse(String text) {
        return new HeapSize(MemorySize.parseBytes(text));
    }

    /** Lets picocli read {@code --heap-size}; a bad value becomes a usage error. */
    public static final class Converter implements ITypeConverter<HeapSize> {
        @Override
        public HeapSize convert(String value) {
            try {
                return parse(value);
            } catch (IllegalArgumentException bad) {
                throw new TypeConversionException(bad.getMessage());
            }
        }
    }
}
