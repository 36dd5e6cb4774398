package dev.moka.assembler.compiler.ir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moka.assembler.compiler.model.MethodRef;
import dev.moka.assembler.compiler.model.TypeKind;
import dev.moka.assembler.compiler.model.World;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Calls of known callees are replaced by their bodies as {@link InlinePolicy} chooses, and every
 * copied instruction keeps what a separate activation would show: its scope, its line, and the
 * callee's handlers before the caller's.
 */
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

        static int firstOf(Shapes s) {
            return s.firstCell();
        }

        static int callers(Shapes s, int n) {
            int sum = 0;
            for (int i = 0; i < n; i++) {
                s.setWidth(half(7));
                sum += s.doubledArea() + widthOf(s) + firstOf(s) + divide(4, i + 1) + counted() + triangle(3)
                        + even(4) + (int) root(9.0);
            }
            return sum;
        }

        static int medium(int[] a, int i) {
            int v = a[i] + a[i + 1];
            if (v > 10) {
                v = v * 3 + a[i + 2];
            }
            return v - a[0];
        }

        static int mediumOnce(int[] a) {
            return medium(a, 1);
        }

        static int mediumInLoop(int[] a) {
            int sum = 0;
            for (int i = 0; i < 3; i++) {
                sum += medium(a, i);
            }
            return sum;
        }

        static int guarded(int[] a, int i) {
            try {
                return a[i];
            } catch (ArrayIndexOutOfBoundsException e) {
                return -1;
            }
        }

        static int guardedCalls(int[] a) {
            int sum = 0;
            try {
                for (int i = 0; i < 5; i++) {
                    sum += guarded(a, i);
                }
            } catch (RuntimeException e) {
                sum = -2;
            }
            return sum;
        }

        static IllegalStateException failure(int v) {
            return new IllegalStateException("bad " + v);
        }

        static void fail(int v) {
            throw new IllegalArgumentException("always " + v);
        }

        static int checkedLoop(int[] a) {
            int sum = 0;
            for (int i = 0; i < a.length; i++) {
                if (a[i] < 0) {
                    throw failure(a[i]);
                }
                if (a[i] > 100) {
                    fail(a[i]);
                }
                sum += a[i];
            }
            return sum;
        }

        static int level8(int x) {
            return x + 8;
        }

        static int level7(int x) {
            return level8(x);
        }

        static int level6(int x) {
            return level7(x);
        }

        static int level5(int x) {
            return level6(x);
        }

        static int level4(int x) {
            return level5(x);
        }

        static int level3(int x) {
            return level4(x);
        }

        static int level2(int x) {
            return level3(x);
        }

        static int level1(int x) {
            return level2(x);
        }

        static int deepChain(int n) {
            int sum = 0;
            for (int i = 0; i < n; i++) {
                sum += level1(i);
            }
            return sum;
        }
    }

    private final InliningFixture fixture = new InliningFixture();
    private final World world = fixture.world;
    private final String owner = Shapes.class.getName().replace('.', '/');

    private IrMethod ir(MethodRef m) {
        return fixture.ir(m);
    }

    private IrMethod inlined(String name, String descriptor) {
        Inliner inliner = new Inliner(inv -> inv.dispatch() == Insn.Dispatch.DIRECT ? inv.target()
                : inv.target().owner().name().equals(owner) ? inv.target() : null, this::ir);
        return fixture.inlined(inliner, owner, name, descriptor);
    }

    private static List<String> calledMethods(IrMethod method) {
        return InliningFixture.calledMethods(method);
    }

    private static long count(IrMethod method, Class<? extends Insn> type) {
        return method.blocks().stream().flatMap(b -> b.insns().stream()).filter(type::isInstance).count();
    }

    private static Insn first(IrMethod method, Class<? extends Insn> type) {
        return method.blocks().stream().flatMap(b -> b.insns().stream()).filter(type::isInstance).findFirst()
                .orElseThrow();
    }

    @Test
    void gettersChainsAndArithmeticInALoopDisappear() {
        IrMethod method = inlined("callers", "(L" + owner + ";I)I");
        List<String> calls = calledMethods(method);
        for (String gone : List.of("setWidth", "half", "doubledArea", "area", "width", "height", "twice",
                "counted", "root")) {
            assertFalse(calls.contains(gone), gone + " should be inlined:\n" + method.dump());
        }
        // Each inlined instance call keeps the receiver's null check of the call it replaced.
        assertTrue(count(method, Insn.NullCheck.class) >= 2, method.dump());
        assertEquals(1, count(method, Insn.PutField.class), method.dump());
        assertEquals(1, count(method, Insn.GetStatic.class), method.dump());
    }

    @Test
    void calleesThatMayThrowAreInlinedAndRecursionStaysACall() {
        IrMethod method = inlined("callers", "(L" + owner + ";I)I");
        List<String> calls = calledMethods(method);
        // An array access, a division by a variable and a field of another object may throw: their
        // frames are recorded as inlined scopes, so they are inlined too.
        for (String gone : List.of("firstOf", "firstCell", "divide", "widthOf")) {
            assertFalse(calls.contains(gone), gone + " should be inlined:\n" + method.dump());
        }
        // Recursion is never unrolled: triangle's call of itself stays, inside its inlined copy.
        assertTrue(calls.contains("triangle"), method.dump());
        assertEquals(List.of("triangle"), calledMethods(inlined("triangle", "(I)I")));
        // even and odd call each other: one is inlined into the other, and the cycle stays one call.
        assertEquals(1, calls.stream().filter(c -> c.equals("even") || c.equals("odd")).count(), method.dump());
    }

    @Test
    void inlinedInstructionsRecordTheirScopeAndLine() {
        IrMethod method = inlined("firstOf", "(L" + owner + ";)I");
        Insn load = first(method, Insn.ArrayLoad.class);
        InlineScope scope = method.scope(load);
        assertEquals("firstCell", scope.method().method().name, method.dump());
        assertNull(scope.outer());
        assertTrue(scope.callLine() > 0 && method.line(load) > 0 && method.line(load) != scope.callLine(),
                "the load is on firstCell's line, the call on firstOf's");
        assertNull(method.scope(first(method, Insn.NullCheck.class)), "the receiver's check is the call's own");
    }

    @Test
    void nestedScopesNameEveryActivation() {
        IrMethod method = inlined("callers", "(L" + owner + ";I)I");
        InlineScope scope = method.scope(first(method, Insn.ArrayLoad.class));
        assertEquals("firstCell", scope.method().method().name);
        assertEquals("firstOf", scope.outer().method().method().name);
        assertNull(scope.outer().outer());
        assertEquals(2, scope.depth());
    }

    @Test
    void aCalleeOfMediumSizeIsInlinedInLoopsOnly() {
        assertEquals(List.of("medium"), calledMethods(inlined("mediumOnce", "([I)I")));
        assertEquals(List.of(), calledMethods(inlined("mediumInLoop", "([I)I")));
    }

    @Test
    void theCalleesHandlersComeBeforeTheCallers() {
        IrMethod method = inlined("guardedCalls", "([I)I");
        assertEquals(List.of(), calledMethods(method), method.dump());
        Insn load = first(method, Insn.ArrayLoad.class);
        List<Handler> handlers = method.handlers(load);
        assertEquals(2, handlers.size(), method.dump());
        assertEquals("java/lang/ArrayIndexOutOfBoundsException", handlers.get(0).catchType());
        assertEquals("java/lang/RuntimeException", handlers.get(1).catchType());
        // The copied handler block is covered by the caller's handler: what it throws goes there.
        Block copiedHandler = handlers.get(0).target();
        assertTrue(copiedHandler.handlers().contains(handlers.get(1).target()), method.dump());
    }

    @Test
    void callsOnPathsThatThrowStayCalls() {
        IrMethod method = inlined("checkedLoop", "([I)I");
        List<String> calls = calledMethods(method);
        // failure(...) builds the exception a throw throws; fail(...) never returns.
        assertTrue(calls.contains("failure"), method.dump());
        assertTrue(calls.contains("fail"), method.dump());
    }

    private static int deepestScope(IrMethod method) {
        int deepest = 0;
        for (Block b : method.blocks()) {
            for (Insn insn : b.insns()) {
                deepest = Math.max(deepest, InlineScope.depthOf(method.scope(insn)));
            }
        }
        return deepest;
    }

    @Test
    void nestingStopsAtTheDepthLimit() {
        IrMethod method = inlined("deepChain", "(I)I");
        // Forwarding methods cost next to nothing, so only the depth limit stops the chain: level2
        // holds levels 3 to 8, six activations deep, and level1 may not add a seventh.
        IrMethod level2 = ir(world.resolveMethod(owner, "level2", "(I)I"));
        assertEquals(InlinePolicy.MAX_DEPTH, deepestScope(level2), level2.dump());
        assertEquals(List.of(), calledMethods(level2));
        assertEquals(List.of("level2"), calledMethods(ir(world.resolveMethod(owner, "level1", "(I)I"))));
        assertTrue(deepestScope(method) <= InlinePolicy.MAX_DEPTH, method.dump());
        assertEquals(List.of("level2"), calledMethods(method), method.dump());
    }

    @Test
    void aMethodThatReadsItsOwnFramePointerIsNeverInlined() {
        IrMethod walker = new IrMethod(world.resolveMethod(owner, "counted", "()I"));
        Block only = walker.newBlock();
        VReg fp = walker.newReg(TypeKind.LONG);
        only.add(new Insn.Intrinsic("rt.framePointer", fp, List.of()));
        VReg result = walker.newReg(TypeKind.INT);
        only.add(new Insn.Const(result, 0));
        only.add(new Insn.Return(result));
        assertFalse(InlinePolicy.mayInline(walker));
        assertTrue(InlinePolicy.mayInline(ir(world.resolveMethod(owner, "counted", "()I"))));
    }

    @Test
    void inlinedLoopKeepsItsBlocksBetweenTheCallSiteAndTheRest() {
        IrMethod method = inlined("callers", "(L" + owner + ";I)I");
        for (Block b : method.blocks()) {
            assertTrue(b.isTerminated(), "every block ends in a terminator:\n" + method.dump());
        }
        assertNotNull(first(method, Insn.If.class));
    }
}
