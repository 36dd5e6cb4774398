package dev.moka.assembler.compiler.ir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moka.assembler.compiler.front.ClassPool;
import dev.moka.assembler.compiler.model.World;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The integer idioms and intrinsics become single instructions (corpus program
 * {@code IntegerIntrinsicEdges} compares their results with HotSpot's).
 */
class IntegerIdiomsTest {
    /** Methods compiled by the tests below; never run. */
    @SuppressWarnings("unused")
    static final class Idioms {
        static long widen(int x) {
            return x & 0xFFFFFFFFL;
        }

        static long widenTwice(int[] a, int i, long y) {
            return (a[i] & 0xFFFFFFFFL) * (y & 0xFFFFFFFFL);
        }

        static long xChanged(int x, int n) {
            long s = 0;
            for (int i = 0; i < n; i++) {
                long w = x;
                x = x * 3 + i;
                s += w & 0xFFFFFFFFL;
            }
            return s + x;
        }

        static long lowBits(long x) {
            return x & 0xFFFFFFFFL;
        }

        static int borrow(long difference, long product) {
            return ((difference & 0xFFFFFFFFL) > ((~(int) product) & 0xFFFFFFFFL)) ? 1 : 0;
        }

        static boolean less(int a, int b) {
            return a < b;
        }

        static int notAValue(int a, int b) {
            return a < b ? 2 : 0;
        }

        static int bits(int x, long y) {
            return Integer.numberOfLeadingZeros(x) + Long.numberOfTrailingZeros(y)
                    + (int) Math.multiplyHigh(y, y) + (int) Long.divideUnsigned(y, x);
        }
    }

    private final World world = new World(new ClassPool(List.of()));
    private final String owner = Idioms.class.getName().replace('.', '/');

    private IrMethod build(String name, String descriptor) {
        IrMethod method = IrBuilder.build(world, world.resolveMethod(owner, name, descriptor));
        LocalRenaming.run(method);
        CopyCoalescing.run(method);
        ConstantOperands.run(method);
        CompareFusion.run(method);
        IntegerIdioms.run(method);
        return method;
    }

    private static long count(IrMethod method, java.util.function.Predicate<Insn> which) {
        return method.blocks().stream().flatMap(b -> b.insns().stream()).filter(which).count();
    }

    private static boolean isIntrinsic(Insn insn, String name) {
        return insn instanceof Insn.Intrinsic in && in.name().equals(name);
    }

    private static boolean isAnd(Insn insn) {
        return insn instanceof Insn.Binary b && b.op() == Insn.Op.AND;
    }

    @Test
    void maskingAWidenedIntIsAZeroExtension() {
        IrMethod widen = build("widen", "(I)J");
        assertEquals(1, count(widen, i -> isIntrinsic(i, IntegerIdioms.ZERO_EXTEND)), widen.dump());
        assertEquals(0, count(widen, i -> isAnd(i) || i instanceof Insn.Convert || i instanceof Insn.Const),
                widen.dump());
        IrMethod twice = build("widenTwice", "([IIJ)J");
        assertEquals(2, count(twice, i -> isIntrinsic(i, IntegerIdioms.ZERO_EXTEND)), twice.dump());
        assertEquals(0, count(twice, IntegerIdiomsTest::isAnd), twice.dump());
        // A long's low half is the same move.
        IrMethod low = build("lowBits", "(J)J");
        assertEquals(1, count(low, i -> isIntrinsic(i, IntegerIdioms.ZERO_EXTEND)), low.dump());
    }

    @Test
    void anIntChangedAfterItsWideningKeepsTheMask() {
        // x keeps its register around the loop, and is redefined between the widening and the mask.
        IrMethod method = build("xChanged", "(II)J");
        assertEquals(1, count(method, i -> isIntrinsic(i, IntegerIdioms.ZERO_EXTEND)), method.dump());
        assertEquals(1, count(method, i -> i instanceof Insn.Intrinsic in && in.args().get(0).kind()
                == dev.moka.assembler.compiler.model.TypeKind.LONG), method.dump());
    }

    @Test
    void aComparisonStoredAsZeroOrOneIsOneInstruction() {
        IrMethod borrow = build("borrow", "(JJ)I");
        assertEquals(1, count(borrow, i -> i instanceof Insn.Intrinsic in && in.name().startsWith(IntegerIdioms.COMPARE)),
                borrow.dump());
        assertEquals(0, count(borrow, i -> i instanceof Insn.If), borrow.dump());
        assertEquals(2, count(borrow, i -> isIntrinsic(i, IntegerIdioms.ZERO_EXTEND)), borrow.dump());
        IrMethod less = build("less", "(II)Z");
        assertEquals(1, count(less, i -> isIntrinsic(i, IntegerIdioms.COMPARE + "LT")), less.dump());
        assertEquals(2, less.blocks().size(), "the branch and its arms are one block, then the join\n" + less.dump());
        IrMethod other = build("notAValue", "(II)I");
        assertEquals(1, count(other, i -> i instanceof Insn.If), other.dump());
    }

    @Test
    void intrinsicCandidatesAreNotCalls() {
        IrMethod method = build("bits", "(IJ)I");
        assertEquals(0, count(method, i -> i instanceof Insn.Invoke), method.dump());
        assertTrue(count(method, i -> isIntrinsic(i, Intrinsics.LEADING_ZEROS_INT)) == 1
                && count(method, i -> isIntrinsic(i, Intrinsics.TRAILING_ZEROS_LONG)) == 1
                && count(method, i -> isIntrinsic(i, Intrinsics.MULTIPLY_HIGH)) == 1
                && count(method, i -> isIntrinsic(i, Intrinsics.DIVIDE_UNSIGNED_LONG)) == 1, method.dump());
        assertEquals(0, count(method, Insn::isCall), method.dump());
    }
}
