package dev.moka.assembler.compiler.ir;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Copies an instruction of an inlined callee into its caller, renaming registers and blocks.
 * Returns are not copied: {@link Inliner} turns them into a move of the result and a jump.
 */
final class InsnCopier {
    private InsnCopier() {
    }

    static Insn copy(Insn insn, Map<VReg, VReg> regs, Map<Block, Block> blocks) {
        return switch (insn) {
            case Insn.Goto g -> new Insn.Goto(blocks.get(g.target()));
            case Insn.If f -> new Insn.If(f.cond(), regs.get(f.a()), f.b() == null ? null : regs.get(f.b()),
                    blocks.get(f.ifTrue()), blocks.get(f.ifFalse()));
            case Insn.Switch s -> {
                List<Block> cases = new ArrayList<>();
                s.cases().forEach(c -> cases.add(blocks.get(c)));
                yield new Insn.Switch(regs.get(s.key()), s.keys(), cases, blocks.get(s.otherwise()));
            }
            case Insn.Return r -> throw new IllegalArgumentException("returns are rewritten, not copied: " + r);
            default -> InsnRewriter.rewrite(insn, regs::get, insn.def() == null ? null : regs.get(insn.def()));
        };
    }
}
