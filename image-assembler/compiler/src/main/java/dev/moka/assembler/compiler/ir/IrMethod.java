package dev.moka.assembler.compiler.ir;

import dev.moka.assembler.compiler.model.MethodRef;
import dev.moka.assembler.compiler.model.TypeKind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A method in IR form: blocks in layout order (the first is the entry), the parameter registers
 * in argument order (receiver first), and the virtual register table.
 */
public final class IrMethod {
    private final MethodRef source;
    private final List<Block> blocks = new ArrayList<>();
    private final List<VReg> params = new ArrayList<>();
    private final List<VReg> regs = new ArrayList<>();
    private final Map<Insn, List<Handler>> handlers = new IdentityHashMap<>();
    private final Map<Insn, Integer> lines = new IdentityHashMap<>();
    private final Map<Insn, String> nullMessages = new IdentityHashMap<>();
    private final Set<Insn> operandsNotNull = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<Insn> indexesInBounds = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Map<Insn, InlineScope> scopes = new IdentityHashMap<>();
    private int nextBlockId;

    /** @param source the method this IR was built from */
    public IrMethod(MethodRef source) {
        this.source = source;
    }

    /** @return the method this IR was built from */
    public MethodRef source() {
        return source;
    }

    /** @return blocks in layout order */
    public List<Block> blocks() {
        return blocks;
    }

    /** @return parameter registers, receiver first */
    public List<VReg> params() {
        return params;
    }

    /** @return every virtual register, indexed by id */
    public List<VReg> regs() {
        return regs;
    }

    /** @param kind what it holds @return a fresh virtual register */
    public VReg newReg(TypeKind kind) {
        VReg r = new VReg(regs.size(), kind);
        regs.add(r);
        return r;
    }

    /** @return a new block appended to the layout */
    public Block newBlock() {
        Block b = new Block(nextBlockId++);
        blocks.add(b);
        return b;
    }

    /** @param previous a block of this method @return a new block laid out right after it */
    public Block insertBlockAfter(Block previous) {
        Block b = new Block(nextBlockId++);
        blocks.add(blocks.indexOf(previous) + 1, b);
        return b;
    }

    /**
     * @param insn an instruction of this method
     * @return the handlers that catch what it throws, in the order the JVM tries them
     */
    public List<Handler> handlers(Insn insn) {
        return handlers.getOrDefault(insn, List.of());
    }

    /** @param insn an instruction @param list the handlers covering it, innermost first */
    void setHandlers(Insn insn, List<Handler> list) {
        if (!list.isEmpty()) {
            handlers.put(insn, list);
        }
    }

    /** @param insn an instruction @return the message of the NullPointerException it may throw, or null */
    public String nullPointerMessage(Insn insn) {
        return nullMessages.get(insn);
    }

    void setNullPointerMessage(Insn insn, String message) {
        if (message != null) {
            nullMessages.put(insn, message);
        }
    }

    /** @param insn an instruction @return its source line, or 0 when unknown */
    public int line(Insn insn) {
        return lines.getOrDefault(insn, 0);
    }

    void setLine(Insn insn, int line) {
        if (line > 0) {
            lines.put(insn, line);
        }
    }

    /**
     * @param insn an instruction
     * @return the inlined activation it belongs to, or null when it is code of this method itself;
     *         its {@link #line} is then a line of the scope's method
     */
    public InlineScope scope(Insn insn) {
        return scopes.get(insn);
    }

    void setScope(Insn insn, InlineScope scope) {
        if (scope != null) {
            scopes.put(insn, scope);
        }
    }

    /**
     * Puts a rebuilt instruction in place of one of a block's, keeping its line, inlined scope,
     * handlers and NullPointerException message.
     *
     * @param block a block of this method
     * @param index the position of the instruction in it
     * @param insn  the instruction that replaces it
     */
    void replace(Block block, int index, Insn insn) {
        Insn old = block.insns().set(index, insn);
        if (old != insn) {
            setLine(insn, line(old));
            setHandlers(insn, handlers(old));
            setNullPointerMessage(insn, nullPointerMessage(old));
            setScope(insn, scope(old));
            lines.remove(old);
            handlers.remove(old);
            nullMessages.remove(old);
            scopes.remove(old);
            if (operandsNotNull.remove(old)) {
                operandsNotNull.add(insn);
            }
            if (indexesInBounds.remove(old)) {
                indexesInBounds.add(insn);
            }
        }
    }

    /**
     * Gives a copy of an instruction the original's line, inlined scope, handlers and
     * NullPointerException message.
     *
     * @param original an instruction of this method
     * @param copy     its copy elsewhere in the method
     */
    void copyAttributes(Insn original, Insn copy) {
        setLine(copy, line(original));
        setHandlers(copy, handlers(original));
        setNullPointerMessage(copy, nullPointerMessage(original));
        setScope(copy, scope(original));
    }

    /**
     * @param insn an instruction of this method that reads a field or an array, checks a reference
     *             or calls an instance method
     * @return whether its object, array or receiver operand is proven not null, so it needs no null
     *         check
     */
    public boolean operandNotNull(Insn insn) {
        return operandsNotNull.contains(insn);
    }

    /**
     * @param insn an array load or store of this method
     * @return whether its index is proven within the array's bounds, so it needs no bounds check
     */
    public boolean indexInBounds(Insn insn) {
        return indexesInBounds.contains(insn);
    }

    /** Forgets every proof, before the analysis runs again over changed code. */
    void forgetProofs() {
        operandsNotNull.clear();
        indexesInBounds.clear();
    }

    void proveOperandNotNull(Insn insn) {
        operandsNotNull.add(insn);
    }

    void proveIndexInBounds(Insn insn) {
        indexesInBounds.add(insn);
    }

    /** @return whether any instruction is covered by an exception handler */
    public boolean hasHandlers() {
        return !handlers.isEmpty();
    }

    /** @return the handler blocks, by block number */
    public List<Block> handlerBlocks() {
        List<Block> all = new ArrayList<>();
        for (List<Handler> list : handlers.values()) {
            for (Handler h : list) {
                if (!all.contains(h.target())) {
                    all.add(h.target());
                }
            }
        }
        // The map is keyed by identity, so its order changes from run to run; block numbers do not.
        all.sort(Comparator.comparingInt(Block::id));
        return all;
    }

    /** @return a readable listing, one instruction per line, for tests and debugging */
    public String dump() {
        StringBuilder out = new StringBuilder(source.display()).append(" params ").append(params).append('\n');
        for (Block b : blocks) {
            out.append(b).append(":\n");
            for (Insn i : b.insns()) {
                out.append("  ").append(i).append('\n');
            }
        }
        return out.toString();
    }
}
