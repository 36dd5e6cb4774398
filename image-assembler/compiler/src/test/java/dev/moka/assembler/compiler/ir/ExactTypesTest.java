package dev.moka.assembler.compiler.ir;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moka.assembler.compiler.model.World;
import java.util.List;
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

    private final InliningFixture fixture = new InliningFixture();
    private final World world = fixture.world;
    private final String owner = Ops.class.getName().replace('.', '/');

    private IrMethod inlined(String name, String descriptor) {
        Inliner inliner = new Inliner(inv -> inv.dispatch() == Insn.Dispatch.DIRECT ? inv.target() : null, fixture::ir,
                (className, call) -> world.implementation(world.get(className), call.method().name,
                        call.method().desc));
        return fixture.inlined(inliner, owner, name, descriptor);
    }

    private static List<String> calledMethods(IrMethod method) {
        return InliningFixture.calledMethods(method);
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
