package dev.moka.assembler.compiler.ir;

import dev.moka.assembler.compiler.front.ClassPool;
import dev.moka.assembler.compiler.model.MethodRef;
import dev.moka.assembler.compiler.model.World;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The IR of test classes' methods, built once each, and what the inliner tests read from it. */
final class InliningFixture {
    final World world = new World(new ClassPool(List.of()));
    private final Map<String, IrMethod> built = new HashMap<>();

    /** @param m a method of a class on the test class path @return its IR, built on first use */
    IrMethod ir(MethodRef m) {
        return built.computeIfAbsent(m.symbol(), s -> IrBuilder.build(world, m));
    }

    /** @return the IR of a method after the inliner has rewritten it */
    IrMethod inlined(Inliner inliner, String owner, String name, String descriptor) {
        IrMethod method = ir(world.resolveMethod(owner, name, descriptor));
        inliner.inlineInto(method);
        return method;
    }

    /** @param method a method's IR @return the names of the methods it still calls, in order */
    static List<String> calledMethods(IrMethod method) {
        List<String> names = new ArrayList<>();
        for (Block b : method.blocks()) {
            for (Insn insn : b.insns()) {
                if (insn instanceof Insn.Invoke inv) {
                    names.add(inv.target().method().name);
                }
            }
        }
        return names;
    }
}
