package dev.moka.assembler.compiler.ir;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.moka.assembler.compiler.front.ClassPool;
import dev.moka.assembler.compiler.model.World;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which null and bounds checks the analysis drops, access by access, in the loops of corpus program
 * {@code BoundsCheckEdges} (which checks that the kept ones still throw as on HotSpot): every
 * access is listed in bytecode order as {@code "bounds"} (both checks dropped), {@code "null"}
 * (only the null check dropped) or {@code "checked"}.
 */
class BoundsCheckEliminationTest {
    /** Methods analysed by the tests below; never run. */
    @SuppressWarnings({"unused", "UnusedAssignment"})
    static final class Loops {
        static int[] field = {5, 6, 7};
        int[] own;

        static long countUp(int[] a) {
            long s = 0;
            for (int i = 0; i < a.length; i++) {
                s += a[i];
            }
            return s;
        }

        static long countDown(int[] a) {
            long s = 0;
            for (int i = a.length - 1; i >= 0; i--) {
                s = s * 3 + a[i];
                a[i] = (int) s;
            }
            return s;
        }

        static long countDownFromLength(int[] a) {
            long s = 0;
            for (int i = a.length; i >= 0; i--) {
                s += a[i];
            }
            return s;
        }

        static int countDownByTwo(int[] a) {
            int s = 0;
            for (int i = a.length - 1; i >= 0; i -= 2) {
                s += a[i];
            }
            return s;
        }

        static int countDownPastZero(int[] a) {
            int s = 0;
            for (int i = a.length - 1; i >= -1; i--) {
                s += a[i];
            }
            return s;
        }

        static int masked(int[] table, int hash) {
            return table[hash & (table.length - 1)];
        }

        static int maskedNonEmpty(int[] table, int hash) {
            int n = table.length;
            return n > 0 ? table[(n - 1) & hash] : -1;
        }

        static int maskedByLength(int[] table, int hash) {
            return table[hash & table.length];
        }

        static int repeated(int[] a, int i) {
            int x = a[i];
            a[i] = x + 1;
            return a[i] * 2;
        }

        static int halves(int[] a) {
            int s = 0;
            for (int i = 0; i < a.length; i++) {
                s += a[i >>> 1] + a[i >> 1];
            }
            return s;
        }

        static int signedHalf(int[] a, int i) {
            return a[i >> 1];
        }

        static int upToLimit(int[] a, int limit) {
            int s = 0;
            for (int i = 0; i < limit; i++) {
                s += a[i];
            }
            return s;
        }

        static int inclusive(int[] a) {
            int s = 0;
            for (int i = 0; i <= a.length; i++) {
                s += a[i];
            }
            return s;
        }

        static int startingAt(int[] a, int start) {
            int s = 0;
            for (int i = start; i < a.length; i++) {
                s += a[i];
            }
            return s;
        }

        static int strideTwo(int[] a) {
            int s = 0;
            for (int i = 0; i < a.length; i += 2) {
                s += a[i];
            }
            return s;
        }

        static int reassignedLengthReread(int[] a, int[] shorter) {
            int s = 0;
            for (int i = 0; i < a.length; i++) {
                s += a[i];
                a = shorter;
            }
            return s;
        }

        static int lengthKeptArrayChanged(int[] a, int[] shorter) {
            int s = 0;
            int n = a.length;
            for (int i = 0; i < n; i++) {
                s += a[i];
                if (i == 0) {
                    a = shorter;
                }
            }
            return s;
        }

        static int becomesNull(int[] a) {
            int s = 0;
            int n = a.length;
            for (int i = 0; i < n; i++) {
                s += a[i];
                a = i == 1 ? null : a;
            }
            return s;
        }

        static int fieldReassignedInLoop() {
            int s = 0;
            int[] local = field;
            for (int i = 0; i < local.length; i++) {
                s += field[i];
                field = new int[1];
            }
            return s;
        }

        static int indexChangedInBody(int[] a) {
            int s = 0;
            for (int i = 0; i < a.length; i++) {
                i = i * 2;
                s += a[i];
            }
            return s;
        }

        static int lengthThenSecondArray(int[] a, int[] b) {
            int n = a.length;
            int s = 0;
            for (int i = 0; i < n; i++) {
                s += a[i] - b[i];
            }
            return s;
        }

        static int[] filled(int n) {
            int[] a = new int[n];
            for (int i = 0; i < n; i++) {
                a[i] = i;
            }
            return a;
        }

