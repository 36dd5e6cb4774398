package dev.moka.assembler.x86;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Just enough of an ELF relocatable-object reader (ELF32 and ELF64, little-endian) to get the bytes
 * and relocations of each section GNU as produced. REL-style addends (i386) are read from the
 * patched field and the field is zeroed, so results look like RELA for comparison.
 */
final class ElfObject {
    /** One relocation in the same shape the encoder produces; symbol offsets are section-relative. */
    record Reloc(int offset, Relocation.Kind kind, String symbol, long addend) {
    }

    /** Bytes and relocations of one section. */
    record Section(String name, byte[] bytes, List<Reloc> relocs) {
    }

    private static final int SHT_SYMTAB = 2;
    private static final int SHT_RELA = 4;
    private static final int SHT_REL = 9;

    private final ByteBuffer data;
    private final boolean elf64;
    private final List<long[]> headers = new ArrayList<>(); // type, offset, size, link, info, name
    private final Map<String, Section> sections = new LinkedHashMap<>();

    private ElfObject(byte[] file) {
        data = ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN);
        elf64 = file[4] == 2;
        readHeaders();
        readSections();
    }

    static Map<String, Section> parse(byte[] file) {
        return new ElfObject(file).sections;
    }

    private void readHeaders() {
        long shoff = elf64 ? data.getLong(0x28) : data.getInt(0x20) & 0xFFFFFFFFL;
        int entsize = data.getShort(elf64 ? 0x3A : 0x2E) & 0xFFFF;
        int count = data.getShort(elf64 ? 0x3C : 0x30) & 0xFFFF;
        for (int i = 0; i < count; i++) {
            int at = (int) (shoff + (long) i * entsize);
            long name = data.getInt(at) & 0xFFFFFFFFL;
            long type = data.getInt(at + 4) & 0xFFFFFFFFL;
            long offset = elf64 ? data.getLong(at + 0x18) : data.getInt(at + 0x10) & 0xFFFFFFFFL;
            long size = elf64 ? data.getLong(at + 0x20) : data.getInt(at + 0x14) & 0xFFFFFFFFL;
            long link = data.getInt(at + (elf64 ? 0x28 : 0x18)) & 0xFFFFFFFFL;
            long info = data.getInt(at + (elf64 ? 0x2C : 0x1C)) & 0xFFFFFFFFL;
            headers.add(new long[] {type, offset, size, link, info, name});
        }
    }

    private void readSections() {
        int shstrndx = data.getShort(elf64 ? 0x3E : 0x32) & 0xFFFF;
        String[] names = new String[headers.size()];
        byte[][] contents = new byte[headers.size()][];
        for (int i = 0; i < headers.size(); i++) {
            names[i] = string(headers.get(shstrndx)[1] + headers.get(i)[5]);
            long[] h = headers.get(i);
            contents[i] = Arrays.copyOfRange(data.array(), (int) h[1], (int) (h[1] + h[2]));
        }
        Map<Integer, List<Reloc>> relocsBySection = new LinkedHashMap<>();
        for (int i = 0; i < headers.size(); i++) {
            long[] h = headers.get(i);
            if (h[0] == SHT_RELA || h[0] == SHT_REL) {
                int target = (int) h[4];
                relocsBySection.put(target, readRelocs(h, h[0] == SHT_RELA, contents[target]));
            }
        }
        for (int i = 0; i < headers.size(); i++) {
            sections.put(names[i], new Section(names[i], contents[i], relocsBySection.getOrDefault(i, List.of())));
        }
    }

    private List<Reloc> readRelocs(long[] header, boolean rela, byte[] target) {
        long[] symtab = headers.get((int) header[3]);
        long[] strtab = headers.get((int) symtab[3]);
        int entry = elf64 ? 24 : rela ? 12 : 8;
        List<Reloc> result = new ArrayList<>();
        for (long at = header[1]; at < header[1] + header[2]; at += entry) {
            int offset = (int) (elf64 ? data.getLong((int) at) : data.getInt((int) at));
            long info = elf64 ? data.getLong((int) at + 8) : data.getInt((int) at + 4) & 0xFFFFFFFFL;
            int symbol = (int) (elf64 ? info >>> 32 : info >>> 8);
            int type = (int) (elf64 ? info & 0xFFFFFFFFL : info & 0xFF);
            Relocation.Kind kind = kind(type);
            long addend;
            if (rela) {
                addend = elf64 ? data.getLong((int) at + 16) : data.getInt((int) at + 8);
            } else {
                ByteBuffer field = ByteBuffer.wrap(target).order(ByteOrder.LITTLE_ENDIAN);
                addend = field.getInt(offset);
                field.putInt(offset, 0);
            }
            int symAt = (int) (symtab[1] + (long) symbol * (elf64 ? 24 : 16));
            String name = string(strtab[1] + (data.getInt(symAt) & 0xFFFFFFFFL));
            result.add(new Reloc(offset, kind, name, addend));
        }
        return result;
    }

    private Relocation.Kind kind(int type) {
        if (elf64) {
            return switch (type) {
                case 1 -> Relocation.Kind.ABS64;
                case 2, 4 -> Relocation.Kind.PC_REL32; // R_X86_64_PC32, R_X86_64_PLT32
                case 10 -> Relocation.Kind.ABS32;      // R_X86_64_32
                default -> throw new IllegalStateException("unexpected x86_64 relocation type " + type);
            };
        }
        return switch (type) {
            case 1 -> Relocation.Kind.ABS32;
            case 2, 4 -> Relocation.Kind.PC_REL32;
            default -> throw new IllegalStateException("unexpected i386 relocation type " + type);
        };
    }

    private String string(long at) {
        int end = (int) at;
        while (data.get(end) != 0) {
            end++;
        }
        return new String(data.array(), (int) at, end - (int) at, StandardCharsets.US_ASCII);
    }
}
