package dev.moka.assembler.link;

import dev.moka.assembler.x86.Relocation;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Lays sections out one after another from a base address, places zero-initialised blocks after
 * them, defines the layout symbols and patches every relocation.
 *
 * <p>Layout symbols: {@code __image_start} (the base), {@code __load_end} (end of file data) and
 * {@code __bss_end} (end of everything).
 */
public final class Linker {
    /** Symbol of the load address. */
    public static final String IMAGE_START = "__image_start";
    /** Symbol of the end of the file data. */
    public static final String LOAD_END = "__load_end";
    /** Symbol of the end of the bss. */
    public static final String BSS_END = "__bss_end";

    /**
     * A zero-filled block after the file data.
     *
     * @param symbol    its name
     * @param size      bytes
     * @param alignment start alignment
     */
    public record Bss(String symbol, long size, int alignment) {
    }

    private Linker() {
    }

    /**
     * @param base       load address of the first section
     * @param headerSize bytes reserved before the first section (filled by the image writer)
     * @param sections   the sections in load order
     * @param bss        zero-filled blocks in order
     * @return the linked image, header bytes still zero
     */
    public static LinkedImage link(long base, int headerSize, List<Section> sections, List<Bss> bss) {
        Map<String, Long> symbols = new HashMap<>();
        long[] starts = new long[sections.size()];
        long at = base + headerSize;
        for (int i = 0; i < sections.size(); i++) {
            Section s = sections.get(i);
            at = align(at, s.alignment());
            starts[i] = at;
            for (Map.Entry<String, Integer> e : s.symbols().entrySet()) {
                define(symbols, e.getKey(), at + e.getValue(), s.name());
            }
            at += s.bytes().length;
        }
        long loadEnd = align(at, 8);
        long bssAt = loadEnd;
        for (Bss b : bss) {
            bssAt = align(bssAt, b.alignment());
            define(symbols, b.symbol(), bssAt, "bss");
            bssAt += b.size();
        }
        long bssEnd = align(bssAt, 4096);
        define(symbols, IMAGE_START, base, "layout");
        define(symbols, LOAD_END, loadEnd, "layout");
        define(symbols, BSS_END, bssEnd, "layout");

        byte[] image = new byte[(int) (loadEnd - base)];
        ByteBuffer out = ByteBuffer.wrap(image).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < sections.size(); i++) {
            Section s = sections.get(i);
            int fileOffset = (int) (starts[i] - base);
            System.arraycopy(s.bytes(), 0, image, fileOffset, s.bytes().length);
            for (Relocation r : s.relocations()) {
                Long target = symbols.get(r.symbol());
                if (target == null) {
                    throw new LinkException("undefined symbol " + r.symbol() + " referenced from " + s.name());
                }
                long place = starts[i] + r.offset();
                long value = target + r.addend();
                int where = fileOffset + r.offset();
                switch (r.kind()) {
                    case ABS64 -> out.putLong(where, value);
                    case ABS32 -> out.putInt(where, checkedInt(value, r, true));
                    case PC_REL32 -> out.putInt(where, checkedInt(value - place, r, false));
                }
            }
        }
        return new LinkedImage(base, image, bssEnd, symbols);
    }

    private static int checkedInt(long value, Relocation r, boolean unsigned) {
        boolean fits = unsigned ? value >= 0 && value <= 0xffffffffL : value == (int) value;
        if (!fits) {
            throw new LinkException("relocation to " + r.symbol() + " does not fit in 32 bits: " + value);
        }
        return (int) value;
    }

    private static void define(Map<String, Long> symbols, String name, long address, String where) {
        if (symbols.put(name, address) != null) {
            throw new LinkException("symbol " + name + " defined twice (again in " + where + ")");
        }
    }

    private static long align(long value, int alignment) {
        return (value + alignment - 1) / alignment * alignment;
    }
}
