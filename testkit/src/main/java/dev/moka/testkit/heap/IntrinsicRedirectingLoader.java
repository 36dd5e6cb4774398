package dev.moka.testkit.heap;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Loads a heap plan, and the kernel's heap entry it calls, afresh for one simulated image, with the
 * compiled-image intrinsics of {@code Heap} and {@code Roots} redirected to {@link ImageIntrinsics}.
 * Everything else (the SPI, the magic layer, the kit, the JDK) comes from the parent, so the plan
 * meets the same {@code HeapPlan} and {@code Magic} as the kit.
 *
 * <p>Each image gets its own loader, so the static state of {@code Heap} and {@code Roots} (the
 * installed plan, the stacks) starts empty every run.
 */
final class IntrinsicRedirectingLoader extends ClassLoader {
    private static final String KERNEL_HEAP_PACKAGE = "dev.moka.kernel.core.heap.";
    private static final String KIT_PACKAGE = ImageIntrinsics.class.getPackageName() + ".";
    private static final String BRIDGE = Type.getInternalName(ImageIntrinsics.class);
    /** Intrinsic methods by owner: the compiler gives them bodies; the kit gives them answers. */
    private static final Map<String, Set<String>> INTRINSICS = Map.of(
            "dev/moka/kernel/core/heap/Heap", Set.of("words()J", "verifyRequested()Z"),
            "dev/moka/kernel/core/heap/Roots", Set.of("staticReferences()J", "stackMaps()J", "framePointer()J"));

    private final String planPackage;

    /**
     * @param parent      the loader the plan's class came from
     * @param planPackage the plan's package, whose classes are loaded here too
     */
    IntrinsicRedirectingLoader(ClassLoader parent, String planPackage) {
        super("moka-testkit-image", parent);
        if ((planPackage + ".").equals(KIT_PACKAGE)) {
            throw new IllegalArgumentException("a plan under test must not live in the kit's own package " + planPackage);
        }
        this.planPackage = planPackage + ".";
    }

    private boolean isolated(String name) {
        return name.startsWith(KERNEL_HEAP_PACKAGE) || name.startsWith(planPackage);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (!isolated(name)) {
            return super.loadClass(name, resolve);
        }
        synchronized (getClassLoadingLock(name)) {
            Class<?> loaded = findLoadedClass(name);
            if (loaded == null) {
                byte[] bytes = redirect(classBytes(name));
                loaded = defineClass(name, bytes, 0, bytes.length);
            }
            if (resolve) {
                resolveClass(loaded);
            }
            return loaded;
        }
    }

    private byte[] classBytes(String name) throws ClassNotFoundException {
        String resource = name.replace('.', '/') + ".class";
        try (InputStream in = getParent().getResourceAsStream(resource)) {
            if (in == null) {
                throw new ClassNotFoundException(name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new ClassNotFoundException(name, e);
        }
    }

    private static byte[] redirect(byte[] bytes) {
        ClassReader reader = new ClassReader(bytes);
        Set<String> intrinsics = INTRINSICS.get(reader.getClassName());
        if (intrinsics == null) {
            return bytes;
        }
        ClassWriter writer = new ClassWriter(reader, ClassWriter.COMPUTE_MAXS);
        reader.accept(new ClassVisitor(Opcodes.ASM9, writer) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                                             String[] exceptions) {
                MethodVisitor method = super.visitMethod(access, name, descriptor, signature, exceptions);
                if ((access & Opcodes.ACC_STATIC) == 0 || !intrinsics.contains(name + descriptor)) {
                    return method;
                }
                forward(method, name, descriptor);
                return null;
            }
        }, 0);
        return writer.toByteArray();
    }

    /** Gives an intrinsic the body {@code return ImageIntrinsics.name(arguments...);}. */
    private static void forward(MethodVisitor method, String name, String descriptor) {
        method.visitCode();
        int slot = 0;
        for (Type argument : Type.getArgumentTypes(descriptor)) {
            method.visitVarInsn(argument.getOpcode(Opcodes.ILOAD), slot);
            slot += argument.getSize();
        }
        method.visitMethodInsn(Opcodes.INVOKESTATIC, BRIDGE, name, descriptor, false);
        method.visitInsn(Type.getReturnType(descriptor).getOpcode(Opcodes.IRETURN));
        method.visitMaxs(0, 0);
        method.visitEnd();
    }
}
