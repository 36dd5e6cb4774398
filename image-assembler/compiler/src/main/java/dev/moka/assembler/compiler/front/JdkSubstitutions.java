package dev.moka.assembler.compiler.front;

import java.util.List;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.VarInsnNode;
import org.objectweb.asm.tree.analysis.Analyzer;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.Frame;
import org.objectweb.asm.tree.analysis.SourceInterpreter;
import org.objectweb.asm.tree.analysis.SourceValue;

/**
 * Method bodies of JDK classes that Moka replaces, in the manner of GraalVM's substitutions: the JDK's
 * method keeps its name and signature, and its body becomes a call to a static method of Moka's runtime
 * library with the same arguments (the receiver first, for an instance method) and result. Each
 * replaced method asks the VM something compiled code cannot (which thread runs, for one); the rest of
 * its class is the JDK's bytecode, unchanged.
 */
final class JdkSubstitutions {
    /** The JDK's method {@code owner.name descriptor} runs {@code targetOwner.targetName} instead. */
    private record Substitution(String owner, String name, String descriptor, String targetOwner, String targetName) {
    }

    private static final List<Substitution> ALL = List.of(
            new Substitution("java/util/stream/AbstractTask", "getLeafTarget", "()I",
                    "java/util/stream/MokaStreams", "leafTarget"));

    private JdkSubstitutions() {
    }

    /**
     * Byte-array views the JDK reads through a {@code VarHandle} held in a static field: a
     * {@code get} on the handle from that field becomes a call to a static method of the runtime
     * library with the same arguments.
     */
    private record ByteArrayView(String owner, String field, String descriptor, String targetOwner, String targetName) {
    }

    private static final List<ByteArrayView> BYTE_ARRAY_VIEWS = List.of(
            new ByteArrayView("sun/security/provider/ByteArrayAccess$LE", "INT_ARRAY", "([BI)I",
                    "sun/security/provider/ByteArrayAccess", "getIntLittle"));

    /** The package whose pipelines evaluate sequentially. */
    private static final String STREAMS = "java/util/stream/";

    /** @param node a class read from the JDK; its substituted methods are rewritten in place */
    static void apply(ClassNode node) {
        if (node.name.startsWith(STREAMS)) {
            evaluateSequentially(node);
        }
        for (MethodNode m : node.methods) {
            readByteArrayViewsDirectly(node.name, m);
        }
        for (Substitution s : ALL) {
            if (!s.owner().equals(node.name)) {
                continue;
            }
            for (MethodNode m : node.methods) {
                if (m.name.equals(s.name()) && m.desc.equals(s.descriptor())) {
                    redirect(node.name, m, s);
                }
            }
        }
    }

    /**
     * Moka's images run program code on one thread, so a stream evaluates sequentially even when it
     * is parallel: where the stream implementation asks a pipeline whether it is parallel, to choose
     * between its sequential and its fork/join evaluation, the answer is no. The result is the one the
     * sequential evaluation gives, which for every well-defined stream operation is a result the
     * parallel one may give; {@code isParallel()} itself still answers as the program set it.
     */
    private static void evaluateSequentially(ClassNode node) {
        for (MethodNode m : node.methods) {
            if (m.name.equals("isParallel") || m.instructions == null) {
                continue;
            }
            for (AbstractInsnNode insn : m.instructions.toArray()) {
                if (insn instanceof MethodInsnNode call && call.name.equals("isParallel") && call.desc.equals("()Z")
                        && call.owner.startsWith(STREAMS)) {
                    answerNo(m.instructions, call);
                }
            }
        }
    }

