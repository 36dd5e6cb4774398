package dev.moka.drivers.x86.boot;

import dev.moka.assembler.x86.Assembler;
import dev.moka.assembler.x86.Relocation;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Concatenates the output of several assemblers (possibly of different modes) into one code
 * block, shifting their relocations and symbols. Pieces refer to each other only through symbols.
 * The boot stub and the disk loader are both made this way.
 */
public final class CodeStitcher {
    private final ByteArrayOutputStream code = new ByteArrayOutputStream();
    private final List<Relocation> relocations = new ArrayList<>();
    private final Map<String, Integer> symbols = new LinkedHashMap<>();

    /** Creates an empty block. */
    public CodeStitcher() {
    }

    /** Appends {@code piece} at the next multiple of {@code alignment}, padding with {@code fill}. */
    public CodeStitcher append(Assembler piece, int alignment, int fill) {
        while (code.size() % alignment != 0) {
            code.write(fill);
        }
        int base = code.size();
        byte[] bytes = piece.toByteArray();
        code.write(bytes, 0, bytes.length);
        for (Relocation r : piece.relocations()) {
            relocations.add(new Relocation(base + r.offset(), r.kind(), r.symbol(), r.addend()));
        }
        piece.definedSymbols().forEach((name, offset) -> {
            if (symbols.putIfAbsent(name, base + offset) != null) {
                throw new IllegalStateException("symbol " + name + " defined by two boot stub pieces");
            }
        });
        return this;
    }

    /** @param bss the zeroed blocks the code needs @return the code, its relocations and symbols */
    public BootStub finish(List<BssBlock> bss) {
        return new BootStub(code.toByteArray(), relocations, symbols, bss);
    }
}
