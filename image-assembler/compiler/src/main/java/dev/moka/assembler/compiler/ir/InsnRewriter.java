package dev.moka.assembler.compiler.ir;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Rebuilds an instruction with other registers: every register it reads goes through a renaming,
 * and the register it writes is replaced. Blocks, fields and types are kept.
 */
final class InsnRewriter {
    private InsnRewriter() {
    }

    /**
     * @param insn an instruction
     * @param use  the new name of each register it reads
     * @param def  the register it writes instead of its own (ignored when it writes none)
     * @return the rebuilt instruction
     */
    static Insn rewrite(Insn insn, UnaryOperator<VReg> use, VReg def) {
        return switch (insn) {
            case Insn.Const c -> new Insn.Const(def, c.value());
            case Insn.ConstString c -> new Insn.ConstString(def, c.value());
            case Insn.CatchEntry c -> new Insn.CatchEntry(def);
            case Insn.ClassRef c -> new Insn.ClassRef(def, c.type());
            case Insn.InitClass i -> i;
            case Insn.NullCheck n -> new Insn.NullCheck(use.apply(n.obj()));
            case Insn.ConstClass c -> new Insn.ConstClass(def, c.type());
            case Insn.Move m -> new Insn.Move(def, use.apply(m.src()));
            case Insn.Binary b -> new Insn.Binary(b.op(), def, use.apply(b.a()), use.apply(b.b()));
            case Insn.BinaryConst b -> new Insn.BinaryConst(b.op(), def, use.apply(b.a()), b.b());
            case Insn.Negate n -> new Insn.Negate(def, use.apply(n.a()));
            case Insn.Convert c -> new Insn.Convert(c.conv(), def, use.apply(c.src()));
            case Insn.CompareLong c -> new Insn.CompareLong(def, use.apply(c.a()), use.apply(c.b()));
            case Insn.CompareFloat c -> new Insn.CompareFloat(def, use.apply(c.a()), use.apply(c.b()), c.nanResult());
            case Insn.Invoke i -> new Insn.Invoke(i.dispatch(), i.target(), i.dst() == null ? null : def,
                    all(i.args(), use));
            case Insn.Intrinsic i -> new Insn.Intrinsic(i.name(), i.dst() == null ? null : def, all(i.args(), use));
            case Insn.GetField g -> new Insn.GetField(def, use.apply(g.obj()), g.field());
            case Insn.PutField p -> new Insn.PutField(use.apply(p.obj()), p.field(), use.apply(p.value()));
            case Insn.GetStatic g -> new Insn.GetStatic(def, g.field());
            case Insn.PutStatic p -> new Insn.PutStatic(p.field(), use.apply(p.value()));
            case Insn.New n -> new Insn.New(def, n.className());
            case Insn.NewArray n -> new Insn.NewArray(def, n.arrayDescriptor(), use.apply(n.length()));
            case Insn.ArrayLength a -> new Insn.ArrayLength(def, use.apply(a.array()));
            case Insn.ArrayLoad a -> new Insn.ArrayLoad(def, use.apply(a.array()), use.apply(a.index()),
                    a.elementDescriptor());
            case Insn.ArrayStore a -> new Insn.ArrayStore(use.apply(a.array()), use.apply(a.index()),
                    use.apply(a.value()), a.elementDescriptor());
            case Insn.InstanceOf i -> new Insn.InstanceOf(def, use.apply(i.obj()), i.type());
            case Insn.CheckCast c -> new Insn.CheckCast(use.apply(c.obj()), c.type());
            case Insn.Goto g -> g;
            case Insn.If f -> new Insn.If(f.cond(), use.apply(f.a()), f.b() == null ? null : use.apply(f.b()),
                    f.ifTrue(), f.ifFalse());
            case Insn.Switch s -> new Insn.Switch(use.apply(s.key()), s.keys(), s.cases(), s.otherwise());
            case Insn.Return r -> new Insn.Return(r.value() == null ? null : use.apply(r.value()));
            case Insn.Throw t -> new Insn.Throw(use.apply(t.exception()));
        };
    }

    private static List<VReg> all(List<VReg> regs, UnaryOperator<VReg> use) {
        List<VReg> out = new ArrayList<>();
        regs.forEach(r -> out.add(use.apply(r)));
        return out;
    }
}
