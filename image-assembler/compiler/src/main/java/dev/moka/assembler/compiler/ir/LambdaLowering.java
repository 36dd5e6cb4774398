package dev.moka.assembler.compiler.ir;

import dev.moka.assembler.compiler.model.TypeKind;
import java.util.ArrayList;
import java.util.List;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;

/**
 * Lowers lambdas and method references ({@code invokedynamic} with LambdaMetafactory) at build time:
 * each call site gets a generated class that implements the functional interface, holds the
 * captured values in fields, and calls the implementation method with the JVM's argument
 * conversions (casts, boxing, unboxing, widening). The call site becomes a constructor call.
 */
final class LambdaLowering {
    private static final String METAFACTORY = "java/lang/invoke/LambdaMetafactory";
    private static final int FLAG_MARKERS = 2;
    private static final int FLAG_BRIDGES = 4;

    private LambdaLowering() {
    }

    static boolean handles(InvokeDynamicInsnNode insn) {
        return insn.bsm.getOwner().equals(METAFACTORY);
    }

    static void translate(InvokeDynamicInsnNode insn, int index, Bytecodes t) {
        IrBuilder b = t.builder();
        String caller = b.source().owner().name();
        String name = caller + "$$Lambda$" + methodPart(b) + "$" + index;
        Type[] captured = Type.getArgumentTypes(insn.desc);
        Type samInterface = Type.getReturnType(insn.desc);
        Type samType = (Type) insn.bsmArgs[0];
        Handle impl = (Handle) insn.bsmArgs[1];
        Type instantiated = (Type) insn.bsmArgs[2];
        List<String> interfaces = new ArrayList<>(List.of(samInterface.getInternalName()));
        List<Type> bridges = new ArrayList<>();
        if (insn.bsm.getName().equals("altMetafactory")) {
            int flags = (Integer) insn.bsmArgs[3];
            int at = 4;
            if ((flags & FLAG_MARKERS) != 0) {
                int count = (Integer) insn.bsmArgs[at++];
                for (int i = 0; i < count; i++) {
                    String marker = ((Type) insn.bsmArgs[at++]).getInternalName();
                    if (!marker.equals("java/io/Serializable")) {
                        interfaces.add(marker);
                    }
                }
            }
            if ((flags & FLAG_BRIDGES) != 0) {
                int count = (Integer) insn.bsmArgs[at++];
                for (int i = 0; i < count; i++) {
                    bridges.add((Type) insn.bsmArgs[at++]);
                }
            }
        }
        if (b.world().pool().find(name).isEmpty()) {
            b.world().pool().define(generate(name, interfaces, captured, insn.name, samType, bridges, impl, instantiated));
        }
        List<VReg> args = new ArrayList<>();
        for (int i = captured.length - 1; i >= 0; i--) {
            args.add(t.top(i));
        }
        VReg object = b.stack(t.depth() - captured.length, TypeKind.REF);
        VReg fresh = b.ir().newReg(TypeKind.REF);
        t.emit(new Insn.New(fresh, name));
        List<VReg> ctorArgs = new ArrayList<>();
        ctorArgs.add(fresh);
        ctorArgs.addAll(args);
        t.emit(new Insn.Invoke(Insn.Dispatch.DIRECT,
                b.world().resolveMethod(name, "<init>", Type.getMethodDescriptor(Type.VOID_TYPE, captured)), null, ctorArgs));
        t.emit(new Insn.Move(object, fresh));
    }

    /**
     * The calling method's part of a lambda class's name: its name, and for an overloaded method its
     * place among the methods of that name, so that call sites at the same index of two overloads get
     * classes of their own.
     */
    private static String methodPart(IrBuilder b) {
        org.objectweb.asm.tree.MethodNode caller = b.source().method();
        int overload = 0;
        int overloads = 0;
        for (org.objectweb.asm.tree.MethodNode m : b.source().owner().node().methods) {
            if (m.name.equals(caller.name)) {
                if (m.desc.equals(caller.desc)) {
                    overload = overloads;
                }
                overloads++;
            }
        }
        String name = sanitize(caller.name);
        return overloads > 1 ? name + "$" + overload : name;
    }

    private static String sanitize(String s) {
        return s.replaceAll("[^A-Za-z0-9_]", "_");
    }