        int ownField(int i) {
            return own[i] + own.length;
        }

        static int afterNullTest(int[] a) {
            if (a != null) {
                return a.length;
            }
            return -1;
        }
    }

    private final World world = new World(new ClassPool(List.of()));
    private final String owner = Loops.class.getName().replace('.', '/');

    private List<String> accesses(String name, String descriptor) {
        IrMethod method = IrBuilder.build(world, world.resolveMethod(owner, name, descriptor));
        LocalRenaming.run(method);
        CopyCoalescing.run(method);
        ConstantOperands.run(method);
        CompareFusion.run(method);
        BoundsCheckElimination.run(method);
        List<String> found = new ArrayList<>();
        for (Block b : method.blocks()) {
            for (Insn insn : b.insns()) {
                if (insn instanceof Insn.ArrayLoad || insn instanceof Insn.ArrayStore) {
                    found.add(method.indexInBounds(insn) ? (method.operandNotNull(insn) ? "bounds" : "index only")
                            : method.operandNotNull(insn) ? "null" : "checked");
                } else if (insn instanceof Insn.ArrayLength || insn instanceof Insn.GetField) {
                    found.add(method.operandNotNull(insn) ? "length/field not null" : "length/field checked");
                }
            }
        }
        return found;
    }

    @Test
    void countingLoopsOverTheLengthNeedNoChecks() {
        assertEquals(List.of("length/field checked", "bounds"), accesses("countUp", "([I)J"));
        assertEquals(List.of("length/field checked", "bounds", "bounds"), accesses("countDown", "([I)J"));
        assertEquals(List.of("length/field checked", "bounds"), accesses("countDownByTwo", "([I)I"));
        assertEquals(List.of("bounds"), accesses("filled", "(I)[I"));
    }

    @Test
    void loopsThatOnlyLookLikeThemKeepTheirBoundsChecks() {
        assertEquals(List.of("length/field checked", "null"), accesses("countDownFromLength", "([I)J"));
        assertEquals(List.of("length/field checked", "null"), accesses("countDownPastZero", "([I)I"));
        assertEquals(List.of("checked"), accesses("upToLimit", "([II)I"));
        assertEquals(List.of("length/field checked", "null"), accesses("inclusive", "([I)I"));
        assertEquals(List.of("length/field checked", "null"), accesses("startingAt", "([II)I"));
        assertEquals(List.of("length/field checked", "null"), accesses("strideTwo", "([I)I"));
        assertEquals(List.of("length/field checked", "null"), accesses("indexChangedInBody", "([I)I"));
    }

    @Test
    void anArrayChangedInTheLoopKeepsItsChecks() {
        // The limit is re-read from the array that is indexed, so the access stays proven.
        assertEquals(List.of("length/field checked", "bounds"), accesses("reassignedLengthReread", "([I[I)I"));
        assertEquals(List.of("length/field checked", "checked"), accesses("lengthKeptArrayChanged", "([I[I)I"));
        assertEquals(List.of("length/field checked", "checked"), accesses("becomesNull", "([I)I"));
        assertEquals(List.of("length/field checked", "checked"), accesses("fieldReassignedInLoop", "()I"));
        assertEquals(List.of("length/field checked", "bounds", "checked"),
                accesses("lengthThenSecondArray", "([I[I)I"));
    }

    @Test
    void masksShiftsAndRepeatedAccesses() {
        // An empty table makes the mask -1, and any hash an index; HashMap tests the length first.
        assertEquals(List.of("length/field checked", "null"), accesses("masked", "([II)I"));
        assertEquals(List.of("length/field checked", "bounds"), accesses("maskedNonEmpty", "([II)I"));
        assertEquals(List.of("length/field checked", "null"), accesses("maskedByLength", "([II)I"));
        assertEquals(List.of("checked", "bounds", "bounds"), accesses("repeated", "([II)I"));
        assertEquals(List.of("length/field checked", "bounds", "bounds"), accesses("halves", "([I)I"));
        assertEquals(List.of("checked"), accesses("signedHalf", "([II)I"));
    }

    @Test
    void thisAndTestedReferencesAreNotNull() {
        // Each read of the field is a new value: this is known, what the field holds is not.
        assertEquals(List.of("length/field not null", "checked", "length/field not null", "length/field checked"),
                accesses("ownField", "(I)I"));
        assertEquals(List.of("length/field not null"), accesses("afterNullTest", "([I)I"));
    }
}
