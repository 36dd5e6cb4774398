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
 */
final class HandlerRanges {
    private final Assembler asm;
    private final CodeContext context;
    private final Map<dev.moka.assembler.compiler.ir.Block, Label> blockLabels;
    private final int frameBytes;
    private List<Handler> current = List.of();
    private static int counter;

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
        String start = nextSymbol("s");
        asm.defineSymbol(start);
        body.run();
        String end = nextSymbol("e");
        asm.defineSymbol(end);
        for (Handler h : list) {
            String handler = asm.labelSymbol(blockLabels.get(h.target()));
            context.addExceptionEntry(new ExceptionEntry(start, end, handler, h.catchType(), frameBytes));
        }
        current = outer;
    }

    private static synchronized String nextSymbol(String kind) {
        return "eh." + (counter++) + "." + kind;
    }
}
