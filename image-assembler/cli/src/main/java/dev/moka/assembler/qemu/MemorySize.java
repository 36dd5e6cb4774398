package dev.moka.assembler.qemu;

import java.util.Locale;

/**
 * The RAM size of the machine a kernel boots on, in QEMU or hosted, given as {@code 128M} or
 * {@code 1G} (on the command line, in a plugin's configuration): a whole number of MiB, at least {@value #MINIMUM_MIB} MiB, because the kernel is loaded
 * at the 1 MiB mark and its frame allocator needs room above the image.
 *
 * @param bytes the size in bytes
 */
public record MemorySize(long bytes) {
    /** The smallest machine a kernel is booted on, in MiB. */
    public static final int MINIMUM_MIB = 16;

    private static final long MIB = 1L << 20;

    /** Checks the size. */
    public MemorySize {
        if (bytes % MIB != 0 || bytes < MINIMUM_MIB * MIB) {
            throw new IllegalArgumentException("memory must be a whole number of MiB, at least " + MINIMUM_MIB + "M");
        }
    }

    /**
     * @param text a number with a unit: {@code K}, {@code M} or {@code G} (powers of 1024; case does not
     *             matter), such as {@code 128M}
     * @return the size
     * @throws IllegalArgumentException when the text is not such a size
     */
    public static MemorySize parse(String text) {
        return new MemorySize(parseBytes(text));
    }

    /**
     * @param text a number with a unit, as {@link #parse} takes it
     * @return the number of bytes it says
     * @throws IllegalArgumentException when the text is not such a size
     */
    public static long parseBytes(String text) {
        String trimmed = text.trim().toUpperCase(Locale.ROOT);
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException("memory size is empty");
        }
        char unit = trimmed.charAt(trimmed.length() - 1);
        int shift = switch (unit) {
            case 'K' -> 10;
            case 'M' -> 20;
            case 'G' -> 30;
            default -> throw new IllegalArgumentException(
                    "memory size \"" + text + "\" needs a unit: K, M or G, such as 128M");
        };
        String digits = trimmed.substring(0, trimmed.length() - 1);
        if (digits.isEmpty() || !digits.chars().allMatch(Character::isDigit) || digits.length() > 9) {
            throw new IllegalArgumentException("memory size \"" + text + "\" is not a number with a unit, such as 128M");
        }
        return Long.parseLong(digits) << shift;
    }

    /** @return the size as QEMU's {@code -m} takes it, such as {@code 128M} */
    public String toQemuArgument() {
        return bytes / MIB + "M";
    }

    @Override
    public String toString() {
        return toQemuArgument();
    }
}
