package dev.moka.assembler.compiler;

import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TypeInsnNode;

/**
 * Generates the class that starts an image's heap plan: {@code moka/HeapSetup.install()} creates the
 * chosen plan and hands it to {@code Heap.install}. The image's entry routine calls it before any
 * static initialiser, so the plan object itself is the only allocation made without it. Naming the
 * plan class here is what makes it the one plan in the closed world, so its methods are called
 * directly.
 */
final class HeapSetup {
    static final String CLASS = "moka/HeapSetup";
    static final String METHOD = "install";
    private static final String HEAP = "dev/moka/kernel/core/heap/Heap";
    private static final String PLAN = "dev/moka/kernel/api/heap/HeapPlan";

    private HeapSetup() {
    }

    /** @param planClass internal name of the plan's class (public, with a no-argument constructor) */
    static ClassNode generate(String planClass) {
        ClassNode c = new ClassNode();
        c.version = Opcodes.V21;
        c.access = Opcodes.ACC_PUBLIC | Opcodes.ACC_FINAL | Opcodes.ACC_SUPER | Opcodes.ACC_SYNTHETIC;
        c.name = CLASS;
        c.superName = "java/lang/Object";
        MethodNode install = new MethodNode(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, METHOD, "()V", null, null);
        install.instructions.add(new TypeInsnNode(Opcodes.NEW, planClass));
        install.instructions.add(new InsnNode(Opcodes.DUP));
        install.instructions.add(new MethodInsnNode(Opcodes.INVOKESPECIAL, planClass, "<init>", "()V", false));
        install.instructions.add(new MethodInsnNode(Opcodes.INVOKESTATIC, HEAP, "install", "(L" + PLAN + ";)V", false));
        install.instructions.add(new InsnNode(Opcodes.RETURN));
        install.maxStack = 2;
        install.maxLocals = 0;
        c.methods.add(install);
        return c;
    }
}
