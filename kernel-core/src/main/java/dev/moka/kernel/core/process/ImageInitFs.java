package dev.moka.kernel.core.process;

import dev.moka.kernel.api.magic.Magic;

/**
 * Where the image holds its initfs: the image assembler links the packed initfs into the image and
 * sets these two fields to its first byte and the byte after it (both 0 in an image without one, and
 * hosted). The kernel reads it in place, through the identity-mapped window on the image.
 */
public final class ImageInitFs {
    // Written by the linker (initial values bound to its symbols), never by code: not final, so that
    // javac does not fold them into constants.
    private static long start;
    private static long end;

    private ImageInitFs() {
    }

    /** @return whether the image holds an initfs */
    public static boolean present() {
        return end > start;
    }

    /** @return the initfs's bytes, read in place; empty when the image holds none */
    public static ByteSource bytes() {
        long first = start;
        long size = end - start;
        return new ByteSource() {
            @Override
            public long size() {
                return size;
            }

            @Override
            public int u8(long offset) {
                return Magic.load8(first + offset);
            }

            // The machine reads little-endian words at any alignment (x86, and the simulated one):
            // one load instead of a byte at a time.
            @Override
            public int u16(long offset) {
                return Magic.load16(first + offset);
            }

            @Override
            public long u32(long offset) {
                return Magic.load32(first + offset) & 0xffff_ffffL;
            }

            @Override
            public long u64(long offset) {
                return Magic.load64(first + offset);
            }

            // The image is loaded where it is linked and the kernel's low memory is mapped one to
            // one, so the initfs's addresses are its physical ones.
            @Override
            public long physicalAddress(long offset) {
                return first + offset;
            }

            @Override
            public void copy(long offset, byte[] into, int at, int length) {
                if (at < 0 || length < 0 || at > into.length - length) {
                    throw new ArrayIndexOutOfBoundsException("range " + at + "+" + length + " of byte[" + into.length + "]");
                }
                Magic.copyToArray(first + offset, into, at, length);
            }
        };
    }
}
