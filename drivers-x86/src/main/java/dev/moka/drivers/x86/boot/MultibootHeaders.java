package dev.moka.drivers.x86.boot;

import static dev.moka.drivers.x86.boot.BootSymbols.BSS_END;
import static dev.moka.drivers.x86.boot.BootSymbols.ENTRY32;
import static dev.moka.drivers.x86.boot.BootSymbols.IMAGE_START;
import static dev.moka.drivers.x86.boot.BootSymbols.LOAD_END;

import dev.moka.assembler.x86.Assembler;

/**
 * The Multiboot v1 header (for QEMU {@code -kernel}) followed by a Multiboot2 header (for GRUB).
 *
 * <p>QEMU refuses ELF64 Multiboot kernels unless flag bit 16 is set; then it ignores the ELF
 * headers and loads the file from the address fields in the header ("a.out kludge"): the file
 * starting at {@code header_addr - (header offset)} goes to {@code load_addr} up to
 * {@code load_end_addr}, memory up to {@code bss_end_addr} is zeroed, and execution starts at
 * {@code entry_addr} in 32-bit protected mode with paging off.
 */
final class MultibootHeaders {
    static final int MAGIC = 0x1BADB002;
    /** Bit 0: page-align modules; bit 1: memory info (incl. map); bit 16: address fields valid. */
    static final int FLAGS = 1 | 1 << 1 | 1 << 16;
    static final int MULTIBOOT2_MAGIC = 0xE85250D6;
    static final int HEADER_SIZE = 32;

    private MultibootHeaders() {
    }

    /** Emits both headers at the current position, which must be 8-aligned. */
    static void emit(Assembler asm) {
        asm.defineSymbol(BootSymbols.MULTIBOOT_HEADER);
        asm.emit32(MAGIC);
        asm.emit32(FLAGS);
        asm.emit32(-(MAGIC + FLAGS));
        asm.emitAbs32(BootSymbols.MULTIBOOT_HEADER, 0); // header_addr
        asm.emitAbs32(IMAGE_START, 0);                 // load_addr
        asm.emitAbs32(LOAD_END, 0);                    // load_end_addr
        asm.emitAbs32(BSS_END, 0);                     // bss_end_addr
        asm.emitAbs32(ENTRY32, 0);                     // entry_addr
        emitMultiboot2(asm);
    }

    private static void emitMultiboot2(Assembler asm) {
        asm.align(8, 0);
        int start = asm.position();
        int length = 16 + 24 + 16 + 8; // fixed part, address tag, entry tag (padded), end tag
        asm.defineSymbol(BootSymbols.MULTIBOOT2_HEADER);
        asm.emit32(MULTIBOOT2_MAGIC);
        asm.emit32(0); // architecture: i386 protected mode
        asm.emit32(length);
        asm.emit32(-(MULTIBOOT2_MAGIC + length));
        // Address tag (type 2): where the file goes, as in the v1 a.out kludge.
        asm.emit16(2);
        asm.emit16(0);
        asm.emit32(24);
        asm.emitAbs32(BootSymbols.MULTIBOOT2_HEADER, 0);
        asm.emitAbs32(IMAGE_START, 0);
        asm.emitAbs32(LOAD_END, 0);
        asm.emitAbs32(BSS_END, 0);
        // Entry address tag (type 3), size 12, padded to the 8-byte tag alignment.
        asm.emit16(3);
        asm.emit16(0);
        asm.emit32(12);
        asm.emitAbs32(ENTRY32, 0);
        asm.emit32(0);
        // End tag.
        asm.emit16(0);
        asm.emit16(0);
        asm.emit32(8);
        if (asm.position() - start != length) {
            throw new IllegalStateException("Multiboot2 header length mismatch");
        }
    }
}
