package dev.moka.assembler.compiler.ir;

import dev.moka.assembler.compiler.model.TypeKind;

/**
 * A virtual register: a value of one kind that the register allocator later places in a machine
 * register or a stack slot. Identity matters; ids are unique within one method.
 *
 * @param id   the number within the method, also its index in allocation tables
 * @param kind what it holds
 */
public record VReg(int id, TypeKind kind) {
    @Override
    public String toString() {
        return "v" + id + ":" + kind.name().charAt(0);
    }
}
