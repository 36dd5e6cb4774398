package dev.moka.assembler.hosted;

import java.util.HashSet;
import java.util.Set;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Prepares a program's class for the hosted user mode, as the compiler prepares it for ring 3:
 *
 * <ul>
 *   <li><b>Safepoints.</b> A call of {@link UserCalls#step()} at the start of every method and before
 *       every backward jump, where the simulated CPU counts the program's work and takes the timer's
 *       interrupt: a program that loops without a system call is preempted, and killed, as natively
 *       one spinning in ring 3 is.</li>
 *   <li><b>The runtime seam.</b> {@code System.exit}, {@code System.getenv} and {@code System.out} and
 *       {@code err} go to {@link UserCalls}, which reaches the kernel through the process's own system
 *       calls and its own environment, as the compiled runtime library does natively.</li>
 * </ul>
 *
 * <p>Neither changes the operand stack or the locals, so the class's frames stay valid as they are.
 */
final class SafepointInstrumenter {
    private static final String CALLS = "dev/moka/assembler/hosted/UserCalls";
    private static final String SYSTEM = "java/lang/System";

    private SafepointInstrumenter() {
    }

    /** @param classFile a class file @return the class file with safepoints and the runtime seam */
    static byte[] instrument(byte[] classFile) {
        ClassReader reader = new ClassReader(classFile);
        ClassWriter writer = new ClassWriter(reader, 0);
        reader.accept(new ClassVisitor(Opcodes.ASM9, writer) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                                             String[] exceptions) {
                return new Safepoints(super.visitMethod(access, name, descriptor, signature, exceptions));
            }
        }, 0);
        return writer.toByteArray();
    }

    private static final class Safepoints extends MethodVisitor {
        private final Set<Label> seen = new HashSet<>();

        Safepoints(MethodVisitor next) {
            super(Opcodes.ASM9, next);
        }

        private void step() {
            super.visitMethodInsn(Opcodes.INVOKESTATIC, CALLS, "step", "()V", false);
        }

        @Override
        public void visitCode() {
            super.visitCode();
            step();
        }

        @Override
        public void visitLabel(Label label) {
            seen.add(label);
            super.visitLabel(label);
        }

        @Override
        public void visitJumpInsn(int opcode, Label label) {
            if (seen.contains(label)) {
                step();
            }
            super.visitJumpInsn(opcode, label);
        }

        @Override
        public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean isInterface) {
            if (opcode == Opcodes.INVOKESTATIC && owner.equals(SYSTEM)
                    && (name.equals("exit") || name.equals("getenv"))) {
                super.visitMethodInsn(opcode, CALLS, name, descriptor, false);
                return;
            }
            super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
        }

        @Override
        public void visitFieldInsn(int opcode, String owner, String name, String descriptor) {
            if (opcode == Opcodes.GETSTATIC && owner.equals(SYSTEM) && (name.equals("out") || name.equals("err"))) {
                super.visitMethodInsn(Opcodes.INVOKESTATIC, CALLS, name, "()" + descriptor, false);
                return;
            }
            super.visitFieldInsn(opcode, owner, name, descriptor);
        }
    }
}
