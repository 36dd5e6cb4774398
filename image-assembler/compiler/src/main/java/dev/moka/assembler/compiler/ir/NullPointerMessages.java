package dev.moka.assembler.compiler.ir;

import static org.objectweb.asm.Opcodes.*;

import java.util.List;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.IntInsnNode;
import org.objectweb.asm.tree.LocalVariableNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.VarInsnNode;
import org.objectweb.asm.tree.analysis.Analyzer;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.Frame;
import org.objectweb.asm.tree.analysis.SourceInterpreter;
import org.objectweb.asm.tree.analysis.SourceValue;

/**
 * The JVM's helpful NullPointerException messages, worked out at build time from the bytecode: what
 * the failing instruction wanted to do ({@code Cannot invoke "String.length()"}) and where the null
 * came from ({@code because "s" is null}, {@code because the return value of "A.get()" is null}),
 * in HotSpot's wording.
 */
final class NullPointerMessages {
    private final MethodNode method;
    private final boolean isStatic;
    private Frame<SourceValue>[] frames;

    NullPointerMessages(String owner, MethodNode method, boolean isStatic) {
        this.method = method;
        this.isStatic = isStatic;
        try {
            this.frames = new Analyzer<>(new SourceInterpreter()).analyze(owner, method);
        } catch (AnalyzerException e) {
            this.frames = null;
        }
    }

    /** @param index an instruction's index @return the message for its NullPointerException, or null */
    String forInstruction(int index) {
        if (frames == null || frames[index] == null) {
            return null;
        }
        AbstractInsnNode insn = method.instructions.get(index);
        int depth = frames[index].getStackSize();
        String action;
        int slot;
        switch (insn.getOpcode()) {
            case INVOKEVIRTUAL, INVOKEINTERFACE, INVOKESPECIAL -> {
                MethodInsnNode m = (MethodInsnNode) insn;
                action = "Cannot invoke \"" + methodName(m) + "\"";
                slot = depth - Type.getArgumentTypes(m.desc).length - 1;
            }
            case GETFIELD -> {
                action = "Cannot read field \"" + ((FieldInsnNode) insn).name + "\"";
                slot = depth - 1;
            }
            case PUTFIELD -> {
                action = "Cannot assign field \"" + ((FieldInsnNode) insn).name + "\"";
                slot = depth - 2;
            }
            case ARRAYLENGTH -> {
                action = "Cannot read the array length";
                slot = depth - 1;
            }
            case IALOAD, LALOAD, FALOAD, DALOAD, AALOAD, BALOAD, CALOAD, SALOAD -> {
                action = "Cannot load from " + arrayKind(insn.getOpcode() - IALOAD) + " array";
                slot = depth - 2;
            }
            case IASTORE, LASTORE, FASTORE, DASTORE, AASTORE, BASTORE, CASTORE, SASTORE -> {
                action = "Cannot store to " + arrayKind(insn.getOpcode() - IASTORE) + " array";
                slot = depth - 3;
            }
            case ATHROW -> {
                action = "Cannot throw exception";
                slot = depth - 1;
            }
            case MONITORENTER -> {
                action = "Cannot enter synchronized block";
                slot = depth - 1;
            }
            case MONITOREXIT -> {
                action = "Cannot exit synchronized block";
                slot = depth - 1;
            }
            default -> {
                return null;
            }
        }
        String because = because(index, slot);
        return because == null ? action : action + " because " + because;
    }

    private static String arrayKind(int offset) {
        return switch (offset) {
            case 0 -> "int";
            case 1 -> "long";
            case 2 -> "float";
            case 3 -> "double";
            case 4 -> "object";
            case 5 -> "byte/boolean";
            case 6 -> "char";
            default -> "short";
        };
    }

    private String because(int index, int slot) {
        AbstractInsnNode source = resolve(index, slot);
        if (source == null) {
            return null;
        }
        if (source instanceof MethodInsnNode m) {
            return "the return value of \"" + methodName(m) + "\" is null";
        }
        String expression = describe(source, index);
        return expression == null ? null : "\"" + expression + "\" is null";
    }

