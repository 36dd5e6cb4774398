package dev.moka.assembler.compiler.backend;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Names of the symbols that bound exception-table ranges: unique across the compilations one JVM may
 * run at once (the assembler's symbols are global to its section, and tests compile in parallel).
 */
final class RangeSymbols {
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private RangeSymbols() {
    }

    /** @param kind {@code s} for a range's start, {@code e} for its end @return a fresh symbol name */
    static String next(String kind) {
        return "eh." + COUNTER.getAndIncrement() + "." + kind;
    }
}
