package dev.moka.assembler.compiler.model;

import dev.moka.assembler.compiler.front.ClassPool;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Member-level fallback to the JDK (under {@link dev.moka.assembler.compiler.ClassLibrary#JDK_FALLBACK}):
 * when a class of Moka's runtime library lacks a method or a constant that code asks for, the JDK's
 * version of that class may have it, and its bytecode is compiled as a member of Moka's class. The
 * grafted code meets Moka's class as it is: every field it touches must exist there with the same
 * name and type, and every method it calls is resolved (and grafted) the same way, so a method that
 * depends on the JDK's representation of the class fails the build instead of reading the wrong data.
 * A native method such a class declares is replaced by the JDK's method the same way, so that library
 * code can call what the JDK provides. Abstract methods are never grafted (Moka's subclasses would not
 * implement them), nor static fields
 * other than compile-time constants (their values come from the JDK's static initialiser, which is
 * not run).
 */
final class JdkMembers {
    /** The flag javac gives classes with {@code assert} statements, set by their static initialiser. */
    private static final String ASSERTIONS_DISABLED = "$assertionsDisabled";

    private final ClassPool pool;

    JdkMembers(ClassPool pool) {
        this.pool = pool;
    }

    /**
     * @param c a class of the closed world
     * @param name a method name @param descriptor its descriptor
     * @return the method, now a member of {@code c}, or null when {@code c} is not a substitute or its
     *         JDK counterpart has no such concrete method
     */
    MethodNode graftMethod(ClassModel c, String name, String descriptor) {
        ClassNode jdk = pool.jdkCounterpart(c.name()).orElse(null);
        if (jdk == null) {
            return null;
        }
        for (MethodNode m : jdk.methods) {
            if (m.name.equals(name) && m.desc.equals(descriptor) && (m.access & Opcodes.ACC_ABSTRACT) == 0
                    && !name.equals("<clinit>")) {
                c.node().methods.add(m);
                return m;
            }
        }
        return null;
    }

    /**
     * A native method of a class that completes itself from the JDK stands for the JDK's method: its
     * declaration lets library code call it, and the JDK's bytecode is compiled in its place.
     *
     * @param c a class of the closed world @param declared a method declared by {@code c}
     * @return the JDK's method, now in {@code c} instead of the declaration, or {@code declared}
     *         unchanged when it is not such a native method
     */
    MethodNode replaceNative(ClassModel c, MethodNode declared) {
        if ((declared.access & Opcodes.ACC_NATIVE) == 0) {
            return declared;
        }
        ClassNode jdk = pool.jdkCounterpart(c.name()).orElse(null);
        if (jdk == null) {
            return declared;
        }
        for (MethodNode m : jdk.methods) {
            if (m.name.equals(declared.name) && m.desc.equals(declared.desc)
                    && (m.access & (Opcodes.ACC_ABSTRACT | Opcodes.ACC_NATIVE)) == 0) {
                c.node().methods.remove(declared);
                c.node().methods.add(m);
                return m;
            }
        }
        return declared;
    }

    /**
     * @param c a class of the closed world
     * @param name a field name @param descriptor its type
     * @return the constant, now a static field of {@code c}, or null when there is none to take
     */
    FieldInfo graftConstant(ClassModel c, String name, String descriptor) {
        ClassNode jdk = pool.jdkCounterpart(c.name()).orElse(null);
        if (jdk == null) {
            return null;
        }
        for (FieldNode f : jdk.fields) {
            if (f.name.equals(name) && f.desc.equals(descriptor) && (f.access & Opcodes.ACC_STATIC) != 0) {
                if (f.value != null) {
                    return c.addStaticConstant(f);
                }
                if (name.equals(ASSERTIONS_DISABLED)) {
                    // Assertions are off, as on HotSpot without -ea: the JDK's initialiser would say so.
                    f.value = 1;
                    return c.addStaticConstant(f);
                }
            }
        }
        return null;
    }
}
