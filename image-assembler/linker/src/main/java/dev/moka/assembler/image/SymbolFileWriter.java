package dev.moka.assembler.image;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes a symbol file for debuggers: an ELF64 file whose {@code .text} section holds the kernel's
 * loaded bytes at their load address and whose {@code .symtab} names every compiled method as a
 * function symbol ({@code binary.ClassName.method(descriptor)}) with its address and size, and whose
 * {@code .debug_line} (DWARF 4, with the compile unit in {@code .debug_info} that points to it)
 * maps code addresses to source lines.
 * gdb reads it with {@code gdb kernel.sym.elf}, then attaches to QEMU's gdb stub. The file is never
 * booted: it has no program headers.
 */
public final class SymbolFileWriter {
    private static final int ELF_HEADER = 64;
    private static final int SECTION_HEADER = 64;
    private static final int SYMBOL = 24;
    private static final int SHT_PROGBITS = 1;
    private static final int SHT_SYMTAB = 2;
    private static final int SHT_STRTAB = 3;
    private static final int SHF_ALLOC = 2;
    private static final int SHF_EXECINSTR = 4;
    private static final int STB_GLOBAL_FUNC = 1 << 4 | 2;
    private static final int TEXT_INDEX = 1;

    private SymbolFileWriter() {
    }

    /**
     * @param kernel      the kernel file, loaded as a whole at {@code loadAddress}
     * @param loadAddress where its first byte is in memory
     * @param methods     the compiled methods
     * @return the symbol file
     */
    public static byte[] write(byte[] kernel, long loadAddress, List<MethodSymbol> methods) {
        ByteArrayOutputStream strings = new ByteArrayOutputStream();
        strings.write(0);
        ByteBuffer symbols = ByteBuffer.allocate(SYMBOL * (methods.size() + 1)).order(ByteOrder.LITTLE_ENDIAN);
        symbols.position(SYMBOL); // entry 0 is the null symbol
        for (MethodSymbol m : methods) {
            symbols.putInt(strings.size());
            byte[] name = m.name().getBytes(StandardCharsets.UTF_8);
            strings.write(name, 0, name.length);
            strings.write(0);
            symbols.put((byte) STB_GLOBAL_FUNC);
            symbols.put((byte) 0);
            symbols.putShort((short) TEXT_INDEX);
            symbols.putLong(m.address());
            symbols.putLong(m.size());
        }

        Sections sections = new Sections();
        sections.add(".text", SHT_PROGBITS, SHF_ALLOC | SHF_EXECINSTR, loadAddress, kernel, 0, 0, 16, 0);
        int strtab = 3;
        sections.add(".symtab", SHT_SYMTAB, 0, 0, symbols.array(), strtab, 1, 8, SYMBOL);
        sections.add(".strtab", SHT_STRTAB, 0, 0, strings.toByteArray(), 0, 0, 1, 0);
        sections.add(".debug_line", SHT_PROGBITS, 0, 0, DwarfLineProgram.lines(methods), 0, 0, 1, 0);
        sections.add(".debug_abbrev", SHT_PROGBITS, 0, 0, DwarfLineProgram.abbreviations(), 0, 0, 1, 0);
        sections.add(".debug_info", SHT_PROGBITS, 0, 0, DwarfLineProgram.compileUnit(methods), 0, 0, 1, 0);
        return sections.finish();
    }

    /** Section contents after the ELF header, then the section name table, then the section headers. */
    private static final class Sections {
        private final ByteArrayOutputStream body = new ByteArrayOutputStream();
        private final ByteArrayOutputStream names = new ByteArrayOutputStream();
        private final ByteBuffer headers = ByteBuffer.allocate(SECTION_HEADER * 8).order(ByteOrder.LITTLE_ENDIAN);
        private int count = 1; // section 0 is the null section

        Sections() {
            names.write(0);
            headers.position(SECTION_HEADER);
        }

        void add(String name, int type, long flags, long address, byte[] contents, int link, int info, int align,
                 int entrySize) {
            while ((ELF_HEADER + body.size()) % align != 0) {
                body.write(0);
            }
            headers.putInt(names.size());
            byte[] nameBytes = name.getBytes(StandardCharsets.US_ASCII);
            names.write(nameBytes, 0, nameBytes.length);
            names.write(0);
            headers.putInt(type);
            headers.putLong(flags);
            headers.putLong(address);
            headers.putLong(ELF_HEADER + body.size());
            headers.putLong(contents.length);
            headers.putInt(link);
            headers.putInt(info);
            headers.putLong(align);
            headers.putLong(entrySize);
            body.write(contents, 0, contents.length);
            count++;
        }

        byte[] finish() {
            int shstrndx = count;
            byte[] shstrtab = (".shstrtab").getBytes(StandardCharsets.US_ASCII);
            int nameOffset = names.size();
            names.write(shstrtab, 0, shstrtab.length);
            names.write(0);
            byte[] nameTable = names.toByteArray();
            headers.putInt(nameOffset);
            headers.putInt(SHT_STRTAB);
            headers.putLong(0);
            headers.putLong(0);
            headers.putLong(ELF_HEADER + body.size());
            headers.putLong(nameTable.length);
            headers.putInt(0);
            headers.putInt(0);
            headers.putLong(1);
            headers.putLong(0);
            body.write(nameTable, 0, nameTable.length);
            count++;
            while ((ELF_HEADER + body.size()) % 8 != 0) {
                body.write(0);
            }
            long sectionHeaders = ELF_HEADER + body.size();
            ByteBuffer file = ByteBuffer.allocate((int) sectionHeaders + count * SECTION_HEADER)
                    .order(ByteOrder.LITTLE_ENDIAN);
            file.put(new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1, 0});
            file.putShort(16, (short) 2);      // ET_EXEC
            file.putShort(18, (short) 62);     // EM_X86_64
            file.putInt(20, 1);
            file.putLong(40, sectionHeaders);
            file.putShort(52, (short) ELF_HEADER);
            file.putShort(58, (short) SECTION_HEADER);
            file.putShort(60, (short) count);
            file.putShort(62, (short) shstrndx);
            file.put(ELF_HEADER, body.toByteArray());
            file.put((int) sectionHeaders, headers.array(), 0, count * SECTION_HEADER);
            return file.array();
        }
    }
}
