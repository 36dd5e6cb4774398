package dev.moka.assembler.compiler.ir;

import dev.moka.assembler.compiler.model.TypeKind;
import java.util.List;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;

/**
 * Lowers pattern-matching switches ({@code invokedynamic} with SwitchBootstraps {@code typeSwitch}
 * and {@code enumSwitch}) at build time into a generated static method that tests the labels in
 * order from the restart index: class labels with instanceof, string and integer labels with
 * equality, enum labels by constant name. It returns the label's index, -1 for null, and the label
 * count when nothing matches, as the bootstrap's method handle does.
 */
final class SwitchLowering {
    private static final String BOOTSTRAPS = "java/lang/runtime/SwitchBootstraps";

    private SwitchLowering() {
    }

    static boolean handles(InvokeDynamicInsnNode insn) {
        return insn.bsm.getOwner().equals(BOOTSTRAPS)
                && (insn.name.equals("typeSwitch") || insn.name.equals("enumSwitch"));
    }

    static void translate(InvokeDynamicInsnNode insn, int index, Bytecodes t) {
        IrBuilder b = t.builder();
        String name = b.source().owner().name() + "$$Switch$" + b.source().method().name.replaceAll("[^A-Za-z0-9_]", "_")
                + "$" + index;
        if (b.world().pool().find(name).isEmpty()) {
            b.world().pool().define(generate(name, insn));
        }
        VReg target = t.top(1);
        VReg restart = t.top(0);
        t.emit(new Insn.Invoke(Insn.Dispatch.DIRECT, b.world().resolveMethod(name, "test", "(Ljava/lang/Object;I)I"),
                b.stack(t.depth() - 2, TypeKind.INT), List.of(target, restart)));
    }

    private static ClassNode generate(String name, InvokeDynamicInsnNode insn) {
        boolean enums = insn.name.equals("enumSwitch");
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        cw.visit(Opcodes.V21, Opcodes.ACC_FINAL | Opcodes.ACC_SUPER | Opcodes.ACC_SYNTHETIC, name, null,
                "java/lang/Object", null);
        MethodVisitor mv = cw.visitMethod(Opcodes.ACC_STATIC, "test", "(Ljava/lang/Object;I)I", null, null);
        mv.visitCode();
        Label notNull = new Label();
        mv.visitVarInsn(Opcodes.ALOAD, 0);
        mv.visitJumpInsn(Opcodes.IFNONNULL, notNull);
        mv.visitInsn(Opcodes.ICONST_M1);
        mv.visitInsn(Opcodes.IRETURN);
        mv.visitLabel(notNull);
        Object[] labels = insn.bsmArgs;
        for (int i = 0; i < labels.length; i++) {
            Label next = new Label();
            mv.visitVarInsn(Opcodes.ILOAD, 1);
            mv.visitLdcInsn(i);
            mv.visitJumpInsn(Opcodes.IF_ICMPGT, next);
            Object label = labels[i];
            if (label instanceof Type type) {
                mv.visitVarInsn(Opcodes.ALOAD, 0);
                mv.visitTypeInsn(Opcodes.INSTANCEOF, type.getInternalName());
                mv.visitJumpInsn(Opcodes.IFEQ, next);
            } else if (label instanceof String s && enums) {
                mv.visitVarInsn(Opcodes.ALOAD, 0);
                mv.visitTypeInsn(Opcodes.CHECKCAST, "java/lang/Enum");
                mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, "java/lang/Enum", "name", "()Ljava/lang/String;", false);
                mv.visitLdcInsn(s);
                mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, "java/lang/String", "equals", "(Ljava/lang/Object;)Z", false);
                mv.visitJumpInsn(Opcodes.IFEQ, next);
            } else if (label instanceof String s) {
                mv.visitLdcInsn(s);
                mv.visitVarInsn(Opcodes.ALOAD, 0);
                mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, "java/lang/String", "equals", "(Ljava/lang/Object;)Z", false);
                mv.visitJumpInsn(Opcodes.IFEQ, next);
            } else if (label instanceof Integer v) {
                mv.visitVarInsn(Opcodes.ALOAD, 0);
                mv.visitTypeInsn(Opcodes.INSTANCEOF, "java/lang/Integer");
                mv.visitJumpInsn(Opcodes.IFEQ, next);
                mv.visitVarInsn(Opcodes.ALOAD, 0);
                mv.visitTypeInsn(Opcodes.CHECKCAST, "java/lang/Integer");
                mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, "java/lang/Integer", "intValue", "()I", false);
                mv.visitLdcInsn(v);
                mv.visitJumpInsn(Opcodes.IF_ICMPNE, next);
            } else {
                throw new UnsupportedCodeException("switch label " + label + " (" + label.getClass().getSimpleName()
                        + ") is not compiled yet");
            }
            mv.visitLdcInsn(i);
            mv.visitInsn(Opcodes.IRETURN);
            mv.visitLabel(next);
        }
        mv.visitLdcInsn(labels.length);
        mv.visitInsn(Opcodes.IRETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        cw.visitEnd();
        ClassNode node = new ClassNode();
        new ClassReader(cw.toByteArray()).accept(node, 0);
        return node;
    }
}
