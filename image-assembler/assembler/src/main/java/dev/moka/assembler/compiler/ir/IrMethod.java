package dev.moka.assembler.compiler.ir;

import dev.moka.assembler.compiler.model.MethodRef;
import dev.moka.assembler.compiler.model.TypeKind;
import java.util.ArrayList;
import java.util.List;

/**
 * A method in IR form: blocks in layout order (the first is the entry), the parameter registers
 * in argument order (receiver first), and the virtual register table.
 */
public final class IrMethod {
    private final MethodRef source;
    private final List<Block> blocks = new ArrayList<>();
    private final List<VReg> params = new ArrayList<>();
    private final List<VReg> regs = new ArrayList<>();

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
        Block b = new Block(blocks.size());
        blocks.add(b);
        return b;
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
