package dev.moka.assembler.compiler.ir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moka.assembler.compiler.front.ClassPool;
import dev.moka.assembler.compiler.model.MethodRef;
import dev.moka.assembler.compiler.model.World;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Bounds-check elimination: the array accesses of a counting loop over {@code a.length} lose their
 * checks, and every loop that only looks like one keeps them.
 */
class LoopBoundsChecksTest {
    /** Methods compiled by the tests below; never run. */
    @SuppressWarnings("unused")
    static final class Loops {
        static int sum(int[] a) {
            int s = 0;
            for (int i = 0; i < a.length; i++) {
                s += a[i];
            }
            return s;
        }

        static void doubleAll(long[] a) {
            for (int i = 0; i < a.length; i++) {
                a[i] = a[i] * 2;
            }
        }

        static void fillUpToSavedLength(int[] a) {
            int n = a.length;
            for (int i = 0; i < n; i++) {
                a[i] = i;
            }
        }

        static double literalUpToSavedLength(int rounds) {
            double[] x = {1.5, 2.5, 3.5};
            int n = x.length;
            double s = 0;
            for (int r = 0; r < rounds; r++) {
                for (int i = 0; i < n; i++) {
                    s += x[i];
                }
            }
            return s;
        }

        static void nested(double[] a, double[] b) {
            for (int i = 0; i < a.length; i++) {
                for (int j = 0; j < b.length; j++) {
                    a[i] += b[j];
                }
            }
        }

        static int secondLoopOverTheSameSlot(int[] a, int[] b) {
            int s = 0;
            for (int i = 0; i < b.length; i += 2) {
                s += b[i];
            }
            for (int i = 0; i < a.length; i++) {
                s += a[i];
            }
            return s;
        }

        static int continuesFromEarlierLoop(int[] a) {
            int i = 0;
            while (i < 100) {
                i += 7;
            }
            int s = 0;
            for (; i < a.length; i++) {
                s += a[i];
            }
            return s;
        }

        static int inclusiveBound(int[] a) {
            int s = 0;
            for (int i = 0; i <= a.length; i++) {
                s += a[i];
            }
            return s;
        }

        static int arrayReassigned(int[] a, int[] b) {
            int s = 0;
            for (int i = 0; i < a.length; i++) {
                s += a[i];
                a = b;
            }
            return s;
        }

        static int decrementedInBody(int[] a) {
            int s = 0;
            for (int i = 0; i < a.length; i++) {
                s += a[i];
                if (s > 100) {
                    i -= 2;
                }
            }
            return s;
        }

        static int countingDown(int[] a) {
            int s = 0;
            for (int i = a.length - 1; i >= 0; i--) {
                s += a[i];
            }
            return s;
        }

        static int unknownStart(int[] a, int start) {
            int s = 0;
            for (int i = start; i < a.length; i++) {
                s += a[i];
            }
            return s;
        }

        static int negativeStart(int[] a) {
            int s = 0;
            for (int i = -1; i < a.length; i++) {
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

        static int readAfterIncrement(int[] a) {
            int s = 0;
            for (int i = 0; i < a.length;) {
                i++;
                s += a[i];
            }
            return s;
        }

        static int otherArray(int[] a, int[] b) {
            int s = 0;
            for (int i = 0; i < a.length; i++) {
                s += b[i];
            }
            return s;
        }

        static int lengthOfReassignedLocal(int[] a, int[] b) {
            int n = a.length;
            if (n > 3) {
                a = b;
            }
            int s = 0;
            for (int i = 0; i < n; i++) {
                s += a[i];
            }
            return s;
        }
    }

    private final World world = new World(new ClassPool(List.of()));
    private final String owner = Loops.class.getName().replace('.', '/');

    private IrMethod optimized(String name) {
        MethodRef m = world.resolveMethod(owner, name, descriptorOf(name));
        IrMethod method = IrBuilder.build(world, m);
        LocalRenaming.run(method);
        CopyCoalescing.run(method);
        ConstantOperands.run(method);
        LoopBoundsChecks.run(method);
        return method;
    }

    private static String descriptorOf(String name) {
        for (java.lang.reflect.Method m : Loops.class.getDeclaredMethods()) {
            if (m.getName().equals(name)) {
                return org.objectweb.asm.Type.getMethodDescriptor(m);
            }
        }
        throw new IllegalArgumentException(name);
    }

    private static List<Insn> accesses(IrMethod method) {
        return method.blocks().stream().flatMap(b -> b.insns().stream())
                .filter(i -> i instanceof Insn.ArrayLoad || i instanceof Insn.ArrayStore).toList();
    }

    private static long proven(IrMethod method) {
        return accesses(method).stream().filter(method::isProvenInBounds).count();
    }

    @ParameterizedTest
    @ValueSource(strings = {"sum", "doubleAll", "fillUpToSavedLength", "nested"})
    void countingLoopsOverTheLengthNeedNoChecks(String name) {
        IrMethod method = optimized(name);
        List<Insn> all = accesses(method);
        assertTrue(!all.isEmpty(), method.dump());
        assertEquals(all.size(), proven(method), method.dump());
    }

    @Test
    void aLengthSavedFromALocalArrayCoversTheLoopButNotTheInitialisingStores() {
        IrMethod method = optimized("literalUpToSavedLength");
        List<Insn> loads = accesses(method).stream().filter(i -> i instanceof Insn.ArrayLoad).toList();
        assertEquals(1, loads.size(), method.dump());
        assertTrue(method.isProvenInBounds(loads.get(0)), method.dump());
        assertEquals(1, proven(method), method.dump());
    }

    @Test
    void aLoopReusingAnotherLoopsSlotIsJudgedOnItsOwnStart() {
        IrMethod method = optimized("secondLoopOverTheSameSlot");
        List<Insn> all = accesses(method);
        assertEquals(2, all.size(), method.dump());
        // The stride-two loop over b keeps its checks; the counting loop over a, whose i starts
        // from its own zero, does not need them.
        assertEquals(1, proven(method), method.dump());
        Insn.ArrayLoad provenLoad = (Insn.ArrayLoad) all.stream().filter(method::isProvenInBounds).findFirst().orElseThrow();
        assertEquals(method.params().get(0), provenLoad.array(), method.dump());
    }

    @ParameterizedTest
    @ValueSource(strings = {"continuesFromEarlierLoop", "inclusiveBound", "arrayReassigned", "decrementedInBody", "countingDown", "unknownStart",
        "negativeStart", "strideTwo", "readAfterIncrement", "otherArray", "lengthOfReassignedLocal"})
    void loopsThatOnlyLookLikeOneKeepTheirChecks(String name) {
        IrMethod method = optimized(name);
        assertTrue(!accesses(method).isEmpty(), method.dump());
        assertEquals(0, proven(method), method.dump());
    }

    @Test
    void aRebuiltInstructionLosesTheProof() {
        IrMethod method = optimized("sum");
        for (Block b : method.blocks()) {
            for (int k = 0; k < b.insns().size(); k++) {
                if (b.insns().get(k) instanceof Insn.ArrayLoad load) {
                    Insn.ArrayLoad copy = new Insn.ArrayLoad(load.dst(), load.array(), load.index(), load.elementDescriptor());
                    method.replace(b, k, copy);
                    assertTrue(!method.isProvenInBounds(copy), method.dump());
                }
            }
        }
    }
}
