package dev.moka.assembler.link;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Appends a symbol table to an executable written by {@link ElfImageWriter}, so that profilers and
 * disassemblers ({@code perf report}, {@code objdump -d}, {@code gdb}) name the compiled methods.
 * The tables follow the loaded bytes in the file and are not part of the loadable segment, so the
 * program that runs is the same with or without them.
 */
public final class ElfSymbolTable {
    private static final int SECTION_HEADER = 64;
    private static final int SYMBOL = 24;
    private static final int SHT_PROGBITS = 1;
    private static final int SHT_SYMTAB = 2;
    private static final int SHT_STRTAB = 3;
    private static final int SHF_ALLOC = 2;
    private static final int SHF_EXECINSTR = 4;
    private static final int STB_GLOBAL_STT_FUNC = 1 << 4 | 2;
    private static final int TEXT_SECTION = 1;
    private static final int STRTAB_SECTION = 3;
    private static final int SECTIONS = 5;

    /**
     * A function in the executable.
     *
     * @param name    what tools show, such as {@code java.lang.String.indexOf(II)I}
     * @param address its first byte
     * @param size    bytes of its code
     */
    public record Function(String name, long address, long size) {
    }

    private ElfSymbolTable() {
    }

    /**
     * @param executable the executable's bytes, headers included, loaded as a whole at {@code base}
     * @param base       the load address of its first byte
     * @param functions  the functions to name
     * @return the executable followed by a {@code .text} section covering the loaded bytes, the
     *         symbol and string tables, and the section headers that describe them
     */
    public static byte[] append(byte[] executable, long base, List<Function> functions) {
        ByteArrayOutputStream strings = new ByteArrayOutputStream();
        strings.write(0);
        ByteBuffer symbols = ByteBuffer.allocate(SYMBOL * (functions.size() + 1)).order(ByteOrder.LITTLE_ENDIAN);
        symbols.position(SYMBOL); // entry 0 is the null symbol
        for (Function f : functions) {
            symbols.putInt(strings.size());
            byte[] name = f.name().getBytes(StandardCharsets.UTF_8);
            strings.write(name, 0, name.length);
            strings.write(0);
            symbols.put((byte) STB_GLOBAL_STT_FUNC);
            symbols.put((byte) 0);
            symbols.putShort((short) TEXT_SECTION);
            symbols.putLong(f.address());
            symbols.putLong(f.size());
        }
        byte[] names = "\0.text\0.symtab\0.strtab\0.shstrtab\0".getBytes(StandardCharsets.US_ASCII);
        int textName = 1;
        int symtabName = textName + ".text".length() + 1;
        int strtabName = symtabName + ".symtab".length() + 1;
        int shstrtabName = strtabName + ".strtab".length() + 1;

        int symtabOffset = align(executable.length, 8);
        int strtabOffset = symtabOffset + symbols.capacity();
        byte[] stringBytes = strings.toByteArray();
        int shstrtabOffset = strtabOffset + stringBytes.length;
        int headersOffset = align(shstrtabOffset + names.length, 8);
        ByteBuffer out = ByteBuffer.allocate(headersOffset + SECTION_HEADER * SECTIONS).order(ByteOrder.LITTLE_ENDIAN);
        out.put(executable);
        out.position(symtabOffset);
        out.put(symbols.array());
        out.put(stringBytes);
        out.put(names);
        out.position(headersOffset + SECTION_HEADER); // section 0 is the null section
        header(out, textName, SHT_PROGBITS, SHF_ALLOC | SHF_EXECINSTR, base, 0, executable.length, 0, 0, 16, 0);
        header(out, symtabName, SHT_SYMTAB, 0, 0, symtabOffset, symbols.capacity(), STRTAB_SECTION, 1, 8, SYMBOL);
        header(out, strtabName, SHT_STRTAB, 0, 0, strtabOffset, stringBytes.length, 0, 0, 1, 0);
        header(out, shstrtabName, SHT_STRTAB, 0, 0, shstrtabOffset, names.length, 0, 0, 1, 0);
        out.putLong(40, headersOffset);               // e_shoff
        out.putShort(58, (short) SECTION_HEADER);     // e_shentsize
        out.putShort(60, (short) SECTIONS);           // e_shnum
        out.putShort(62, (short) (SECTIONS - 1));     // e_shstrndx
        return out.array();
    }

    private static void header(ByteBuffer out, int name, int type, long flags, long address, long offset, long size,
            int link, int info, long align, long entrySize) {
        out.putInt(name);
        out.putInt(type);
        out.putLong(flags);
        out.putLong(address);
        out.putLong(offset);
        out.putLong(size);
        out.putInt(link);
        out.putInt(info);
        out.putLong(align);
        out.putLong(entrySize);
    }

    private static int align(int value, int alignment) {
        return (value + alignment - 1) / alignment * alignment;
    }
}
