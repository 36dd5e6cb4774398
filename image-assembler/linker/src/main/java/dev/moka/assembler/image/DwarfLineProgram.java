package dev.moka.assembler.image;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The DWARF 4 debug sections of a symbol file: a {@code .debug_line} program with one sequence per
 * compiled method (its source lines, from the compiler's line tables, the same ones stack traces
 * use), and a {@code .debug_info} compile unit over all the code that points to it, which is how a
 * debugger finds a line table. Files are named by package path and source file name
 * ({@code dev/moka/kernel/core/Kernel.java}), so gdb's {@code directory} can point at the sources.
 */
final class DwarfLineProgram {
    private static final int VERSION = 4;
    private static final int LINE_BASE = -5;
    private static final int LINE_RANGE = 14;
    private static final int OPCODE_BASE = 13;
    private static final byte[] STANDARD_OPCODE_LENGTHS = {0, 1, 1, 1, 1, 0, 0, 0, 1, 0, 0, 1};
    private static final int DW_LNS_COPY = 1;
    private static final int DW_LNS_ADVANCE_PC = 2;
    private static final int DW_LNS_ADVANCE_LINE = 3;
    private static final int DW_LNS_SET_FILE = 4;
    private static final int DW_LNE_END_SEQUENCE = 1;
    private static final int DW_LNE_SET_ADDRESS = 2;
    private static final int DW_TAG_COMPILE_UNIT = 0x11;
    private static final int DW_AT_NAME = 0x03;
    private static final int DW_AT_STMT_LIST = 0x10;
    private static final int DW_AT_LOW_PC = 0x11;
    private static final int DW_AT_HIGH_PC = 0x12;
    private static final int DW_AT_LANGUAGE = 0x13;
    private static final int DW_AT_PRODUCER = 0x25;
    private static final int DW_FORM_ADDR = 0x01;
    private static final int DW_FORM_DATA2 = 0x05;
    private static final int DW_FORM_DATA8 = 0x07;
    private static final int DW_FORM_STRING = 0x08;
    private static final int DW_FORM_SEC_OFFSET = 0x17;
    private static final int DW_LANG_JAVA = 0x0b;

    private DwarfLineProgram() {
    }

    /** @param methods compiled methods @return the {@code .debug_line} section */
    static byte[] lines(List<MethodSymbol> methods) {
        Map<String, Integer> files = new LinkedHashMap<>();
        List<MethodSymbol> withLines = new ArrayList<>();
        for (MethodSymbol m : methods) {
            if (m.sourceFile() != null && m.offsets().length > 0) {
                files.putIfAbsent(path(m), files.size() + 1);
                withLines.add(m);
            }
        }
        Bytes header = new Bytes();
        header.u8(1); // minimum instruction length
        header.u8(1); // maximum operations per instruction
        header.u8(1); // default is_stmt
        header.u8(LINE_BASE);
        header.u8(LINE_RANGE);
        header.u8(OPCODE_BASE);
        header.bytes(STANDARD_OPCODE_LENGTHS);
        header.u8(0); // no include directories
        for (String file : files.keySet()) {
            header.string(file);
            header.uleb(0);
            header.uleb(0);
            header.uleb(0);
        }
        header.u8(0);

        Bytes program = new Bytes();
        for (MethodSymbol m : withLines) {
            program.u8(0);
            program.uleb(9);
            program.u8(DW_LNE_SET_ADDRESS);
            program.u64(m.address());
            program.u8(DW_LNS_SET_FILE);
            program.uleb(files.get(path(m)));
            int[] offsets = m.offsets();
            int[] lines = m.lines();
            long pc = 0;
            long line = 1;
            for (int i = 0; i < offsets.length; i++) {
                // The first line also covers the prologue before it, so a breakpoint on entry has a line.
                if (i > 0 && offsets[i] > pc) {
                    program.u8(DW_LNS_ADVANCE_PC);
                    program.uleb(offsets[i] - pc);
                    pc = offsets[i];
                }
                if (lines[i] != line) {
                    program.u8(DW_LNS_ADVANCE_LINE);
                    program.sleb(lines[i] - line);
                    line = lines[i];
                }
                program.u8(DW_LNS_COPY);
            }
            if (m.size() > pc) {
                program.u8(DW_LNS_ADVANCE_PC);
                program.uleb(m.size() - pc);
            }
            program.u8(0);
            program.uleb(1);
            program.u8(DW_LNE_END_SEQUENCE);
        }

        Bytes unit = new Bytes();
        byte[] headerBytes = header.toArray();
        byte[] programBytes = program.toArray();
        unit.u32(2 + 4 + headerBytes.length + programBytes.length);
        unit.u16(VERSION);
        unit.u32(headerBytes.length);
        unit.bytes(headerBytes);
        unit.bytes(programBytes);
        return unit.toArray();
    }