    /**
     * @return the instruction that produced the value in a stack slot before an instruction, looking
     *         through the copies dup and dup2 make, or null when it is not a single instruction
     */
    private AbstractInsnNode resolve(int index, int slot) {
        Frame<SourceValue> frame = frames[index];
        if (frame == null || slot < 0 || slot >= frame.getStackSize()) {
            return null;
        }
        AbstractInsnNode source = single(frame.getStack(slot));
        if (source != null && (source.getOpcode() == DUP || source.getOpcode() == DUP2)) {
            int at = method.instructions.indexOf(source);
            Frame<SourceValue> before = frames[at];
            if (before == null) {
                return null;
            }
            // The analyser marks the duplicated values with the dup as their source, the copy pushed
            // above and (for javac's synchronized blocks, dup then astore) the one left below it.
            int copyBase = before.getStackSize();
            int width = source.getOpcode() == DUP ? 1 : 2;
            int input = slot >= copyBase ? slot - width : slot;
            if (input >= copyBase - width && input < copyBase) {
                return resolve(at, input);
            }
        }
        return source;
    }

    private static AbstractInsnNode single(SourceValue value) {
        return value != null && value.insns.size() == 1 ? value.insns.iterator().next() : null;
    }

    /** @return the source expression that produced a value, as HotSpot prints it, or null */
    private String describe(AbstractInsnNode source, int at) {
        int index = method.instructions.indexOf(source);
        switch (source.getOpcode()) {
            case ACONST_NULL:
                return "null";
            case ALOAD:
            case ILOAD:
                return local(((VarInsnNode) source).var, index);
            case ICONST_M1, ICONST_0, ICONST_1, ICONST_2, ICONST_3, ICONST_4, ICONST_5:
                return Integer.toString(source.getOpcode() - ICONST_0);
            case BIPUSH, SIPUSH:
                return Integer.toString(((IntInsnNode) source).operand);
            case GETSTATIC: {
                FieldInsnNode f = (FieldInsnNode) source;
                return className(f.owner) + "." + f.name;
            }
            case GETFIELD: {
                FieldInsnNode f = (FieldInsnNode) source;
                String object = operand(index, 0);
                return object == null ? null : object + "." + f.name;
            }
            case AALOAD: {
                String array = operand(index, 1);
                String element = operand(index, 0);
                // HotSpot writes an index it cannot describe (a computed one) as "...".
                return array == null ? null : array + "[" + (element == null ? "..." : element) + "]";
            }
            case CHECKCAST:
                return operand(index, 0);
            default:
                return null;
        }
    }

    /** @return the description of the value {@code fromTop} places below the top of the stack at an instruction */
    private String operand(int index, int fromTop) {
        Frame<SourceValue> frame = frames[index];
        if (frame == null) {
            return null;
        }
        AbstractInsnNode source = resolve(index, frame.getStackSize() - 1 - fromTop);
        if (source == null || source instanceof MethodInsnNode) {
            return null;
        }
        return describe(source, index);
    }

    private String local(int slot, int index) {
        if (method.localVariables != null) {
            for (LocalVariableNode v : method.localVariables) {
                int start = method.instructions.indexOf(v.start);
                int end = method.instructions.indexOf(v.end);
                if (v.index == slot && index + 1 >= start && index < end) {
                    return v.name;
                }
            }
        }
        if (slot == 0 && !isStatic) {
            return "this";
        }
        Type[] params = Type.getArgumentTypes(method.desc);
        int s = isStatic ? 0 : 1;
        for (int i = 0; i < params.length; i++) {
            if (s == slot) {
                return "<parameter" + (i + 1) + ">";
            }
            s += params[i].getSize();
        }
        return "<local" + slot + ">";
    }

    private static String methodName(MethodInsnNode m) {
        StringBuilder out = new StringBuilder(className(m.owner)).append('.').append(m.name).append('(');
        Type[] params = Type.getArgumentTypes(m.desc);
        for (int i = 0; i < params.length; i++) {
            out.append(i == 0 ? "" : ", ").append(typeName(params[i]));
        }
        return out.append(')').toString();
    }

    private static String typeName(Type t) {
        return t.getSort() == Type.OBJECT ? className(t.getInternalName())
                : t.getSort() == Type.ARRAY ? typeName(t.getElementType()) + "[]".repeat(t.getDimensions())
                : t.getClassName();
    }

    private static String className(String internalName) {
        String name = internalName.replace('/', '.');
        return name.startsWith("java.lang.") && name.indexOf('.', 10) < 0 ? name.substring(10) : name;
    }

    static final List<Integer> CHECKED = List.of(INVOKEVIRTUAL, INVOKEINTERFACE, INVOKESPECIAL, GETFIELD, PUTFIELD,
            ARRAYLENGTH, IALOAD, LALOAD, FALOAD, DALOAD, AALOAD, BALOAD, CALOAD, SALOAD, IASTORE, LASTORE, FASTORE,
            DASTORE, AASTORE, BASTORE, CASTORE, SASTORE, ATHROW, MONITORENTER, MONITOREXIT);
}
