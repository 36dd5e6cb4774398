package dev.moka.assembler.compiler.regalloc;

import dev.moka.assembler.compiler.ir.VReg;
import dev.moka.assembler.x86.Reg;
import java.util.List;
import java.util.Set;

/**
 * The result of register allocation for one method.
 *
 * @param locations   where each virtual register lives, indexed by id (null for registers never live)
 * @param spillSlots  how many 8-byte stack slots the frame needs
 * @param calleeSaved callee-saved registers the method uses and must preserve
 * @param calleeSavedFloat callee-saved SSE registers the method uses and must preserve
 * @param liveAfter   for each instruction, the virtual registers (by id) live right after it or
 *                    live into its exception handlers
 * @param shadowSlots for each virtual register (by id), the frame slot that mirrors its register, or
 *                    -1: references live across calls are kept in callee-saved registers and
 *                    copied to their slot at every definition, so that stack maps can list them
 */
public record Allocation(List<Location> locations, int spillSlots, Set<Reg> calleeSaved,
                         Set<dev.moka.assembler.x86.Xmm> calleeSavedFloat,
                         java.util.Map<dev.moka.assembler.compiler.ir.Insn, java.util.BitSet> liveAfter,
                         int[] shadowSlots) {
    /**
     * @return this allocation, with every SSE register calls preserve saved by the method: what a
     *         method with handlers needs when other methods keep values in them (the unwinder
     *         restores no registers of the frames it skips)
     */
    public Allocation savingEveryPreservedFloat() {
        Set<dev.moka.assembler.x86.Xmm> all = java.util.EnumSet.copyOf(LinearScan.FLOAT_CALLEE_SAVED);
        return new Allocation(locations, spillSlots, calleeSaved, all, liveAfter, shadowSlots);
    }

    /** @return how many 8-byte words the method's saved registers take below its frame pointer */
    public int savedWords() {
        return calleeSaved.size() + calleeSavedFloat.size();
    }

    /** @param r a virtual register @return the frame slot mirroring its register, or -1 */
    public int shadowSlot(VReg r) {
        return shadowSlots[r.id()];
    }

    /** @param r a virtual register @return where it lives, or null when it is never live */
    public Location of(VReg r) {
        return locations.get(r.id());
    }

    /**
     * The stack map of a call made by an instruction: the frame slots holding references that are
     * still needed after it. References that live across calls are in frame slots, or in registers
     * mirrored by frame slots. The instruction's own result is left out: it is written only when the
     * call returns, so during the call its slot still holds whatever an earlier frame left there,
     * possibly an object the collector has since freed and handed out again.
     *
     * @param insn    an instruction
     * @param regs    the method's virtual registers
     * @return offsets from the frame pointer of the slots holding live references
     */
    public int[] referenceSlots(dev.moka.assembler.compiler.ir.Insn insn, List<VReg> regs, int savedRegisters) {
        java.util.BitSet live = liveAfter.get(insn);
        if (live == null) {
            return new int[0];
        }
        VReg result = insn.def();
        return live.stream()
                .filter(id -> result == null || id != result.id())
                .filter(id -> regs.get(id).kind() == dev.moka.assembler.compiler.model.TypeKind.REF)
                .filter(id -> locations.get(id) instanceof Location.OnStack || shadowSlots[id] >= 0)
                .map(id -> -8 * (savedRegisters + (locations.get(id) instanceof Location.OnStack s ? s.slot()
                        : shadowSlots[id]) + 1))
                .toArray();
    }
}
