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
 */
public record Allocation(List<Location> locations, int spillSlots, Set<Reg> calleeSaved) {
    /** @param r a virtual register @return where it lives, or null when it is never live */
    public Location of(VReg r) {
        return locations.get(r.id());
    }
}
