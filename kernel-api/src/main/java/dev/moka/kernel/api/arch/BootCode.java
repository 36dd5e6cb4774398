package dev.moka.kernel.api.arch;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Machine code an arch pack places first in an image, ready for the linker.
 *
 * @param code    the bytes, placed at an 8-aligned address
 * @param fixups  references to symbols the linker resolves; offsets are relative to {@code code}
 * @param symbols symbols defined inside {@code code}, by offset
 * @param bss     zero-initialised blocks the linker places after the file data
 */
public record BootCode(byte[] code, List<Fixup> fixups, Map<String, Integer> symbols, List<Reserve> bss) {

    /** Copies everything, so the value cannot change afterwards; symbols keep a fixed (sorted) order. */
    public BootCode {
        code = code.clone();
        fixups = List.copyOf(fixups);
        symbols = new TreeMap<>(symbols);
        bss = List.copyOf(bss);
    }

    /** @return a copy of the code bytes */
    @Override
    public byte[] code() {
        return code.clone();
    }

    /** @return the symbols, sorted by name, unmodifiable */
    @Override
    public Map<String, Integer> symbols() {
        return Collections.unmodifiableMap(symbols);
    }

    /** How a fixup's field holds the symbol's address. */
    public enum FixupKind {
        /** 32-bit displacement from the end of the field. */
        PC_RELATIVE_32,
        /** 32-bit absolute address. */
        ABSOLUTE_32,
        /** 64-bit absolute address. */
        ABSOLUTE_64
    }

    /**
     * @param offset where the field starts in the code
     * @param kind   how the field holds the address
     * @param symbol the symbol whose address goes there
     * @param addend added to the address
     */
    public record Fixup(int offset, FixupKind kind, String symbol, long addend) {
    }

    /**
     * @param symbol    the symbol naming the block's start
     * @param size      bytes
     * @param alignment power of two the start is aligned to
     */
    public record Reserve(String symbol, long size, int alignment) {
    }
}
