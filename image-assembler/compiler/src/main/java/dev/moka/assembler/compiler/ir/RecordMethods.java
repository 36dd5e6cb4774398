package dev.moka.assembler.compiler.ir;

import dev.moka.assembler.compiler.model.TypeKind;
import java.util.ArrayList;
import java.util.List;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;

/**
 * Lowers a record's {@code toString}, {@code hashCode} and {@code equals} (invokedynamic with the
 * ObjectMethods bootstrap) at build time into static methods of a generated class, with the
 * formats the JDK uses: {@code Name[a=1, b=x]}; {@code 31 * h + hash(component)} from 0; and
 * component-wise equality.
 */
final class RecordMethods {
    private static final String BOOTSTRAP = "java/lang/runtime/ObjectMethods";

    private RecordMethods() {
    }

    static boolean handles(InvokeDynamicInsnNode insn) {
        return insn.bsm.getOwner().equals(BOOTSTRAP);
    }

    static void translate(InvokeDynamicInsnNode insn, Bytecodes t) {
        IrBuilder b = t.builder();
        Type record = (Type) insn.bsmArgs[0];
        String names = (String) insn.bsmArgs[1];
        List<Handle> getters = new ArrayList<>();
        for (int i = 2; i < insn.bsmArgs.length; i++) {
            getters.add((Handle) insn.bsmArgs[i]);
        }
        String helper = record.getInternalName() + "$$RecordMethods";
        if (b.world().pool().find(helper).isEmpty()) {
            b.world().pool().define(generate(helper, record, names.isEmpty() ? new String[0] : names.split(";"), getters));
        }
        String desc = switch (insn.name) {
            case "toString" -> "(" + record.getDescriptor() + ")Ljava/lang/String;";
            case "hashCode" -> "(" + record.getDescriptor() + ")I";
            case "equals" -> "(" + record.getDescriptor() + "Ljava/lang/Object;)Z";
            default -> throw new UnsupportedCodeException("record method " + insn.name + " is not known");
        };
        int argc = Type.getArgumentTypes(insn.desc).length;
        List<VReg> args = new ArrayList<>();
        for (int i = argc - 1; i >= 0; i--) {
            args.add(t.top(i));
        }
        TypeKind result = insn.name.equals("toString") ? TypeKind.REF : TypeKind.INT;
        t.emit(new Insn.Invoke(Insn.Dispatch.DIRECT, b.world().resolveMethod(helper, insn.name, desc),
                b.stack(t.depth() - argc, result), args));
    }

