package dev.moka.assembler.compiler.ir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moka.assembler.compiler.front.ClassPool;
import dev.moka.assembler.compiler.model.MethodRef;
import dev.moka.assembler.compiler.model.World;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Block-local renaming, copy coalescing and constant operands: the moves that loads and stores
 * leave disappear, constants become immediates, and values read by handlers keep their registers.
 */
class LocalValuesTest {
    /** Methods compiled by the tests below; never run. */
    @SuppressWarnings("unused")
    static final class Loops {
        static int weightedSum(int[] a) {
            int s = 0;
            for (int i = 0; i < a.length; i++) {
                s += a[i] * 31 + i / 4 - (i % 8);
            }
            return s;
        }

        static int divideByZero(int x) {
            return x / 0;
        }

        static int guarded(int[] a) {
            int last = 0;
            try {
                last = 1;
                last = a[0];
            } catch (RuntimeException e) {
                return last;
            }
            return last;
        }
    }

    private final World world = new World(new ClassPool(List.of()));
    private final String owner = Loops.class.getName().replace('.', '/');

    private IrMethod build(String name, String descriptor) {
        MethodRef m = world.resolveMethod(owner, name, descriptor);
        return IrBuilder.build(world, m);
    }

    private static void optimize(IrMethod method) {
        LocalRenaming.run(method);
        CopyCoalescing.run(method);
        ConstantOperands.run(method);
    }

    private static Stream<Insn> insns(IrMethod method) {
        return method.blocks().stream().flatMap(b -> b.insns().stream());
    }

    private static long count(IrMethod method, Class<? extends Insn> type) {
        return insns(method).filter(type::isInstance).count();
    }

    @Test
    void loadsAndStoresLoseTheirMovesAndConstantsBecomeImmediates() {
        IrMethod before = build("weightedSum", "([I)I");
        IrMethod after = build("weightedSum", "([I)I");
        optimize(after);
        long movesBefore = count(before, Insn.Move.class);
        long movesAfter = count(after, Insn.Move.class);
        assertTrue(movesAfter * 3 <= movesBefore, movesBefore + " moves before, " + movesAfter + " after:\n" + after.dump());
        List<String> folded = insns(after).filter(i -> i instanceof Insn.BinaryConst)
                .map(i -> ((Insn.BinaryConst) i).op() + " " + ((Insn.BinaryConst) i).b()).toList();
        assertTrue(folded.containsAll(List.of("MUL 31", "DIV 4", "REM 8", "ADD 1")), folded + "\n" + after.dump());
        assertEquals(0, insns(after).filter(i -> i instanceof Insn.Binary b
                && (b.op() == Insn.Op.DIV || b.op() == Insn.Op.REM)).count(), after.dump());
        for (Block b : after.blocks()) {
            assertTrue(b.isTerminated(), after.dump());
        }
    }

    @Test
    void divisionByConstantZeroStillThrows() {
        IrMethod method = build("divideByZero", "(I)I");
        optimize(method);
        assertEquals(1, insns(method).filter(i -> i instanceof Insn.Binary b && b.op() == Insn.Op.DIV).count(),
                method.dump());
        assertEquals(0, count(method, Insn.BinaryConst.class), method.dump());
    }

    @Test
    void localsThatHandlersReadKeepTheirRegister() {
        IrMethod method = build("guarded", "([I)I");
        optimize(method);
        // The handler returns "last": every assignment in the try block must write the register the
        // handler reads, so that register is still assigned twice.
        Block handler = method.handlerBlocks().get(0);
        VReg read = null;
        for (Insn insn : handler.insns()) {
            if (insn instanceof Insn.Return r) {
                read = r.value();
            }
        }
        assertTrue(read != null, method.dump());
        VReg returned = read;
        long writes = insns(method).filter(i -> returned.equals(i.def())).count();
        assertTrue(writes >= 2, "the handler's value is written " + writes + " times:\n" + method.dump());
    }
}
