package dev.moka.assembler.compiler.model;

import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.MethodNode;

/**
 * A method of the closed world: its declaring class and its bytecode.
 *
 * @param owner  the declaring class
 * @param method the method as parsed
 */
public record MethodRef(ClassModel owner, MethodNode method) {
    /** @return the linker symbol of the method's code */
    public String symbol() {
        return owner.name() + "." + method.name + method.desc;
    }

    /** @return whether the method is static */
    public boolean isStatic() {
        return (method.access & Opcodes.ACC_STATIC) != 0;
    }

    /** @return whether the method has no body */
    public boolean isAbstract() {
        return (method.access & Opcodes.ACC_ABSTRACT) != 0;
    }

    /** @return whether the method is native */
    public boolean isNative() {
        return (method.access & Opcodes.ACC_NATIVE) != 0;
    }

    /** @return the name and descriptor, the key of virtual dispatch */
    public String selector() {
        return method.name + method.desc;
    }

    /** @return a readable name: {@code pkg.Class.method(desc)} */
    public String display() {
        return owner.name().replace('/', '.') + "." + method.name + method.desc;
    }

    @Override
    public String toString() {
        return display();
    }
}