    private static ClassNode generate(String name, Type record, String[] names, List<Handle> getters) {
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        cw.visit(Opcodes.V21, Opcodes.ACC_FINAL | Opcodes.ACC_SUPER | Opcodes.ACC_SYNTHETIC, name, null,
                "java/lang/Object", null);
        String owner = record.getInternalName();
        // The simple name, as Class.getSimpleName gives it: local classes drop javac's numeric prefix.
        String simple = owner.substring(Math.max(owner.lastIndexOf('/'), owner.lastIndexOf('$')) + 1)
                .replaceFirst("^[0-9]+", "");

        MethodVisitor ts = cw.visitMethod(Opcodes.ACC_STATIC, "toString", "(" + record.getDescriptor() + ")Ljava/lang/String;", null, null);
        ts.visitCode();
        ts.visitTypeInsn(Opcodes.NEW, "java/lang/StringBuilder");
        ts.visitInsn(Opcodes.DUP);
        ts.visitMethodInsn(Opcodes.INVOKESPECIAL, "java/lang/StringBuilder", "<init>", "()V", false);
        for (int i = 0; i < getters.size(); i++) {
            appendString(ts, (i == 0 ? simple + "[" : ", ") + names[i] + "=");
            ts.visitVarInsn(Opcodes.ALOAD, 0);
            Handle g = getters.get(i);
            ts.visitFieldInsn(Opcodes.GETFIELD, owner, g.getName(), g.getDesc());
            String param = switch (g.getDesc().charAt(0)) {
                case 'Z' -> "Z";
                case 'C' -> "C";
                case 'B', 'S', 'I' -> "I";
                case 'J' -> "J";
                case 'F' -> "F";
                case 'D' -> "D";
                default -> g.getDesc().equals("Ljava/lang/String;") ? "Ljava/lang/String;" : "Ljava/lang/Object;";
            };
            ts.visitMethodInsn(Opcodes.INVOKEVIRTUAL, "java/lang/StringBuilder", "append",
                    "(" + param + ")Ljava/lang/StringBuilder;", false);
        }
        appendString(ts, getters.isEmpty() ? simple + "[]" : "]");
        ts.visitMethodInsn(Opcodes.INVOKEVIRTUAL, "java/lang/StringBuilder", "toString", "()Ljava/lang/String;", false);
        ts.visitInsn(Opcodes.ARETURN);
        ts.visitMaxs(0, 0);
        ts.visitEnd();

        MethodVisitor hc = cw.visitMethod(Opcodes.ACC_STATIC, "hashCode", "(" + record.getDescriptor() + ")I", null, null);
        hc.visitCode();
        hc.visitInsn(Opcodes.ICONST_0);
        for (Handle g : getters) {
            hc.visitIntInsn(Opcodes.BIPUSH, 31);
            hc.visitInsn(Opcodes.IMUL);
            hc.visitVarInsn(Opcodes.ALOAD, 0);
            hc.visitFieldInsn(Opcodes.GETFIELD, owner, g.getName(), g.getDesc());
            hash(hc, g.getDesc());
            hc.visitInsn(Opcodes.IADD);
        }
        hc.visitInsn(Opcodes.IRETURN);
        hc.visitMaxs(0, 0);
        hc.visitEnd();

        MethodVisitor eq = cw.visitMethod(Opcodes.ACC_STATIC, "equals", "(" + record.getDescriptor() + "Ljava/lang/Object;)Z", null, null);
        eq.visitCode();
        Label no = new Label();
        Label yes = new Label();
        eq.visitVarInsn(Opcodes.ALOAD, 0);
        eq.visitVarInsn(Opcodes.ALOAD, 1);
        eq.visitJumpInsn(Opcodes.IF_ACMPEQ, yes);
        eq.visitVarInsn(Opcodes.ALOAD, 1);
        eq.visitTypeInsn(Opcodes.INSTANCEOF, owner);
        eq.visitJumpInsn(Opcodes.IFEQ, no);
        for (Handle g : getters) {
            eq.visitVarInsn(Opcodes.ALOAD, 0);
            eq.visitFieldInsn(Opcodes.GETFIELD, owner, g.getName(), g.getDesc());
            eq.visitVarInsn(Opcodes.ALOAD, 1);
            eq.visitTypeInsn(Opcodes.CHECKCAST, owner);
            eq.visitFieldInsn(Opcodes.GETFIELD, owner, g.getName(), g.getDesc());
            switch (g.getDesc().charAt(0)) {
                case 'J' -> {
                    eq.visitInsn(Opcodes.LCMP);
                    eq.visitJumpInsn(Opcodes.IFNE, no);
                }
                case 'L', '[' -> {
                    eq.visitMethodInsn(Opcodes.INVOKESTATIC, "java/util/Objects", "equals",
                            "(Ljava/lang/Object;Ljava/lang/Object;)Z", false);
                    eq.visitJumpInsn(Opcodes.IFEQ, no);
                }
                case 'F', 'D' -> throw new UnsupportedCodeException("records with float or double components are not compiled yet");
                default -> eq.visitJumpInsn(Opcodes.IF_ICMPNE, no);
            }
        }
        eq.visitLabel(yes);
        eq.visitInsn(Opcodes.ICONST_1);
        eq.visitInsn(Opcodes.IRETURN);
        eq.visitLabel(no);
        eq.visitInsn(Opcodes.ICONST_0);
        eq.visitInsn(Opcodes.IRETURN);
        eq.visitMaxs(0, 0);
        eq.visitEnd();
        cw.visitEnd();
        ClassNode node = new ClassNode();
        new ClassReader(cw.toByteArray()).accept(node, 0);
        return node;
    }

    private static void appendString(MethodVisitor mv, String s) {
        mv.visitLdcInsn(s);
        mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, "java/lang/StringBuilder", "append",
                "(Ljava/lang/String;)Ljava/lang/StringBuilder;", false);
    }

    private static void hash(MethodVisitor mv, String desc) {
        switch (desc.charAt(0)) {
            case 'Z' -> mv.visitMethodInsn(Opcodes.INVOKESTATIC, "java/lang/Boolean", "hashCode", "(Z)I", false);
            case 'J' -> mv.visitMethodInsn(Opcodes.INVOKESTATIC, "java/lang/Long", "hashCode", "(J)I", false);
            case 'B', 'S', 'C', 'I' -> { }
            case 'F', 'D' -> throw new UnsupportedCodeException("records with float or double components are not compiled yet");
            default -> mv.visitMethodInsn(Opcodes.INVOKESTATIC, "java/util/Objects", "hashCode", "(Ljava/lang/Object;)I", false);
        }
    }
}
