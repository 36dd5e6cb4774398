package dev.moka.assembler.compiler.ir;

import static org.objectweb.asm.Opcodes.*;

import dev.moka.assembler.compiler.model.MethodRef;
import java.util.HashMap;
import java.util.Map;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.LocalVariableNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TryCatchBlockNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * Lowers a {@code synchronized} method to the bytecode javac writes for a {@code synchronized}
 * block around its body: the lock ({@code this}, or the class object of a static method) is kept in
 * a new local, entered first, exited before every return, and exited by a catch-all handler that
 * rethrows whatever leaves the body. The monitor instructions then compile like any others.
 */
final class SynchronizedMethods {
    private SynchronizedMethods() {
    }

    /**
     * @param source a method with a body
     * @return its bytecode with the monitor made explicit; the method's own node when it is not
     *         {@code synchronized} (the class's node is never changed)
     */
    static MethodNode lower(MethodRef source) {
        MethodNode original = source.method();
        if ((original.access & ACC_SYNCHRONIZED) == 0) {
            return original;
        }
        MethodNode lowered = copy(original);
        int lock = original.maxLocals;
        InsnList code = lowered.instructions;
        LabelNode start = new LabelNode();
        LabelNode end = new LabelNode();
        LabelNode handler = new LabelNode();

        InsnList prologue = new InsnList();
        if (source.isStatic()) {
            prologue.add(new LdcInsnNode(Type.getObjectType(source.owner().name())));
        } else {
            prologue.add(new VarInsnNode(ALOAD, 0));
        }
        prologue.add(new VarInsnNode(ASTORE, lock));
        prologue.add(new VarInsnNode(ALOAD, lock));
        prologue.add(new InsnNode(MONITORENTER));
        prologue.add(start);

        for (AbstractInsnNode insn = code.getFirst(); insn != null; insn = insn.getNext()) {
            int op = insn.getOpcode();
            if (op >= IRETURN && op <= RETURN) {
                InsnList exit = new InsnList();
                exit.add(new VarInsnNode(ALOAD, lock));
                exit.add(new InsnNode(MONITOREXIT));
                code.insertBefore(insn, exit);
            }
        }
        code.insert(prologue);
        code.add(end);
        code.add(handler);
        code.add(new VarInsnNode(ALOAD, lock));
        code.add(new InsnNode(MONITOREXIT));
        code.add(new InsnNode(ATHROW));
        // Last in the table, so the method's own handlers see its exceptions first, as on the JVM.
        lowered.tryCatchBlocks.add(new TryCatchBlockNode(start, end, handler, null));
        lowered.maxLocals = original.maxLocals + 1;
        lowered.maxStack = original.maxStack + 2;
        return lowered;
    }

    /** A deep copy of a method's code, with labels of its own. */
    private static MethodNode copy(MethodNode original) {
        MethodNode copy = new MethodNode(original.access & ~ACC_SYNCHRONIZED, original.name, original.desc,
                original.signature, original.exceptions.toArray(String[]::new));
        Map<LabelNode, LabelNode> labels = new HashMap<>();
        for (AbstractInsnNode insn = original.instructions.getFirst(); insn != null; insn = insn.getNext()) {
            if (insn instanceof LabelNode label) {
                labels.put(label, new LabelNode());
            }
        }
        for (AbstractInsnNode insn = original.instructions.getFirst(); insn != null; insn = insn.getNext()) {
            copy.instructions.add(insn.clone(labels));
        }
        for (TryCatchBlockNode tc : original.tryCatchBlocks) {
            copy.tryCatchBlocks.add(new TryCatchBlockNode(labels.get(tc.start), labels.get(tc.end),
                    labels.get(tc.handler), tc.type));
        }
        if (original.localVariables != null) {
            copy.localVariables = new java.util.ArrayList<>();
            for (LocalVariableNode v : original.localVariables) {
                copy.localVariables.add(new LocalVariableNode(v.name, v.desc, v.signature, labels.get(v.start),
                        labels.get(v.end), v.index));
            }
        }
        copy.visibleAnnotations = original.visibleAnnotations;
        copy.invisibleAnnotations = original.invisibleAnnotations;
        copy.maxLocals = original.maxLocals;
        copy.maxStack = original.maxStack;
        return copy;
    }
}
