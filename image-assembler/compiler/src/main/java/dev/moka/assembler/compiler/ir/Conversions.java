package dev.moka.assembler.compiler.ir;

import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * The conversions the JVM applies when a method handle adapts a value from one type to another:
 * reference casts, boxing, unboxing and primitive widening. Used to generate lambda classes.
 */
final class Conversions {
    private Conversions() {
    }

    static void convert(MethodVisitor mv, Type from, Type to) {
        if (from.equals(to) || to.getSort() == Type.VOID) {
            return;
        }
        boolean fromRef = isReference(from);
        boolean toRef = isReference(to);
        if (fromRef && toRef) {
            if (!to.getInternalName().equals("java/lang/Object")) {
                mv.visitTypeInsn(Opcodes.CHECKCAST, to.getInternalName());
            }
        } else if (fromRef) {
            Type box = boxOf(from) != null ? from : boxType(to);
            if (boxOf(box) == null) {
                box = boxType(to);
            }
            mv.visitTypeInsn(Opcodes.CHECKCAST, box.getInternalName());
            Type primitive = boxOf(box);
            mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, box.getInternalName(), primitive.getClassName() + "Value",
                    "()" + primitive.getDescriptor(), false);
            widen(mv, primitive, to);
        } else if (toRef) {
            Type box = boxType(from);
            mv.visitMethodInsn(Opcodes.INVOKESTATIC, box.getInternalName(), "valueOf",
                    "(" + from.getDescriptor() + ")" + box.getDescriptor(), false);
            if (!to.getInternalName().equals("java/lang/Object") && !to.equals(box)) {
                mv.visitTypeInsn(Opcodes.CHECKCAST, to.getInternalName());
            }
        } else {
            widen(mv, from, to);
        }
    }

    private static boolean isReference(Type t) {
        return t.getSort() == Type.OBJECT || t.getSort() == Type.ARRAY;
    }

    private static void widen(MethodVisitor mv, Type from, Type to) {
        if (from.equals(to)) {
            return;
        }
        int f = from.getSort();
        int t = to.getSort();
        boolean fromInt = f == Type.INT || f == Type.SHORT || f == Type.BYTE || f == Type.CHAR || f == Type.BOOLEAN;
        if (fromInt && (t == Type.INT || t == Type.SHORT || t == Type.BYTE || t == Type.CHAR || t == Type.BOOLEAN)) {
            return;
        }
        if (fromInt && t == Type.LONG) {
            mv.visitInsn(Opcodes.I2L);
        } else if (fromInt && t == Type.FLOAT) {
            mv.visitInsn(Opcodes.I2F);
        } else if (fromInt && t == Type.DOUBLE) {
            mv.visitInsn(Opcodes.I2D);
        } else if (f == Type.LONG && t == Type.FLOAT) {
            mv.visitInsn(Opcodes.L2F);
        } else if (f == Type.LONG && t == Type.DOUBLE) {
            mv.visitInsn(Opcodes.L2D);
        } else if (f == Type.FLOAT && t == Type.DOUBLE) {
            mv.visitInsn(Opcodes.F2D);
        } else {
            throw new UnsupportedCodeException("lambda adapts " + from + " to " + to + ", which is not a widening");
        }
    }

    /** @param primitive a primitive type @return its wrapper class */
    static Type boxType(Type primitive) {
        return Type.getObjectType(switch (primitive.getSort()) {
            case Type.BOOLEAN -> "java/lang/Boolean";
            case Type.BYTE -> "java/lang/Byte";
            case Type.CHAR -> "java/lang/Character";
            case Type.SHORT -> "java/lang/Short";
            case Type.INT -> "java/lang/Integer";
            case Type.LONG -> "java/lang/Long";
            case Type.FLOAT -> "java/lang/Float";
            case Type.DOUBLE -> "java/lang/Double";
            default -> throw new IllegalArgumentException("not primitive: " + primitive);
        });
    }

    /** @param box a class @return the primitive it wraps, or null when it is not a wrapper */
    static Type boxOf(Type box) {
        if (box.getSort() != Type.OBJECT) {
            return null;
        }
        return switch (box.getInternalName()) {
            case "java/lang/Boolean" -> Type.BOOLEAN_TYPE;
            case "java/lang/Byte" -> Type.BYTE_TYPE;
            case "java/lang/Character" -> Type.CHAR_TYPE;
            case "java/lang/Short" -> Type.SHORT_TYPE;
            case "java/lang/Integer" -> Type.INT_TYPE;
            case "java/lang/Long" -> Type.LONG_TYPE;
            case "java/lang/Float" -> Type.FLOAT_TYPE;
            case "java/lang/Double" -> Type.DOUBLE_TYPE;
            default -> null;
        };
    }
}
