package dev.moka.assembler.image;

import dev.moka.assembler.compiler.backend.MethodInfo;
import java.util.Map;

/**
 * A compiled method where the linker put it, for debuggers: its code range, its name as Java spells
 * it, and the source lines of its code.
 *
 * @param name       {@code binary.ClassName.method(descriptor)}, such as
 *                   {@code dev.moka.kernel.core.Kernel.run(Ldev/moka/kernel/api/boot/BootInfo;)V}
 * @param address    its first byte
 * @param size       bytes of its code
 * @param sourceFile the class's source file name, or null
 * @param offsets    code offsets from {@code address} where a new source line begins, ascending
 * @param lines      the source line starting at each offset
 */
public record MethodSymbol(String name, long address, long size, String sourceFile, int[] offsets, int[] lines) {
    /** Copies the line table. */
    public MethodSymbol {
        offsets = offsets.clone();
        lines = lines.clone();
        if (offsets.length != lines.length) {
            throw new IllegalArgumentException("line table of " + name + " has " + offsets.length + " offsets and "
                    + lines.length + " lines");
        }
    }

    /** @return a copy of the offsets */
    @Override
    public int[] offsets() {
        return offsets.clone();
    }

    /** @return a copy of the lines */
    @Override
    public int[] lines() {
        return lines.clone();
    }

    /**
     * @param info    what the compiler recorded about the method
     * @param symbols every linked symbol's address
     * @return the method at its linked address
     */
    static MethodSymbol of(MethodInfo info, Map<String, Long> symbols) {
        long start = address(symbols, info.start());
        long end = address(symbols, info.end());
        // The compiler's method symbol is internal/Name.method(descriptor): the descriptor is its tail.
        int paren = info.start().indexOf('(');
        String descriptor = paren < 0 ? "" : info.start().substring(paren);
        return new MethodSymbol(info.className() + "." + info.methodName() + descriptor, start, end - start,
                info.sourceFile(), info.offsets(), info.lines());
    }

    private static long address(Map<String, Long> symbols, String symbol) {
        Long address = symbols.get(symbol);
        if (address == null) {
            throw new IllegalStateException("the linker placed no symbol " + symbol);
        }
        return address;
    }
}
