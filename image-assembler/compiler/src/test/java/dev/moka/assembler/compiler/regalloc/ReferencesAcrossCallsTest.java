package dev.moka.assembler.compiler.regalloc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moka.assembler.compiler.front.ClassPool;
import dev.moka.assembler.compiler.ir.Block;
import dev.moka.assembler.compiler.ir.Insn;
import dev.moka.assembler.compiler.ir.IrBuilder;
import dev.moka.assembler.compiler.ir.IrMethod;
import dev.moka.assembler.compiler.ir.VReg;
import dev.moka.assembler.compiler.model.World;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A reference live across calls is kept in a callee-saved register, mirrored by a frame slot that
 * the calls' stack maps list; one that an exception handler reads stays in its frame slot.
 */
class ReferencesAcrossCallsTest {
    /** Methods allocated by the tests below; never run. */
    @SuppressWarnings("unused")
    static final class Calls {
        static int sumAround(int[] a) {
            int s = 0;
            for (int i = 0; i < a.length; i++) {
                s += a[i] + tick();
            }
            return s;
        }

        static int guarded(int[] a) {
            try {
                return tick() + a[0];
            } catch (RuntimeException e) {
                return a.length;
            }
        }

        static int resultAcrossCalls(int[] a) {
            int[] copy = same(a);
            return tick() + copy.length;
        }

        static int[] same(int[] a) {
            return a;
        }

        static int tick() {
            return 1;
        }
    }

    private final World world = new World(new ClassPool(List.of()));
    private final String owner = Calls.class.getName().replace('.', '/');

    private IrMethod build(String name) {
        return IrBuilder.build(world, world.resolveMethod(owner, name, "([I)I"));
    }

    private static Insn firstCall(IrMethod method) {
        for (Block b : method.blocks()) {
            for (Insn insn : b.insns()) {
                if (insn instanceof Insn.Invoke) {
                    return insn;
                }
            }
        }
        throw new AssertionError("no call in\n" + method.dump());
    }

    @Test
    void arrayLiveAcrossCallsStaysInACalleeSavedRegisterAndIsInTheStackMap() {
        IrMethod method = build("sumAround");
        Allocation allocation = LinearScan.allocate(method);
        VReg array = method.params().get(0);
        Location where = allocation.of(array);
        Location.InReg reg = assertInstanceOf(Location.InReg.class, where, method.dump());
        assertTrue(LinearScan.CALLEE_SAVED.contains(reg.reg()), reg.toString());
        int shadow = allocation.shadowSlot(array);
        assertTrue(shadow >= 0);
        int saved = allocation.savedWords();
        int[] map = allocation.referenceSlots(firstCall(method), method.regs(), saved);
        assertTrue(Arrays.stream(map).anyMatch(offset -> offset == -8 * (saved + shadow + 1)),
                Arrays.toString(map) + " should list the mirror slot " + shadow);
    }

    @Test
    void aCallsStackMapLeavesOutTheReferenceItReturns() {
        IrMethod method = build("resultAcrossCalls");
        Allocation allocation = LinearScan.allocate(method);
        Insn call = firstCall(method);
        VReg result = call.def();
        int saved = allocation.savedWords();
        int slot = allocation.of(result) instanceof Location.OnStack s ? s.slot() : allocation.shadowSlot(result);
        assertTrue(slot >= 0, "the result lives across the next call, so it has a frame slot\n" + method.dump());
        int[] map = allocation.referenceSlots(call, method.regs(), saved);
        // During the call the slot still holds what an earlier frame left there.
        assertTrue(Arrays.stream(map).noneMatch(offset -> offset == -8 * (saved + slot + 1)),
                Arrays.toString(map) + " should not list the result's slot " + slot + "\n" + method.dump());
    }

    @Test
    void referenceReadByAHandlerLivesInItsFrameSlot() {
        IrMethod method = build("guarded");
        Allocation allocation = LinearScan.allocate(method);
        VReg array = method.params().get(0);
        assertInstanceOf(Location.OnStack.class, allocation.of(array), method.dump());
        assertEquals(-1, allocation.shadowSlot(array));
    }
}
