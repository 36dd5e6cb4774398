package dev.moka.assembler.hosted;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Preemption between any two field writes of chosen kernel classes, deterministically: the classes
 * are defined afresh with a call of {@link #point()} after every field store, and a test arms one
 * point by its number to run another thread's code there, as a timer interrupt with interrupts
 * enabled may switch to another thread between any two instructions of the one it interrupts.
 * Public because the instrumented classes, in a loader of their own, call it.
 */
public final class PreemptionPoints {
    private static int armedAt;
    private static int passed;
    private static Runnable other;
    private static boolean fired;
    private static boolean inOther;

    private PreemptionPoints() {
    }

    /** Called after every field store of the instrumented classes. */
    public static void point() {
        if (other == null || inOther) {
            return;
        }
        if (++passed == armedAt) {
            fired = true;
            inOther = true;
            try {
                other.run();
            } finally {
                inOther = false;
            }
        }
    }

    /**
     * @param at       the number of the point (from 1) at which {@code preempter} runs
     * @param preempter what the other thread does there
     */
    static void arm(int at, Runnable preempter) {
        armedAt = at;
        passed = 0;
        fired = false;
        other = preempter;
    }

    /** @return whether the armed point was reached, then disarms */
    static boolean disarm() {
        other = null;
        return fired;
    }

    /** A loader that defines the named classes afresh, each field store followed by a preemption point. */
    static final class Loader extends ClassLoader {
        private final Set<String> instrumented;

        Loader(Set<String> instrumented) {
            super("preemptible", PreemptionPoints.class.getClassLoader());
            this.instrumented = instrumented;
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!instrumented.contains(name)) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> loaded = findLoadedClass(name);
                if (loaded == null) {
                    byte[] bytes = withPoints(name);
                    loaded = defineClass(name, bytes, 0, bytes.length);
                }
                return loaded;
            }
        }

        private byte[] withPoints(String name) throws ClassNotFoundException {
            byte[] original;
            try (InputStream in = getParent().getResourceAsStream(name.replace('.', '/') + ".class")) {
                if (in == null) {
                    throw new ClassNotFoundException(name);
                }
                original = in.readAllBytes();
            } catch (IOException e) {
                throw new ClassNotFoundException(name, e);
            }
            ClassReader reader = new ClassReader(original);
            ClassWriter writer = new ClassWriter(reader, 0);
            reader.accept(new ClassVisitor(Opcodes.ASM9, writer) {
                @Override
                public MethodVisitor visitMethod(int access, String method, String descriptor, String signature,
                                                 String[] exceptions) {
                    return new MethodVisitor(Opcodes.ASM9, super.visitMethod(access, method, descriptor, signature,
                            exceptions)) {
                        @Override
                        public void visitFieldInsn(int opcode, String owner, String field, String type) {
                            super.visitFieldInsn(opcode, owner, field, type);
                            if (opcode == Opcodes.PUTFIELD && !method.equals("<init>")) {
                                super.visitMethodInsn(Opcodes.INVOKESTATIC,
                                        "dev/moka/assembler/hosted/PreemptionPoints", "point", "()V", false);
                            }
                        }
                    };
                }
            }, 0);
            return writer.toByteArray();
        }
    }
}
