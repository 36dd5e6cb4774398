package dev.moka.assembler.compiler.regalloc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moka.assembler.compiler.front.ClassPool;
import dev.moka.assembler.compiler.ir.IrBuilder;
import dev.moka.assembler.compiler.ir.IrMethod;
import dev.moka.assembler.compiler.ir.VReg;
import dev.moka.assembler.compiler.model.World;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Doubles live across calls take the SSE registers calls preserve, and the method lists them to
 * save; doubles between calls take the others; a method with a handler saves them all (unless its
 * image keeps no value in them), and a double its handler reads stays in its frame slot.
 */
class DoublesAcrossCallsTest {
    /** Methods allocated by the tests below; never run. */
    @SuppressWarnings("unused")
    static final class Calls {
        static double sumAround(double scale, int n) {
            double s = 0;
            for (int i = 0; i < n; i++) {
                s += scale * tick(i);
            }
            return s;
        }

        static double leaf(double a, int n) {
            double s = a;
            for (int i = 0; i < n; i++) {
                s = s * a + 1.0;
            }
            return s;
        }

        static double guarded(double a, int n) {
            try {
                return tick(n) * 2.0;
            } catch (RuntimeException e) {
                return a;
            }
        }

        static double manyAround(double a, int n) {
            double b = a + 1;
            double c = a + 2;
            double d = a + 3;
            double e = a + 4;
            double f = a + 5;
            double g = tick(n);
            return a + b + c + d + e + f + g;
        }

        static double tick(int i) {
            return i;
        }
    }

    private final World world = new World(new ClassPool(List.of()));
    private final String owner = Calls.class.getName().replace('.', '/');

    private IrMethod build(String name) {
        return IrBuilder.build(world, world.resolveMethod(owner, name, "(DI)D"));
    }

    @Test
    void doubleLiveAcrossCallsTakesAPreservedRegisterThatTheMethodSaves() {
        IrMethod method = build("sumAround");
        Allocation allocation = LinearScan.allocate(method);
        VReg scale = method.params().get(0);
        Location.InXmm where = assertInstanceOf(Location.InXmm.class, allocation.of(scale), method.dump());
        assertTrue(LinearScan.FLOAT_CALLEE_SAVED.contains(where.reg()), where.toString());
        assertTrue(allocation.calleeSavedFloat().contains(where.reg()), allocation.calleeSavedFloat().toString());
        assertEquals(allocation.calleeSaved().size() + allocation.calleeSavedFloat().size(), allocation.savedWords());
    }

    @Test
    void doublesOfALeafTakeScratchRegistersAndSaveNothing() {
        IrMethod method = build("leaf");
        Allocation allocation = LinearScan.allocate(method);
        for (VReg r : method.regs()) {
            if (allocation.of(r) instanceof Location.InXmm x) {
                assertTrue(LinearScan.FLOAT_CALLER_SAVED.contains(x.reg()), r + " in " + x);
            }
        }
        assertTrue(allocation.calleeSavedFloat().isEmpty(), allocation.calleeSavedFloat().toString());
    }

    @Test
    void moreDoublesAcrossACallThanPreservedRegistersSpillTheRest() {
        IrMethod method = build("manyAround");
        Allocation allocation = LinearScan.allocate(method);
        Set<Object> held = new HashSet<>();
        int inPreserved = 0;
        int onStack = 0;
        for (VReg r : method.regs()) {
            Location l = allocation.of(r);
            if (l instanceof Location.InXmm x && LinearScan.FLOAT_CALLEE_SAVED.contains(x.reg())) {
                inPreserved++;
                held.add(x.reg());
            } else if (l instanceof Location.OnStack && r.kind() == dev.moka.assembler.compiler.model.TypeKind.DOUBLE) {
                onStack++;
            }
        }
        assertEquals(LinearScan.FLOAT_CALLEE_SAVED.size(), held.size(), method.dump());
        assertTrue(inPreserved >= LinearScan.FLOAT_CALLEE_SAVED.size() && onStack >= 2,
                inPreserved + " in preserved registers, " + onStack + " on the stack\n" + method.dump());
    }

    @Test
    void aMethodWithAHandlerSavesEveryPreservedRegisterAndItsHandlerReadsTheStack() {
        IrMethod method = build("guarded");
        Allocation allocation = LinearScan.allocate(method);
        assertEquals(Set.copyOf(LinearScan.FLOAT_CALLEE_SAVED), allocation.calleeSavedFloat());
        assertInstanceOf(Location.OnStack.class, allocation.of(method.params().get(0)), method.dump());
    }

    @Test
    void withoutFloatSavesAMethodWithAHandlerSavesOnlyWhatItTakes() {
        IrMethod method = build("guarded");
        Allocation allocation = LinearScan.allocateWithoutFloatSaves(method);
        assertTrue(allocation.calleeSavedFloat().isEmpty(), allocation.calleeSavedFloat().toString());
        assertEquals(Set.copyOf(LinearScan.CALLEE_SAVED), allocation.calleeSaved(),
                "the general registers are still saved, all of them");
        assertEquals(Set.copyOf(LinearScan.FLOAT_CALLEE_SAVED),
                allocation.savingEveryPreservedFloat().calleeSavedFloat());
    }
}
