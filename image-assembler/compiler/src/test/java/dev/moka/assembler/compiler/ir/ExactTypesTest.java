package dev.moka.assembler.compiler.ir;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moka.assembler.compiler.front.ClassPool;
import dev.moka.assembler.compiler.model.MethodRef;
import dev.moka.assembler.compiler.model.World;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A virtual or interface call whose receiver every path got from the same {@code new} is inlined as
 * a call to that class's method, once the method that makes the call is inlined where the object
 * was made; a receiver that differs by path, or comes from a parameter, keeps its dispatch.
 */
class ExactTypesTest {
    /** Methods compiled by the tests below; never run. */
    @SuppressWarnings("unused")
    static final class Ops {
        interface Op {
            int apply(int x);
        }

        static final class Inc implements Op {
            public int apply(int x) {
                return x + 1;
            }
        }

        static final class Twice implements Op {
            public int apply(int x) {
                return x * 2;
            }
        }

        static int sumOf(Op op, int n) {
            int s = 0;
            for (int i = 0; i < n; i++) {
                s += op.apply(i);
            }
            return s;
        }

        static int madeHere(int n) {
            int s = 0;
            for (int k = 0; k < 3; k++) {
                s += sumOf(new Inc(), n);
            }
            return s;
        }

        static int eitherPath(boolean inc, int n) {
            Op op = inc ? new Inc() : new Twice();
            int s = 0;
            for (int i = 0; i < n; i++) {
                s += op.apply(i);
            }
            return s;
        }
    }

    private final World world = new World(new ClassPool(List.of()));
    private final Map<String, IrMethod> built = new HashMap<>();
    private final String owner = Ops.class.getName().replace('.', '/');

    private IrMethod ir(MethodRef m) {
        return built.computeIfAbsent(m.symbol(), s -> IrBuilder.build(world, m));
    }

    private IrMethod inlined(String name, String descriptor) {
        Inliner inliner = new Inliner(inv -> inv.dispatch() == Insn.Dispatch.DIRECT ? inv.target() : null, this::ir,
                (className, call) -> world.implementation(world.get(className), call.method().name,
                        call.method().desc));
        IrMethod method = ir(world.resolveMethod(owner, name, descriptor));
        inliner.inlineInto(method);
        return method;
    }

    private static List<String> calledMethods(IrMethod method) {
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

    @Test
    void aCallOnAnObjectMadeInTheCallerIsInlinedOnceItsMethodIs() {
        IrMethod method = inlined("madeHere", "(I)I");
        List<String> calls = calledMethods(method);
        assertFalse(calls.contains("sumOf"), method.dump());
        assertFalse(calls.contains("apply"), "Inc.apply should be inlined:\n" + method.dump());
    }

    @Test
    void receiversThatDifferByPathOrArriveAsParametersKeepTheirDispatch() {
        assertTrue(calledMethods(inlined("eitherPath", "(ZI)I")).contains("apply"));
        assertTrue(calledMethods(inlined("sumOf", "(L" + owner + "$Op;I)I")).contains("apply"));
    }
}
