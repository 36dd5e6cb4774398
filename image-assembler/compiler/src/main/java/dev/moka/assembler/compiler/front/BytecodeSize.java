package dev.moka.assembler.compiler.front;

import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.IincInsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.LookupSwitchInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TableSwitchInsnNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * The length of a method's code attribute, worked out from its instructions as javac encodes them
 * (the tree keeps no byte offsets): what compile-throughput figures divide by. Short forms are
 * assumed where the operands allow them ({@code iload_1}, {@code ldc} rather than {@code ldc_w}), so
 * a method with more than 256 constants may count a few bytes short.
 */
public final class BytecodeSize {
    private BytecodeSize() {
    }

    /** @param method a method read from a class file @return its code length in bytes */
    public static int of(MethodNode method) {
        int offset = 0;
        for (AbstractInsnNode insn = method.instructions.getFirst(); insn != null; insn = insn.getNext()) {
            offset += sizeAt(insn, offset);
        }
        return offset;
    }

    private static int sizeAt(AbstractInsnNode insn, int offset) {
        int opcode = insn.getOpcode();
        if (opcode < 0) {
            return 0; // labels, line numbers and frames take no code bytes
        }
        int padding = 3 - (offset & 3); // a switch's operands start 4-byte aligned after its opcode
        return switch (insn) {
            case TableSwitchInsnNode t -> 1 + padding + 12 + 4 * t.labels.size();
            case LookupSwitchInsnNode l -> 1 + padding + 8 + 8 * l.labels.size();
            case VarInsnNode v -> v.var > 255 ? 4 : v.var <= 3 && opcode != Opcodes.RET ? 1 : 2;
            case IincInsnNode i -> i.var > 255 || i.incr < Byte.MIN_VALUE || i.incr > Byte.MAX_VALUE ? 6 : 3;
            case LdcInsnNode l -> l.cst instanceof Long || l.cst instanceof Double ? 3 : 2;
            default -> fixedSize(insn.getType(), opcode);
        };
    }

    private static int fixedSize(int type, int opcode) {
        return switch (type) {
            case AbstractInsnNode.INT_INSN -> opcode == Opcodes.SIPUSH ? 3 : 2;
            case AbstractInsnNode.TYPE_INSN, AbstractInsnNode.FIELD_INSN -> 3;
            case AbstractInsnNode.METHOD_INSN -> opcode == Opcodes.INVOKEINTERFACE ? 5 : 3;
            case AbstractInsnNode.INVOKE_DYNAMIC_INSN -> 5;
            case AbstractInsnNode.JUMP_INSN -> 3;
            case AbstractInsnNode.MULTIANEWARRAY_INSN -> 4;
            default -> 1;
        };
    }
}
