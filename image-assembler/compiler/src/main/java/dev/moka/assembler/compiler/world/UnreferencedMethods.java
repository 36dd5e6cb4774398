package dev.moka.assembler.compiler.world;

import dev.moka.assembler.compiler.ir.Block;
import dev.moka.assembler.compiler.ir.Insn;
import dev.moka.assembler.compiler.ir.IrMethod;
import dev.moka.assembler.compiler.model.MethodRef;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Drops the methods that inlining left without callers: a static or private method, or a
 * constructor, that no remaining call names and that nothing outside compiled code enters. Its body
 * lives on in the copies inlined into its callers (whose stack traces still show its frames), so
 * compiling it as well would only add dead code to the image.
 *
 * <p>Only methods that are always called directly are dropped: a method a virtual or interface call
 * may reach keeps its vtable and itable slots. Roots (the entry, the runtime's slow paths, methods
 * the boot code calls) and static initialisers stay.
 */
public final class UnreferencedMethods {
    private UnreferencedMethods() {
    }

    /**
     * Removes unreferenced methods from the closed world's methods.
     *
     * @param reach    the closed world, its methods already optimised
     * @param dispatch its dispatch tables, which bind virtual calls with one implementation
     * @return the number of methods dropped
     */
    public static int drop(Reachability reach, DispatchTables dispatch) {
        Map<String, IrMethod> methods = reach.methods();
        Set<String> kept = new HashSet<>();
        Deque<IrMethod> work = new ArrayDeque<>();
        for (IrMethod ir : methods.values()) {
            if (!removable(ir.source()) || reach.roots().contains(ir.source().symbol())) {
                kept.add(ir.source().symbol());
                work.add(ir);
            }
        }
        while (!work.isEmpty()) {
            for (Block b : work.poll().blocks()) {
                for (Insn insn : b.insns()) {
                    if (insn instanceof Insn.Invoke inv) {
                        for (MethodRef target : targets(inv, dispatch)) {
                            IrMethod callee = methods.get(target.symbol());
                            if (callee != null && kept.add(target.symbol())) {
                                work.add(callee);
                            }
                        }
                    }
                }
            }
        }
        int before = methods.size();
        methods.keySet().retainAll(kept);
        return before - methods.size();
    }

    private static List<MethodRef> targets(Insn.Invoke inv, DispatchTables dispatch) {
        if (inv.dispatch() == Insn.Dispatch.DIRECT) {
            return List.of(inv.target());
        }
        MethodRef unique = dispatch.uniqueImplementation(inv.target());
        return unique == null ? List.of(inv.target()) : List.of(unique, inv.target());
    }

    /** Methods no virtual or interface call can reach: static, private, constructors. */
    private static boolean removable(MethodRef m) {
        String name = m.method().name;
        return !name.equals("<clinit>") && (m.isStatic() || name.equals("<init>")
                || (m.method().access & org.objectweb.asm.Opcodes.ACC_PRIVATE) != 0);
    }
}