    /**
     * Puts the code for "not parallel" in place of the call: the receiver dropped and, where the answer
     * is tested at once, the branch taken or not taken, so that the fork/join evaluation it guards is
     * dead code, which is not compiled.
     */
    private static void answerNo(InsnList code, MethodInsnNode call) {
        AbstractInsnNode next = call.getNext();
        code.insertBefore(call, new InsnNode(Opcodes.POP));
        if (next instanceof JumpInsnNode test && test.getOpcode() == Opcodes.IFEQ) {
            code.set(test, new JumpInsnNode(Opcodes.GOTO, test.label));
        } else if (next instanceof JumpInsnNode test && test.getOpcode() == Opcodes.IFNE) {
            code.remove(test);
        } else {
            code.insertBefore(call, new InsnNode(Opcodes.ICONST_0));
        }
        code.remove(call);
    }

    private static void readByteArrayViewsDirectly(String owner, MethodNode m) {
        if (m.instructions == null || m.instructions.size() == 0) {
            return;
        }
        boolean uses = false;
        for (AbstractInsnNode insn : m.instructions) {
            if (insn instanceof FieldInsnNode f && view(f, null) != null) {
                uses = true;
            }
        }
        if (!uses) {
            return;
        }
        Frame<SourceValue>[] frames;
        try {
            frames = new Analyzer<>(new SourceInterpreter()).analyze(owner, m);
        } catch (AnalyzerException e) {
            return; // verification reports it when the method is compiled
        }
        AbstractInsnNode[] code = m.instructions.toArray();
        for (int i = 0; i < code.length; i++) {
            if (code[i] instanceof MethodInsnNode call && call.getOpcode() == Opcodes.INVOKEVIRTUAL
                    && call.owner.equals("java/lang/invoke/VarHandle") && call.name.equals("get") && frames[i] != null) {
                Frame<SourceValue> frame = frames[i];
                int arguments = Type.getArgumentTypes(call.desc).length;
                SourceValue receiver = frame.getStack(frame.getStackSize() - 1 - arguments);
                if (receiver.insns.size() == 1 && receiver.insns.iterator().next() instanceof FieldInsnNode load) {
                    ByteArrayView view = view(load, call.desc);
                    if (view != null) {
                        m.instructions.remove(load);
                        m.instructions.set(call, new MethodInsnNode(Opcodes.INVOKESTATIC, view.targetOwner(),
                                view.targetName(), call.desc, false));
                    }
                }
            }
        }
    }

    /** @return the view a {@code getstatic} loads, used with a {@code get} of that descriptor (any when null) */
    private static ByteArrayView view(FieldInsnNode load, String descriptor) {
        if (load.getOpcode() != Opcodes.GETSTATIC) {
            return null;
        }
        for (ByteArrayView v : BYTE_ARRAY_VIEWS) {
            if (v.owner().equals(load.owner) && v.field().equals(load.name)
                    && (descriptor == null || v.descriptor().equals(descriptor))) {
                return v;
            }
        }
        return null;
    }

    private static void redirect(String owner, MethodNode m, Substitution s) {
        boolean isStatic = (m.access & Opcodes.ACC_STATIC) != 0;
        Type method = Type.getMethodType(m.desc);
        InsnList code = new InsnList();
        int slot = 0;
        String targetDescriptor = m.desc;
        if (!isStatic) {
            code.add(new VarInsnNode(Opcodes.ALOAD, 0));
            slot = 1;
            targetDescriptor = "(L" + owner + ";" + m.desc.substring(1);
        }
        for (Type argument : method.getArgumentTypes()) {
            code.add(new VarInsnNode(argument.getOpcode(Opcodes.ILOAD), slot));
            slot += argument.getSize();
        }
        code.add(new MethodInsnNode(Opcodes.INVOKESTATIC, s.targetOwner(), s.targetName(), targetDescriptor, false));
        code.add(new InsnNode(method.getReturnType().getOpcode(Opcodes.IRETURN)));
        m.instructions = code;
        m.tryCatchBlocks.clear();
        if (m.localVariables != null) {
            m.localVariables.clear();
        }
        m.maxLocals = slot;
        m.maxStack = Math.max(slot, method.getReturnType().getSize());
        m.access &= ~(Opcodes.ACC_NATIVE | Opcodes.ACC_ABSTRACT);
    }
}