    private static ClassNode generate(String name, List<String> interfaces, Type[] captured, String samName,
                                      Type samType, List<Type> bridges, Handle impl, Type instantiated) {
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        cw.visit(Opcodes.V21, Opcodes.ACC_FINAL | Opcodes.ACC_SUPER | Opcodes.ACC_SYNTHETIC, name, null,
                "java/lang/Object", interfaces.toArray(new String[0]));
        for (int i = 0; i < captured.length; i++) {
            cw.visitField(Opcodes.ACC_PRIVATE | Opcodes.ACC_FINAL, "arg" + i, captured[i].getDescriptor(), null, null)
                    .visitEnd();
        }
        MethodVisitor init = cw.visitMethod(0, "<init>", Type.getMethodDescriptor(Type.VOID_TYPE, captured), null, null);
        init.visitCode();
        init.visitVarInsn(Opcodes.ALOAD, 0);
        init.visitMethodInsn(Opcodes.INVOKESPECIAL, "java/lang/Object", "<init>", "()V", false);
        int slot = 1;
        for (int i = 0; i < captured.length; i++) {
            init.visitVarInsn(Opcodes.ALOAD, 0);
            init.visitVarInsn(captured[i].getOpcode(Opcodes.ILOAD), slot);
            init.visitFieldInsn(Opcodes.PUTFIELD, name, "arg" + i, captured[i].getDescriptor());
            slot += captured[i].getSize();
        }
        init.visitInsn(Opcodes.RETURN);
        init.visitMaxs(0, 0);
        init.visitEnd();
        samMethod(cw, name, captured, samName, samType, impl, instantiated);
        for (Type bridge : bridges) {
            if (!bridge.getDescriptor().equals(samType.getDescriptor())) {
                samMethod(cw, name, captured, samName, bridge, impl, instantiated);
            }
        }
        cw.visitEnd();
        ClassNode node = new ClassNode();
        new ClassReader(cw.toByteArray()).accept(node, 0);
        return node;
    }

    private static void samMethod(ClassWriter cw, String name, Type[] captured, String samName, Type samType,
                                  Handle impl, Type instantiated) {
        MethodVisitor mv = cw.visitMethod(Opcodes.ACC_PUBLIC, samName, samType.getDescriptor(), null, null);
        mv.visitCode();
        int tag = impl.getTag();
        Type implType = Type.getMethodType(impl.getDesc());
        List<Type> implParams = new ArrayList<>();
        boolean receiver = tag == Opcodes.H_INVOKEVIRTUAL || tag == Opcodes.H_INVOKEINTERFACE
                || tag == Opcodes.H_INVOKESPECIAL;
        if (receiver) {
            implParams.add(Type.getObjectType(impl.getOwner()));
        }
        implParams.addAll(List.of(implType.getArgumentTypes()));
        if (tag == Opcodes.H_NEWINVOKESPECIAL) {
            mv.visitTypeInsn(Opcodes.NEW, impl.getOwner());
            mv.visitInsn(Opcodes.DUP);
        }
        int param = 0;
        for (int i = 0; i < captured.length; i++) {
            mv.visitVarInsn(Opcodes.ALOAD, 0);
            mv.visitFieldInsn(Opcodes.GETFIELD, name, "arg" + i, captured[i].getDescriptor());
            Conversions.convert(mv, captured[i], implParams.get(param++));
        }
        Type[] samParams = samType.getArgumentTypes();
        Type[] instParams = instantiated.getArgumentTypes();
        int slot = 1;
        for (int i = 0; i < samParams.length; i++) {
            mv.visitVarInsn(samParams[i].getOpcode(Opcodes.ILOAD), slot);
            slot += samParams[i].getSize();
            Type via = i < instParams.length ? instParams[i] : samParams[i];
            Conversions.convert(mv, samParams[i], via);
            Conversions.convert(mv, via, implParams.get(param++));
        }
        Type result;
        switch (tag) {
            case Opcodes.H_INVOKESTATIC -> {
                mv.visitMethodInsn(Opcodes.INVOKESTATIC, impl.getOwner(), impl.getName(), impl.getDesc(), impl.isInterface());
                result = implType.getReturnType();
            }
            case Opcodes.H_INVOKEINTERFACE -> {
                mv.visitMethodInsn(Opcodes.INVOKEINTERFACE, impl.getOwner(), impl.getName(), impl.getDesc(), true);
                result = implType.getReturnType();
            }
            case Opcodes.H_INVOKESPECIAL -> {
                mv.visitMethodInsn(Opcodes.INVOKESPECIAL, impl.getOwner(), impl.getName(), impl.getDesc(), impl.isInterface());
                result = implType.getReturnType();
            }
            case Opcodes.H_NEWINVOKESPECIAL -> {
                mv.visitMethodInsn(Opcodes.INVOKESPECIAL, impl.getOwner(), "<init>", impl.getDesc(), false);
                result = Type.getObjectType(impl.getOwner());
            }
            default -> {
                mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, impl.getOwner(), impl.getName(), impl.getDesc(), false);
                result = implType.getReturnType();
            }
        }
        Type samReturn = samType.getReturnType();
        if (samReturn.getSort() == Type.VOID) {
            if (result.getSize() == 2) {
                mv.visitInsn(Opcodes.POP2);
            } else if (result.getSize() == 1) {
                mv.visitInsn(Opcodes.POP);
            }
            mv.visitInsn(Opcodes.RETURN);
        } else {
            Type via = instantiated.getReturnType().getSort() == Type.VOID ? samReturn : instantiated.getReturnType();
            Conversions.convert(mv, result, via);
            Conversions.convert(mv, via, samReturn);
            mv.visitInsn(samReturn.getOpcode(Opcodes.IRETURN));
        }
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }
}
