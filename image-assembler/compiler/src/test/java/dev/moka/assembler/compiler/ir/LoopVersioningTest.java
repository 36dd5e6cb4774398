package dev.moka.assembler.compiler.ir;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.moka.assembler.compiler.front.ClassPool;
import dev.moka.assembler.compiler.model.World;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which counting loops get a copy without bounds checks: the accesses of each method are listed as
 * {@code "checked"} or {@code "bounds"} (both checks dropped), the original loop's first and the
 * copy's after them. Corpus program {@code LoopVersioningEdges} runs the same loops both ways
 * against HotSpot.
 */
class LoopVersioningTest {
    /** Methods analysed by the tests below; never run. */
    @SuppressWarnings("unused")
    static final class Loops {
        static int upTo(int[] a, int n) {
            int s = 0;
            for (int i = 0; i < n; i++) {
                s += a[i];
            }
            return s;
        }

        static int sieveStep(boolean[] flags, int size) {
            int primes = 0;
            for (int i = 2; i <= size; i++) {
                if (flags[i - 1]) {
                    primes++;
                }
            }
            return primes;
        }

        static void shiftDown(int[] a, int r) {
            for (int i = 0; i < r; i++) {
                a[i] = a[i + 1];
            }
        }

        static long countDown(int[] a, int len) {
            long carry = 0;
            for (int j = len - 1; j >= 0; j--) {
                carry = carry * 7 + a[j];
            }
            return carry;
        }

        static int byTwo(int[] a, int n) {
            int s = 0;
            for (int i = 0; i < n; i += 2) {
                s += a[i];
            }
            return s;
        }

        static int offsetTwo(int[] a, int n) {
            int s = 0;
            for (int i = 0; i < n; i++) {
                s += a[i + 2];
            }
            return s;
        }

        static int arrayChanges(int[] a, int[] b, int n) {
            int s = 0;
            for (int i = 0; i < n; i++) {
                s += a[i];
                a = b;
            }
            return s;
        }

        static int limitChanges(int[] a, int n) {
            int s = 0;
            for (int i = 0; i < n; i++) {
                s += a[i];
                n = a[0];
            }
            return s;
        }

        static int guarded(int[] a, int n) {
            int s = 0;
            try {
                for (int i = 0; i < n; i++) {
                    s += a[i];
                }
            } catch (RuntimeException e) {
                s = -1;
            }
            return s;
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
        IntegerIdioms.run(method);
        LoopVersioning.run(method);
        BoundsCheckElimination.run(method);
        List<String> found = new ArrayList<>();
        for (Block b : method.blocks()) {
            for (Insn insn : b.insns()) {
                if (insn instanceof Insn.ArrayLoad || insn instanceof Insn.ArrayStore) {
                    found.add(method.indexInBounds(insn) && method.operandNotNull(insn) ? "bounds"
                            : method.indexInBounds(insn) ? "index only" : method.operandNotNull(insn) ? "null" : "checked");
                }
            }
        }
        return found;
    }

    @Test
    void loopsBoundedByALimitGetACopyWithoutChecks() {
        assertEquals(List.of("checked", "bounds"), accesses("upTo", "([II)I"));
        assertEquals(List.of("checked", "bounds"), accesses("sieveStep", "([ZI)I"));
        // a[i + 1] then a[i]: in the original the load's check also proves the store (i < i + 1).
        assertEquals(List.of("checked", "bounds", "bounds", "bounds"), accesses("shiftDown", "([II)V"));
        assertEquals(List.of("checked", "bounds"), accesses("countDown", "([II)J"));
    }

    @Test
    void otherLoopsAreLeftAsTheyAre() {
        assertEquals(List.of("checked"), accesses("byTwo", "([II)I"));
        assertEquals(List.of("checked"), accesses("offsetTwo", "([II)I"));
        assertEquals(List.of("checked"), accesses("arrayChanges", "([I[II)I"));
        assertEquals(List.of("checked", "null"), accesses("limitChanges", "([II)I"));
        assertEquals(List.of("checked"), accesses("guarded", "([II)I"));
    }
}
