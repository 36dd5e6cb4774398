package dev.moka.drivers.x86.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moka.assembler.x86.Relocation;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Decodes the Multiboot headers of a linked image and checks every field. */
class MultibootHeaderTest {
    private final BootStub stub = X86BootStub.emit(KernelEntries.ENTRY);
    private final TestImageLinker.Image image = TestImageLinker.link(stub,
            KernelEntries.entry(asm -> KernelEntries.exit(asm, X86BootStub.EXIT_SUCCESS_VALUE)));
    private final ByteBuffer file = ByteBuffer.wrap(image.file()).order(ByteOrder.LITTLE_ENDIAN);

    @Test
    void multibootV1HeaderLoadsTheWholeImage() {
        int at = TestImageLinker.HEADERS;
        assertEquals(0x1BADB002, file.getInt(at));
        int flags = file.getInt(at + 4);
        assertEquals(0x00010003, flags, "page-align modules, memory info, address fields");
        assertEquals(0, file.getInt(at) + flags + file.getInt(at + 8), "checksum");
        long headerAddress = Integer.toUnsignedLong(file.getInt(at + 12));
        assertEquals(TestImageLinker.LOAD_ADDRESS + at, headerAddress);
        assertEquals(TestImageLinker.LOAD_ADDRESS, Integer.toUnsignedLong(file.getInt(at + 16)));
        assertEquals(TestImageLinker.LOAD_ADDRESS + image.file().length, Integer.toUnsignedLong(file.getInt(at + 20)));
        assertEquals(image.address("__bss_end"), Integer.toUnsignedLong(file.getInt(at + 24)));
        assertEquals(image.address(X86BootStub.ENTRY32_SYMBOL), Integer.toUnsignedLong(file.getInt(at + 28)));
        assertTrue(at % 8 == 0 && at + 32 <= 8192, "8-aligned within the first 8 KiB");
    }

    @Test
    void multiboot2HeaderIsAlignedAndChecksummed() {
        int at = TestImageLinker.HEADERS + stub.symbols().get(BootSymbols.MULTIBOOT2_HEADER);
        assertTrue(at % 8 == 0 && at < 32768, "8-aligned within the first 32 KiB: " + at);
        int magic = file.getInt(at);
        int length = file.getInt(at + 8);
        assertEquals(0xE85250D6, magic);
        assertEquals(0, file.getInt(at + 4), "i386 architecture");
        assertEquals(0, magic + length + file.getInt(at + 12), "checksum");
        // Tags: address (2), entry address (3), end (0); each 8-aligned.
        int tag = at + 16;
        assertEquals(2, file.getShort(tag));
        assertEquals(TestImageLinker.LOAD_ADDRESS, Integer.toUnsignedLong(file.getInt(tag + 12)));
        tag += 24;
        assertEquals(3, file.getShort(tag));
        assertEquals(image.address(X86BootStub.ENTRY32_SYMBOL), Integer.toUnsignedLong(file.getInt(tag + 8)));
        tag += 16;
        assertEquals(0, file.getShort(tag));
        assertEquals(8, file.getInt(tag + 4));
        assertEquals(at + length, tag + 8);
    }

    @Test
    void stubStartsWithTheHeaderAndRelocatesItsAddressFields() {
        byte[] code = stub.code();
        assertEquals(0x1BADB002, ByteBuffer.wrap(code).order(ByteOrder.LITTLE_ENDIAN).getInt(0));
        List<Relocation> headerFields = stub.relocations().stream().filter(r -> r.offset() < 32).toList();
        assertEquals(List.of(
                new Relocation(12, Relocation.Kind.ABS32, BootSymbols.MULTIBOOT_HEADER, 0),
                new Relocation(16, Relocation.Kind.ABS32, "__image_start", 0),
                new Relocation(20, Relocation.Kind.ABS32, "__load_end", 0),
                new Relocation(24, Relocation.Kind.ABS32, "__bss_end", 0),
                new Relocation(28, Relocation.Kind.ABS32, X86BootStub.ENTRY32_SYMBOL, 0)), headerFields);
        assertTrue(stub.relocations().stream().anyMatch(r -> r.symbol().equals(KernelEntries.ENTRY)
                && r.kind() == Relocation.Kind.PC_REL32), "calls the kernel entry");
        assertTrue(stub.bss().stream().anyMatch(b -> b.size() == 64 * 1024), "64 KiB boot stack");
        assertTrue(stub.bss().stream().filter(b -> b.symbol().contains("pml4") || b.symbol().contains("pdpt")
                || b.symbol().contains("page_directories")).allMatch(b -> b.alignment() == 4096));
    }
}
