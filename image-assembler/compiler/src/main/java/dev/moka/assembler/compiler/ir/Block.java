package dev.moka.assembler.compiler.ir;

import java.util.ArrayList;
import java.util.List;

/** A basic block: straight-line instructions ending in exactly one terminator. */
public final class Block {
    private final int id;
    private final List<Insn> insns = new ArrayList<>();
    private final List<Block> handlers = new ArrayList<>();

    /** @param id number within the method, in layout order */
    public Block(int id) {
        this.id = id;
    }

    /** @return the block number */
    public int id() {
        return id;
    }

    /** @return the instructions, the terminator last */
    public List<Insn> insns() {
        return insns;
    }

    /** @param insn appended */
    public void add(Insn insn) {
        insns.add(insn);
    }

    /** @return whether the block already ends in a terminator */
    public boolean isTerminated() {
        return !insns.isEmpty() && insns.get(insns.size() - 1) instanceof Insn.Terminator;
    }

    /** @return the blocks control may flow to next, exception handlers included */
    public List<Block> successors() {
        List<Block> all = new ArrayList<>(handlers);
        if (isTerminated()) {
            all.addAll(((Insn.Terminator) insns.get(insns.size() - 1)).targets());
        }
        return all;
    }

    /** @return the handlers that catch exceptions thrown by instructions of this block */
    public List<Block> handlers() {
        return java.util.Collections.unmodifiableList(handlers);
    }

    /** @param handler a handler that catches exceptions thrown by an instruction of this block */
    public void addHandler(Block handler) {
        if (!handlers.contains(handler)) {
            handlers.add(handler);
        }
    }

    @Override
    public String toString() {
        return "B" + id;
    }
}
