package dev.moka.assembler.link;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Writes the ELF64 header and one loadable program header at the start of a linked image, so the
 * file is a valid ELF executable (for objdump, gdb and loaders) as well as a Multiboot kernel.
 */
public final class ElfImageWriter {
    /** Bytes the ELF header and the program header take; sections start after them. */
    public static final int HEADER_SIZE = 64 + 56;

    private ElfImageWriter() {
    }

    /**
     * Fills in the headers of a linked image in place.
     *
     * @param image  the linked image, whose first {@link #HEADER_SIZE} bytes are reserved
     * @param entry  the entry address recorded in the ELF header
     * @param flags  segment permission flags (PF_X=1, PF_W=2, PF_R=4)
     * @return the image bytes
     */
    public static byte[] write(LinkedImage image, long entry, int flags) {
        byte[] bytes = image.bytes();
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        b.put(0, (byte) 0x7f).put(1, (byte) 'E').put(2, (byte) 'L').put(3, (byte) 'F');
        b.put(4, (byte) 2);   // 64-bit
        b.put(5, (byte) 1);   // little endian
        b.put(6, (byte) 1);   // ELF version
        b.putShort(16, (short) 2);      // ET_EXEC
        b.putShort(18, (short) 62);     // EM_X86_64
        b.putInt(20, 1);
        b.putLong(24, entry);
        b.putLong(32, 64);              // program headers right after the ELF header
        b.putLong(40, 0);               // no section headers
        b.putInt(48, 0);
        b.putShort(52, (short) 64);
        b.putShort(54, (short) 56);
        b.putShort(56, (short) 1);
        b.putShort(58, (short) 64);
        b.putShort(60, (short) 0);
        b.putShort(62, (short) 0);
        int ph = 64;
        b.putInt(ph, 1);                // PT_LOAD
        b.putInt(ph + 4, flags);
        b.putLong(ph + 8, 0);           // file offset
        b.putLong(ph + 16, image.base());
        b.putLong(ph + 24, image.base());
        b.putLong(ph + 32, bytes.length);
        b.putLong(ph + 40, image.bssEnd() - image.base());
        b.putLong(ph + 48, 4096);
        return bytes;
    }
}
