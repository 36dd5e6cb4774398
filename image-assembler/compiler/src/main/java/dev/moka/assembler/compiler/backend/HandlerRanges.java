package dev.moka.assembler.compiler.backend;

import dev.moka.assembler.compiler.ir.Handler;
import dev.moka.assembler.x86.Assembler;
import dev.moka.assembler.x86.Label;
import java.util.List;
import java.util.Map;

/**
 * Turns the handlers that cover each instruction into exception-table rows over machine code
 * ranges. The backend wraps the code of every instruction (and of its out-of-line slow paths) in
 * {@link #around}, so any call or throw inside lands in a range with that instruction's handlers.
 * Consecutive instructions with the same handlers share one range (inlined callees put whole runs
 * of instructions under their call's handlers), which {@link #finish} closes.
 */
final class HandlerRanges {
    private final Assembler asm;
    private final CodeContext context;
    private final Map<dev.moka.assembler.compiler.ir.Block, Label> blockLabels;
    private final int frameBytes;
    private List<Handler> current = List.of();
    /** The range still growing: its handlers, first symbol, last end symbol and where that end is. */
    private List<Handler> openHandlers;
    private String openStart;
    private String openEnd;
    private int openEndPosition = -1;

    HandlerRanges(Assembler asm, CodeContext context, Map<dev.moka.assembler.compiler.ir.Block, Label> blockLabels,
                  int frameBytes) {
        this.asm = asm;
        this.context = context;
        this.blockLabels = blockLabels;
        this.frameBytes = frameBytes;
    }

    /** @return the handlers of the instruction being emitted (an identity key for sharing slow paths) */
    Object current() {
        return current;
    }

    /** Emits {@code body} as code covered by the given handlers. */
    @SuppressWarnings("unchecked")
    void around(Object handlers, Runnable body) {
        List<Handler> list = (List<Handler>) handlers;
        List<Handler> outer = current;
        current = list;
        if (list.isEmpty()) {
            body.run();
            current = outer;
            return;
        }
        if (openHandlers == null || !openHandlers.equals(list) || asm.position() != openEndPosition) {
            finish();
            openHandlers = list;
            openStart = RangeSymbols.next("s");
            asm.defineSymbol(openStart);
        }
        body.run();
        openEnd = RangeSymbols.next("e");
        asm.defineSymbol(openEnd);
        openEndPosition = asm.position();
        current = outer;
    }

    /** Records the range still open, if any: called between ranges and once the method is emitted. */
    void finish() {
        if (openHandlers == null) {
            return;
        }
        for (Handler h : openHandlers) {
            String handler = asm.labelSymbol(blockLabels.get(h.target()));
            context.addExceptionEntry(new ExceptionEntry(openStart, openEnd, handler, h.catchType(), frameBytes));
        }
        openHandlers = null;
        openEndPosition = -1;
    }
}
