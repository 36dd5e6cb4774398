package dev.moka.assembler.compiler.front;

import java.util.List;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.VarInsnNode;

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

    /** The package whose pipelines evaluate sequentially. */
    private static final String STREAMS = "java/util/stream/";

    /** @param node a class read from the JDK; its substituted methods are rewritten in place */
    static void apply(ClassNode node) {
        if (node.name.startsWith(STREAMS)) {
            evaluateSequentially(node);
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
