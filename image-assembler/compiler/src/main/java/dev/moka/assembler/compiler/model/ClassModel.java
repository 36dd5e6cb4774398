package dev.moka.assembler.compiler.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * A class of the closed world with its resolved hierarchy and memory layout. Instance fields follow
 * the superclass's fields, each aligned to its own size.
 */
public final class ClassModel {
    private final ClassNode node;
    private final ClassModel superClass;
    private final List<ClassModel> interfaces;
    private final Map<String, FieldInfo> declaredFields = new LinkedHashMap<>();
    private final int instanceSize;
    private final int depth;

    ClassModel(ClassNode node, ClassModel superClass, List<ClassModel> interfaces) {
        this.node = node;
        this.superClass = superClass;
        this.interfaces = List.copyOf(interfaces);
        this.depth = superClass == null ? 0 : superClass.depth + 1;
        int size = superClass == null ? ObjectLayout.HEADER_SIZE : superClass.instanceSize;
        for (FieldNode f : node.fields) {
            boolean isStatic = (f.access & Opcodes.ACC_STATIC) != 0;
            int offset = 0;
            if (!isStatic) {
                int width = FieldInfo.sizeOf(f.desc);
                size = (size + width - 1) / width * width;
                offset = size;
                size += width;
            }
            declaredFields.put(f.name, new FieldInfo(node.name, f.name, f.desc, isStatic, offset, f.value));
        }
        this.instanceSize = ObjectLayout.align8(size);
    }

    /**
     * Adds a static constant taken from elsewhere (the JDK's version of this class); statics take no
     * room in objects, so the layout stays as it is.
     *
     * @param constant a static field with a ConstantValue attribute
     * @return its field info
     */
    FieldInfo addStaticConstant(FieldNode constant) {
        node.fields.add(constant);
        FieldInfo info = new FieldInfo(node.name, constant.name, constant.desc, true, 0, constant.value);
        declaredFields.put(constant.name, info);
        return info;
    }

    /** @return the internal name */
    public String name() {
        return node.name;
    }

    /** @return the parsed class file */
    public ClassNode node() {
        return node;
    }

    /** @return the superclass, or null for {@code java/lang/Object} and interfaces' root */
    public ClassModel superClass() {
        return superClass;
    }

    /** @return the directly implemented or extended interfaces */
    public List<ClassModel> interfaces() {
        return interfaces;
    }

    /** @return whether this is an interface */
    public boolean isInterface() {
        return (node.access & Opcodes.ACC_INTERFACE) != 0;
    }

    /** @return whether this is abstract (interfaces included) */
    public boolean isAbstract() {
        return (node.access & Opcodes.ACC_ABSTRACT) != 0;
    }

    /** @return object size in bytes, header included, a multiple of 8 */
    public int instanceSize() {
        return instanceSize;
    }

    /** @return depth in the class chain, {@code java/lang/Object} is 0 */
    public int depth() {
        return depth;
    }

    /** @return fields declared here, in declaration order */
    public Map<String, FieldInfo> declaredFields() {
        return Collections.unmodifiableMap(declaredFields);
    }

    /** @return every instance field of this class and its superclasses, superclass fields first */
    public List<FieldInfo> allInstanceFields() {
        List<FieldInfo> all = superClass == null ? new ArrayList<>() : superClass.allInstanceFields();
        for (FieldInfo f : declaredFields.values()) {
            if (!f.isStatic()) {
                all.add(f);
            }
        }
        return all;
    }

    /**
     * @param name a method name @param descriptor its descriptor
     * @return the method declared in this class itself, or null
     */
    public MethodNode declaredMethod(String name, String descriptor) {
        for (MethodNode m : node.methods) {
            if (m.name.equals(name) && m.desc.equals(descriptor)) {
                return m;
            }
        }
        return null;
    }

    /** @param other a class @return whether this class is other or a subtype of it */
    public boolean isSubtypeOf(ClassModel other) {
        if (this == other) {
            return true;
        }
        if (superClass != null && superClass.isSubtypeOf(other)) {
            return true;
        }
        for (ClassModel i : interfaces) {
            if (i.isSubtypeOf(other)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return node.name;
    }
}