    /** @return the {@code .debug_abbrev} section: one abbreviation, the compile unit */
    static byte[] abbreviations() {
        Bytes abbrev = new Bytes();
        abbrev.uleb(1);
        abbrev.uleb(DW_TAG_COMPILE_UNIT);
        abbrev.u8(0); // no children
        int[][] attributes = {{DW_AT_NAME, DW_FORM_STRING}, {DW_AT_PRODUCER, DW_FORM_STRING},
            {DW_AT_LANGUAGE, DW_FORM_DATA2}, {DW_AT_STMT_LIST, DW_FORM_SEC_OFFSET}, {DW_AT_LOW_PC, DW_FORM_ADDR},
            {DW_AT_HIGH_PC, DW_FORM_DATA8}};
        for (int[] attribute : attributes) {
            abbrev.uleb(attribute[0]);
            abbrev.uleb(attribute[1]);
        }
        abbrev.u8(0);
        abbrev.u8(0);
        abbrev.u8(0);
        return abbrev.toArray();
    }

    /**
     * @param methods compiled methods, in address order
     * @return the {@code .debug_info} section: one compile unit from the first method to the end of the last
     */
    static byte[] compileUnit(List<MethodSymbol> methods) {
        long low = methods.isEmpty() ? 0 : methods.get(0).address();
        long high = methods.isEmpty() ? 0 : methods.get(methods.size() - 1).address() + methods.get(methods.size() - 1).size();
        Bytes die = new Bytes();
        die.uleb(1);
        die.string("moka-image");
        die.string("Moka");
        die.u16(DW_LANG_JAVA);
        die.u32(0); // the line program starts .debug_line
        die.u64(low);
        die.u64(high - low);
        byte[] dieBytes = die.toArray();
        Bytes unit = new Bytes();
        unit.u32(2 + 4 + 1 + dieBytes.length);
        unit.u16(VERSION);
        unit.u32(0); // abbreviations start .debug_abbrev
        unit.u8(8);  // address size
        unit.bytes(dieBytes);
        return unit.toArray();
    }

    private static String path(MethodSymbol m) {
        int paren = m.name().indexOf('(');
        String owner = m.name().substring(0, Math.max(0, m.name().lastIndexOf('.', paren < 0 ? m.name().length() : paren)));
        int lastDot = owner.lastIndexOf('.');
        return lastDot < 0 ? m.sourceFile() : owner.substring(0, lastDot).replace('.', '/') + "/" + m.sourceFile();
    }

    /** A little-endian byte sink with the DWARF encodings. */
    private static final class Bytes {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        void u8(int value) {
            out.write(value);
        }

        void u16(int value) {
            u8(value);
            u8(value >>> 8);
        }

        void u32(int value) {
            u16(value);
            u16(value >>> 16);
        }

        void u64(long value) {
            u32((int) value);
            u32((int) (value >>> 32));
        }

        void uleb(long value) {
            long rest = value;
            do {
                int b = (int) (rest & 0x7F);
                rest >>>= 7;
                u8(rest != 0 ? b | 0x80 : b);
            } while (rest != 0);
        }

        void sleb(long value) {
            long rest = value;
            boolean more = true;
            while (more) {
                int b = (int) (rest & 0x7F);
                rest >>= 7;
                more = !(rest == 0 && (b & 0x40) == 0 || rest == -1 && (b & 0x40) != 0);
                u8(more ? b | 0x80 : b);
            }
        }

        void string(String text) {
            bytes(text.getBytes(StandardCharsets.UTF_8));
            u8(0);
        }

        void bytes(byte[] data) {
            out.write(data, 0, data.length);
        }

        byte[] toArray() {
            return out.toByteArray();
        }
    }
}
