package dev.moka.assembler.compiler.model;

import dev.moka.assembler.compiler.front.ClassPool;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * The closed world of an image: every class model, built on demand from the class pool, with the
 * JVM's rules for resolving fields and methods.
 */
public final class World {
    private final ClassPool pool;
    private final Map<String, ClassModel> models = new LinkedHashMap<>();
    private final JdkMembers jdkMembers;

    /** @param pool where class files come from */
    public World(ClassPool pool) {
        this.pool = pool;
        this.jdkMembers = new JdkMembers(pool);
    }

    /** @return the class pool */
    public ClassPool pool() {
        return pool;
    }

    /**
     * @param internalName a class name
     * @return its model
     * @throws MissingClassException when the closed world has no such class, or it has no such supertype
     * @throws dev.moka.assembler.compiler.front.ClassFileException when a class file is damaged
     */
    public ClassModel get(String internalName) {
        ClassModel model = models.get(internalName);
        if (model != null) {
            return model;
        }
        ClassNode node = pool.find(internalName).orElseThrow(() -> MissingClassException.ofClass(internalName));
        ClassModel superModel = node.superName == null ? null : supertype(node.superName, internalName, false);
        List<ClassModel> interfaces = new ArrayList<>();
        for (String i : node.interfaces) {
            interfaces.add(supertype(i, internalName, true));
        }
        model = new ClassModel(node, superModel, interfaces);
        models.put(internalName, model);
        // Native declarations that stand for the JDK's methods are replaced now, before virtual
        // dispatch tables are built from the declared methods.
        for (MethodNode m : List.copyOf(node.methods)) {
            jdkMembers.replaceNative(model, m);
        }
        return model;
    }

    /** A missing supertype is reported with the class that needs it, which is what the program named. */
    private ClassModel supertype(String name, String subclass, boolean isInterface) {
        if (models.get(name) == null && pool.find(name).isEmpty()) {
            throw MissingClassException.ofSupertype(name, subclass, isInterface);
        }
        return get(name);
    }

    /** @return every class model built so far, in the order they were first needed */
    public Iterable<ClassModel> loaded() {
        return List.copyOf(models.values());
    }

    /**
     * Resolves a field reference as the JVM does, by name and type: the class, its interfaces, then its
     * superclasses. A field of the same name but another type (which code compiled against another
     * version of its owner may name) is missing.
     *
     * @param owner      class named by the instruction
     * @param name       field name
     * @param descriptor its type, or null for any
     * @return the field
     * @throws MissingClassException when no such field exists
     */
    public FieldInfo resolveField(String owner, String name, String descriptor) {
        FieldInfo f = findField(get(owner), name, descriptor);
        for (ClassModel c = get(owner); f == null && c != null && descriptor != null; c = c.superClass()) {
            f = jdkMembers.graftConstant(c, name, descriptor);
        }
        if (f == null) {
            String field = descriptor == null || findField(get(owner), name, null) == null ? name : name + ":" + descriptor;
            // Only an instance field says something about the representation Moka's class has instead.
            boolean substituted = owner.startsWith("java/") && pool.jdkCounterpart(owner)
                    .map(jdk -> jdk.fields.stream().anyMatch(j -> j.name.equals(name) && (j.access & Opcodes.ACC_STATIC) == 0))
                    .orElse(false);
            throw substituted ? MissingClassException.ofSubstitutedField(owner, name + ":" + descriptor)
                    : MissingClassException.ofField(owner, field);
        }
        return f;
    }

    private FieldInfo findField(ClassModel c, String name, String descriptor) {
        FieldInfo f = c.declaredFields().get(name);
        if (f != null && (descriptor == null || f.descriptor().equals(descriptor))) {
            return f;
        }
        for (ClassModel i : c.interfaces()) {
            f = findField(i, name, descriptor);
            if (f != null) {
                return f;
            }
        }
        return c.superClass() == null ? null : findField(c.superClass(), name, descriptor);
    }

    /**
     * Resolves a method reference as the JVM does: the class and its superclasses, then the
     * superinterfaces.
     *
     * @param owner class named by the instruction @param name method name @param descriptor descriptor
     * @return the method
     * @throws MissingClassException when no such method exists
     */
    public MethodRef resolveMethod(String owner, String name, String descriptor) {
        ClassModel start = get(owner);
        for (ClassModel c = start; c != null; c = c.superClass()) {
            MethodNode m = c.declaredMethod(name, descriptor);
            if (m != null) {
                return new MethodRef(c, jdkMembers.replaceNative(c, m));
            }
        }
        MethodRef fromInterface = findInInterfaces(start, name, descriptor);
        if (fromInterface != null) {
            return fromInterface;
        }
        MethodRef grafted = graftFromJdk(start, name, descriptor);
        if (grafted != null) {
            return grafted;
        }
        throw MissingClassException.ofMethod(owner, name, descriptor);
    }

    /** Under the JDK fallback, a method Moka's classes lack may come from the JDK's versions of them. */
    private MethodRef graftFromJdk(ClassModel start, String name, String descriptor) {
        for (ClassModel c = start; c != null; c = c.superClass()) {
            MethodNode m = jdkMembers.graftMethod(c, name, descriptor);
            if (m != null) {
                return new MethodRef(c, m);
            }
        }
        for (ClassModel k = start; k != null; k = k.superClass()) {
            for (ClassModel i : k.interfaces()) {
                MethodRef m = graftFromJdk(i, name, descriptor);
                if (m != null) {
                    return m;
                }
            }
        }
        return null;
    }

    /**
     * Finds the code a virtual or interface call runs for a receiver of exactly class {@code c}.
     *
     * @param c the receiver's class @param name method name @param descriptor descriptor
     * @return the implementation, or null when the class has none (an abstract method)
     */
    public MethodRef implementation(ClassModel c, String name, String descriptor) {
        for (ClassModel k = c; k != null; k = k.superClass()) {
            MethodNode m = k.declaredMethod(name, descriptor);
            if (m != null && (m.access & Opcodes.ACC_STATIC) == 0) {
                return (m.access & Opcodes.ACC_ABSTRACT) != 0 ? null : new MethodRef(k, m);
            }
        }
        MethodRef d = findInInterfaces(c, name, descriptor);
        return d == null || d.isAbstract() || d.isStatic() ? null : d;
    }

    private MethodRef findInInterfaces(ClassModel c, String name, String descriptor) {
        for (ClassModel k = c; k != null; k = k.superClass()) {
            for (ClassModel i : k.interfaces()) {
                MethodNode m = i.declaredMethod(name, descriptor);
                if (m != null) {
                    return new MethodRef(i, m);
                }
                MethodRef deeper = findInInterfaces(i, name, descriptor);
                if (deeper != null) {
                    return deeper;
                }
            }
        }
        return null;
    }
}
