package dev.moka.assembler.compiler.ir;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

/** Small methods that cannot throw or call are replaced by their bodies; others stay calls. */
class InlinerTest {
    /** Methods compiled by the tests below; never run. */
    @SuppressWarnings("unused")
    static final class Shapes {
        private static int created;
        private int width;
        private int height;
        private final int[] cells = new int[4];

        int width() {
            return width;
        }

        int height() {
            return height;
        }

        int area() {
            return width() * height();
        }

        int doubledArea() {
            return twice(area());
        }

        void setWidth(int w) {
            width = w;
        }

        int firstCell() {
            return cells[0];
        }

        static int twice(int x) {
            return x * 2;
        }

        static int half(int x) {
            return x / 2;
        }

        static int divide(int x, int y) {
            return x / y;
        }

        static int counted() {
            return created;
        }

        static int triangle(int n) {
            return n == 0 ? 0 : n + triangle(n - 1);
        }

        static int even(int n) {
            return n == 0 ? 1 : odd(n - 1);
        }

        static int odd(int n) {
            return n == 0 ? 0 : even(n - 1);
        }

        static double root(double v) {
            double guess = v;
            for (int i = 0; i < 4; i++) {
                guess = 0.5 * (guess + v / guess);
            }
            return guess;
        }

        static int widthOf(Shapes s) {
            return s.width;
        }

        static int callers(Shapes s) {
            s.setWidth(half(7));
            return s.doubledArea() + widthOf(s) + firstOf(s) + divide(4, 2) + counted() + triangle(3)
                    + even(4) + (int) root(9.0);
        }

        static int firstOf(Shapes s) {
            return s.firstCell();
        }
    }

    private final World world = new World(new ClassPool(List.of()));
    private final Map<String, IrMethod> built = new HashMap<>();
    private final String owner = Shapes.class.getName().replace('.', '/');

    private IrMethod ir(MethodRef m) {
        return built.computeIfAbsent(m.symbol(), s -> IrBuilder.build(world, m));
    }

    private IrMethod inlined(String name, String descriptor) {
        Inliner inliner = new Inliner(inv -> inv.dispatch() == Insn.Dispatch.DIRECT ? inv.target()
                : inv.target().owner().name().equals(owner) ? inv.target() : null, this::ir);
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

    private static long count(IrMethod method, Class<? extends Insn> type) {
        return method.blocks().stream().flatMap(b -> b.insns().stream()).filter(type::isInstance).count();
    }

    @Test
    void gettersChainsAndArithmeticLeavesDisappear() {
        IrMethod method = inlined("callers", "(L" + owner + ";)I");
        List<String> calls = calledMethods(method);
        for (String gone : List.of("setWidth", "half", "doubledArea", "area", "width", "height", "twice",
                "counted", "root")) {
            assertFalse(calls.contains(gone), gone + " should be inlined:\n" + method.dump());
        }
        // Each inlined instance call keeps the receiver's null check of the call it replaced.
        assertTrue(count(method, Insn.NullCheck.class) >= 2, method.dump());
        assertEquals(2, count(method, Insn.GetField.class), method.dump());
        assertEquals(1, count(method, Insn.PutField.class), method.dump());
        assertEquals(1, count(method, Insn.GetStatic.class), method.dump());
    }

    @Test
    void methodsThatMayThrowOrRecurseStayCalls() {
        IrMethod method = inlined("callers", "(L" + owner + ";)I");
        List<String> calls = calledMethods(method);
        // An array access may throw; a division by a variable may throw; recursion never ends inlining.
        assertTrue(calls.contains("firstOf") || calls.contains("firstCell"), method.dump());
        assertTrue(calls.contains("divide"), method.dump());
        assertTrue(calls.contains("widthOf"), method.dump());
        assertTrue(calls.contains("triangle"), method.dump());
        assertTrue(calls.contains("even"), method.dump());
        IrMethod triangle = inlined("triangle", "(I)I");
        assertEquals(List.of("triangle"), calledMethods(triangle));
    }

    @Test
    void fieldReadOfAnotherObjectStaysACallInItsCaller() {
        IrMethod widthOf = inlined("widthOf", "(L" + owner + ";)I");
        // widthOf itself reads a parameter's field, which may be null: it is never inlined, but the
        // caller above still inlines calls on the receiver.
        assertFalse(InlineCandidate.qualifies(widthOf));
        assertTrue(InlineCandidate.qualifies(inlined("area", "()I")));
        assertTrue(InlineCandidate.qualifies(inlined("half", "(I)I")));
        assertFalse(InlineCandidate.qualifies(inlined("divide", "(II)I")));
    }

    @Test
    void inlinedLoopKeepsItsBlocksBetweenTheCallSiteAndTheRest() {
        IrMethod method = inlined("callers", "(L" + owner + ";)I");
        for (Block b : method.blocks()) {
            assertTrue(b.isTerminated(), "every block ends in a terminator:\n" + method.dump());
        }
        assertTrue(count(method, Insn.If.class) >= 1, method.dump());
    }
}
