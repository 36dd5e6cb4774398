package dev.moka.assembler.compiler.ir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moka.assembler.compiler.front.ClassPool;
import dev.moka.assembler.compiler.model.MethodRef;
import dev.moka.assembler.compiler.model.TypeKind;
import dev.moka.assembler.compiler.model.World;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code lcmp} and the branch on its result become one branch on the two longs. */
class CompareFusionTest {
    /** Methods compiled by the tests below; never run. */
    @SuppressWarnings("unused")
    static final class Longs {
        static long zero(long from, long to) {
            long n = 0;
            for (long p = from; p < to; p += 8) {
                n++;
            }
            return n;
        }

        static int halvings(double x) {
            int n = 0;
            while (x > 1.0) {
                x /= 2;
                n++;
            }
            return n;
        }

        static boolean below(double a, double b) {
            return a < b;
        }

        static boolean same(double a, double b) {
            return a == b;
        }
    }

    private final World world = new World(new ClassPool(List.of()));
    private final String owner = Longs.class.getName().replace('.', '/');

    private IrMethod optimized(String name, String descriptor) {
        MethodRef m = world.resolveMethod(owner, name, descriptor);
        IrMethod method = IrBuilder.build(world, m);
        LocalRenaming.run(method);
        CopyCoalescing.run(method);
        ConstantOperands.run(method);
        CompareFusion.run(method);
        return method;
    }

    @Test
    void aLoopOverLongsBranchesOnTheLongsThemselves() {
        IrMethod method = optimized("zero", "(JJ)J");
        List<Insn> insns = method.blocks().stream().flatMap(b -> b.insns().stream()).toList();
        assertEquals(0, insns.stream().filter(Insn.CompareLong.class::isInstance).count(), method.dump());
        assertTrue(insns.stream().anyMatch(i -> i instanceof Insn.If f && f.b() != null
                && f.a().kind() == TypeKind.LONG && f.b().kind() == TypeKind.LONG), method.dump());
    }

    private static List<Insn> insns(IrMethod method) {
        return method.blocks().stream().flatMap(b -> b.insns().stream()).toList();
    }

    @Test
    void dcmplKeepsItsOperandsAndCondition() {
        IrMethod method = optimized("halvings", "(D)I");
        assertEquals(0, insns(method).stream().filter(Insn.CompareFloat.class::isInstance).count(), method.dump());
        // x > 1.0 compiles to dcmpl and ifle: "x <= 1.0 or NaN" leaves the loop.
        assertTrue(insns(method).stream().anyMatch(i -> i instanceof Insn.If f && f.cond() == Insn.Cond.LE
                && f.a().kind() == TypeKind.DOUBLE), method.dump());
    }

    @Test
    void dcmpgSwapsOperandsAndCondition() {
        IrMethod method = optimized("below", "(DD)Z");
        // a < b compiles to dcmpg and ifge ("a >= b or NaN"), which is "b <= a or NaN" on swapped operands.
        Insn.If branch = (Insn.If) insns(method).stream().filter(Insn.If.class::isInstance).findFirst().orElseThrow();
        assertEquals(Insn.Cond.LE, branch.cond(), method.dump());
        assertEquals(method.params().get(1), branch.a(), method.dump());
        assertEquals(method.params().get(0), branch.b(), method.dump());
    }

    @Test
    void equalityOfDoublesIsNotFused() {
        IrMethod method = optimized("same", "(DD)Z");
        assertEquals(1, insns(method).stream().filter(Insn.CompareFloat.class::isInstance).count(), method.dump());
    }
}
