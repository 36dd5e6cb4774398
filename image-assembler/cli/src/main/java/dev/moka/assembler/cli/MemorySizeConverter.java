package dev.moka.assembler.cli;

import dev.moka.assembler.qemu.MemorySize;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Lets picocli read {@code --memory}; a bad value becomes a usage error. */
final class MemorySizeConverter implements ITypeConverter<MemorySize> {
    @Override
    public MemorySize convert(String value) {
        try {
            return MemorySize.parse(value);
        } catch (IllegalArgumentException bad) {
            throw new TypeConversionException(bad.getMessage());
        }
    }
}
