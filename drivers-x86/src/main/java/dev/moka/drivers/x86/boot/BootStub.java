package dev.moka.drivers.x86.boot;

import dev.moka.assembler.x86.Relocation;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The machine code that starts a Multiboot kernel image, ready for the linker.
 *
 * @param code        bytes to place first in the loaded image (8-aligned address); starts with the
 *                    Multiboot v1 header
 * @param relocations references to resolve; offsets are relative to the start of {@code code}
 * @param symbols     symbols defined inside {@code code} and their offsets
 * @param bss         zero-initialised blocks the linker must place after the file data
 */
public record BootStub(byte[] code, List<Relocation> relocations, Map<String, Integer> symbols, List<BssBlock> bss) {

    /** Copies the collections so the stub cannot change afterwards. */
    public BootStub {
        code = code.clone();
        relocations = List.copyOf(relocations);
        // Map.copyOf would iterate in an order that changes from one JVM to the next.
        symbols = Collections.unmodifiableMap(new LinkedHashMap<>(symbols));
        bss = List.copyOf(bss);
    }

    /** Returns a copy of the code bytes. */
    @Override
    public byte[] code() {
        return code.clone();
    }
}
