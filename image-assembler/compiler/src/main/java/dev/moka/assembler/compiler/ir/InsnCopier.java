package dev.moka.assembler.compiler.ir;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Copies an instruction of an inlined callee into its caller, renaming registers and blocks. Only
 * the instructions {@link InlineCandidate} lets through are copied; returns become moves and jumps
 * in {@link Inliner}.
 */
final class InsnCopier {
    private InsnCopier() {
    }

    static Insn copy(Insn insn, Map<VReg, VReg> regs, Map<Block, Block> blocks) {
        return switch (insn) {
            case Insn.Const c -> new Insn.Const(regs.get(c.dst()), c.value());
            case Insn.ConstString c -> new Insn.ConstString(regs.get(c.dst()), c.value());
            case Insn.ConstClass c -> new Insn.ConstClass(regs.get(c.dst()), c.type());
            case Insn.ClassRef c -> new Insn.ClassRef(regs.get(c.dst()), c.type());
            case Insn.Move m -> new Insn.Move(regs.get(m.dst()), regs.get(m.src()));
            case Insn.Negate n -> new Insn.Negate(regs.get(n.dst()), regs.get(n.a()));
            case Insn.Convert c -> new Insn.Convert(c.conv(), regs.get(c.dst()), regs.get(c.src()));
            case Insn.CompareLong c -> new Insn.CompareLong(regs.get(c.dst()), regs.get(c.a()), regs.get(c.b()));
            case Insn.CompareFloat c ->
                    new Insn.CompareFloat(regs.get(c.dst()), regs.get(c.a()), regs.get(c.b()), c.nanResult());
            case Insn.Binary b -> new Insn.Binary(b.op(), regs.get(b.dst()), regs.get(b.a()), regs.get(b.b()));
            case Insn.BinaryConst b -> new Insn.BinaryConst(b.op(), regs.get(b.dst()), regs.get(b.a()), b.b());
            case Insn.Intrinsic in -> new Insn.Intrinsic(in.name(), in.dst() == null ? null : regs.get(in.dst()),
                    rename(in.args(), regs));
            case Insn.GetField g -> new Insn.GetField(regs.get(g.dst()), regs.get(g.obj()), g.field());
            case Insn.PutField p -> new Insn.PutField(regs.get(p.obj()), p.field(), regs.get(p.value()));
            case Insn.NullCheck n -> new Insn.NullCheck(regs.get(n.obj()));
            case Insn.GetStatic g -> new Insn.GetStatic(regs.get(g.dst()), g.field());
            case Insn.PutStatic p -> new Insn.PutStatic(p.field(), regs.get(p.value()));
            case Insn.Goto g -> new Insn.Goto(blocks.get(g.target()));
            case Insn.If f -> new Insn.If(f.cond(), regs.get(f.a()), f.b() == null ? null : regs.get(f.b()),
                    blocks.get(f.ifTrue()), blocks.get(f.ifFalse()));
            case Insn.Switch s -> {
                List<Block> cases = new ArrayList<>();
                s.cases().forEach(c -> cases.add(blocks.get(c)));
                yield new Insn.Switch(regs.get(s.key()), s.keys(), cases, blocks.get(s.otherwise()));
            }
            default -> throw new IllegalArgumentException("not an instruction of an inlinable method: " + insn);
        };
    }

    private static List<VReg> rename(List<VReg> list, Map<VReg, VReg> regs) {
        List<VReg> out = new ArrayList<>();
        list.forEach(r -> out.add(regs.get(r)));
        return out;
    }
}
