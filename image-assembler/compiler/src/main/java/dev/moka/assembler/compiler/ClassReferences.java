package dev.moka.assembler.compiler;

import dev.moka.assembler.compiler.ir.Block;
import dev.moka.assembler.compiler.ir.Insn;
import dev.moka.assembler.compiler.ir.IrMethod;
import java.util.LinkedHashSet;
import java.util.Set;

/** The classes a method's code touches in ways that trigger their initialisation on the JVM. */
final class ClassReferences {
    private ClassReferences() {
    }

    static Set<String> of(IrMethod ir) {
        Set<String> names = new LinkedHashSet<>();
        if (ir == null) {
            return names;
        }
        for (Block b : ir.blocks()) {
            for (Insn insn : b.insns()) {
                switch (insn) {
                    case Insn.GetStatic g -> names.add(g.field().owner());
                    case Insn.PutStatic p -> names.add(p.field().owner());
                    case Insn.New n -> names.add(n.className());
                    case Insn.Invoke i when i.target().isStatic() -> names.add(i.target().owner().name());
                    default -> { }
                }
            }
        }
        return names;
    }
}
