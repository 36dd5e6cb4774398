package dev.moka.assembler.compiler.ir;

import dev.moka.assembler.compiler.model.MethodRef;
import dev.moka.assembler.compiler.model.TypeKind;
import java.util.ArrayList;
import java.util.List;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;

/**
 * Lowers javac's string concatenation ({@code invokedynamic makeConcatWithConstants}) at build time
 * to a StringBuilder: one append per recipe piece, then toString. Constants from the recipe become
 * string literals.
 */
final class StringConcat {
    private static final String FACTORY = "java/lang/invoke/StringConcatFactory";
    private static final String BUILDER = "java/lang/StringBuilder";
    private static final char ARG_TAG = '\u0001';
    private static final char CONST_TAG = '\u0002';

    private final IrBuilder b;

    StringConcat(IrBuilder builder) {
        this.b = builder;
    }

    void translate(InvokeDynamicInsnNode insn, Bytecodes t) {
        if (!insn.bsm.getOwner().equals(FACTORY)) {
            String what = insn.bsm.getOwner().equals("java/lang/invoke/LambdaMetafactory")
                    ? "lambdas and method references" : "invokedynamic with bootstrap " + insn.bsm.getOwner()
                    + "." + insn.bsm.getName();
            throw new UnsupportedCodeException(what + " are not compiled yet");
        }
        Type[] argTypes = Type.getArgumentTypes(insn.desc);
        String recipe;
        int constIndex = 0;
        if (insn.bsm.getName().equals("makeConcatWithConstants")) {
            recipe = (String) insn.bsmArgs[0];
            constIndex = 1;
        } else {
            recipe = String.valueOf(ARG_TAG).repeat(argTypes.length);
        }
        List<VReg> args = new ArrayList<>();
        for (int i = argTypes.length - 1; i >= 0; i--) {
            args.add(t.top(i));
        }
        VReg sb = b.ir().newReg(TypeKind.REF);
        t.emit(new Insn.New(sb, BUILDER));
        t.emit(new Insn.Invoke(Insn.Dispatch.DIRECT, method("<init>", "()V"), null, List.of(sb)));
        StringBuilder literal = new StringBuilder();
        int arg = 0;
        for (int i = 0; i < recipe.length(); i++) {
            char c = recipe.charAt(i);
            if (c == ARG_TAG) {
                flush(literal, sb, t);
                append(sb, args.get(arg), argTypes[arg], t);
                arg++;
            } else if (c == CONST_TAG) {
                literal.append(insn.bsmArgs[constIndex++]);
            } else {
                literal.append(c);
            }
        }
        flush(literal, sb, t);
        VReg result = b.stack(t.depth() - argTypes.length, TypeKind.REF);
        t.emit(new Insn.Invoke(Insn.Dispatch.DIRECT, method("toString", "()Ljava/lang/String;"), result, List.of(sb)));
    }

    private void flush(StringBuilder literal, VReg sb, Bytecodes t) {
        if (literal.length() > 0) {
            VReg s = b.ir().newReg(TypeKind.REF);
            t.emit(new Insn.ConstString(s, literal.toString()));
            t.emit(new Insn.Invoke(Insn.Dispatch.DIRECT, method("append", "(Ljava/lang/String;)L" + BUILDER + ";"),
                    null, List.of(sb, s)));
            literal.setLength(0);
        }
    }

    private void append(VReg sb, VReg value, Type type, Bytecodes t) {
        String param = switch (type.getSort()) {
            case Type.BOOLEAN -> "Z";
            case Type.CHAR -> "C";
            case Type.BYTE, Type.SHORT, Type.INT -> "I";
            case Type.LONG -> "J";
            case Type.FLOAT -> "F";
            case Type.DOUBLE -> "D";
            default -> type.getDescriptor().equals("Ljava/lang/String;") ? "Ljava/lang/String;" : "Ljava/lang/Object;";
        };
        t.emit(new Insn.Invoke(Insn.Dispatch.DIRECT, method("append", "(" + param + ")L" + BUILDER + ";"),
                null, List.of(sb, value)));
    }

    private MethodRef method(String name, String descriptor) {
        return b.world().resolveMethod(BUILDER, name, descriptor);
    }
}
