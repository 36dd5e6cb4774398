package dev.moka.assembler.compiler.ir;

import static org.objectweb.asm.Opcodes.*;

import dev.moka.assembler.compiler.ir.Insn.Cond;
import dev.moka.assembler.compiler.ir.Insn.Conv;
import dev.moka.assembler.compiler.ir.Insn.Dispatch;
import dev.moka.assembler.compiler.ir.Insn.Op;
import dev.moka.assembler.compiler.front.ClassFileException;
import dev.moka.assembler.compiler.model.FieldInfo;
import dev.moka.assembler.compiler.model.MissingClassException;
import dev.moka.assembler.compiler.model.MethodRef;
import dev.moka.assembler.compiler.model.TypeKind;
import java.util.ArrayList;
import java.util.List;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.IincInsnNode;
import org.objectweb.asm.tree.IntInsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.LookupSwitchInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.TableSwitchInsnNode;
import org.objectweb.asm.tree.TypeInsnNode;
import org.objectweb.asm.tree.VarInsnNode;
import org.objectweb.asm.util.Printer;

/** Translates one bytecode instruction at a time into IR, reading stack kinds from the analyzer. */
final class Bytecodes {
    private final IrBuilder b;
    private final StringConcat concat;
    private Block block;
    private int index;
    private int depth;

    Bytecodes(IrBuilder builder) {
        this.b = builder;
        this.concat = new StringConcat(builder);
    }

    void translate(AbstractInsnNode insn, int at, Block into) {
        try {
            translateOne(insn, at, into);
        } catch (MissingClassException | ClassFileException missing) {
            int op = insn.getOpcode();
            String name = op >= 0 && op < Printer.OPCODES.length ? Printer.OPCODES[op].toLowerCase() : "opcode " + op;
            throw new UnsupportedCodeException("bytecode " + name + " at index " + at + ": " + missing.getMessage());
        }
    }

    private void translateOne(AbstractInsnNode insn, int at, Block into) {
        this.block = into;
        this.index = at;
        this.depth = b.stackSize(at);
        int op = insn.getOpcode();
        switch (op) {
            case MONITORENTER, MONITOREXIT -> monitor(op == MONITORENTER ? "enter" : "exit");
            case NOP, POP, POP2 -> { }
            case ACONST_NULL -> emit(new Insn.Const(push(TypeKind.REF), 0));
            case ICONST_M1, ICONST_0, ICONST_1, ICONST_2, ICONST_3, ICONST_4, ICONST_5 ->
                    emit(new Insn.Const(push(TypeKind.INT), op - ICONST_0));
            case LCONST_0, LCONST_1 -> emit(new Insn.Const(push(TypeKind.LONG), op - LCONST_0));
            case FCONST_0, FCONST_1, FCONST_2 ->
                    emit(new Insn.Const(push(TypeKind.FLOAT), Float.floatToRawIntBits(op - FCONST_0) & 0xffffffffL));
            case DCONST_0, DCONST_1 -> emit(new Insn.Const(push(TypeKind.DOUBLE), Double.doubleToRawLongBits(op - DCONST_0)));
            case BIPUSH, SIPUSH -> emit(new Insn.Const(push(TypeKind.INT), ((IntInsnNode) insn).operand));
            case LDC -> ldc(((LdcInsnNode) insn).cst);
            case ILOAD, LLOAD, FLOAD, DLOAD, ALOAD -> load((VarInsnNode) insn, kindOfLoadStore(op - ILOAD));
            case ISTORE, LSTORE, FSTORE, DSTORE, ASTORE -> store((VarInsnNode) insn, kindOfLoadStore(op - ISTORE));
            case IALOAD, LALOAD, FALOAD, DALOAD, AALOAD, BALOAD, CALOAD, SALOAD -> arrayLoad(op);
            case IASTORE, LASTORE, FASTORE, DASTORE, AASTORE, BASTORE, CASTORE, SASTORE -> arrayStore(op);
            case DUP, DUP_X1, DUP_X2, DUP2, DUP2_X1, DUP2_X2, SWAP -> StackShuffle.apply(op, this);
            case IADD, LADD, FADD, DADD -> binary(Op.ADD);
            case ISUB, LSUB, FSUB, DSUB -> binary(Op.SUB);
            case IMUL, LMUL, FMUL, DMUL -> binary(Op.MUL);
            case IDIV, LDIV, FDIV, DDIV -> binary(Op.DIV);
            case FREM -> floatRemainder("frem", "(FF)F", TypeKind.FLOAT);
            case DREM -> floatRemainder("drem", "(DD)D", TypeKind.DOUBLE);
            case FNEG, DNEG -> {
                VReg a = top(0);
                emit(new Insn.Negate(b.stack(depth - 1, a.kind()), a));
            }
            case I2F -> convert(Conv.I2F, TypeKind.FLOAT);
            case I2D -> convert(Conv.I2D, TypeKind.DOUBLE);
            case L2F -> convert(Conv.L2F, TypeKind.FLOAT);
            case L2D -> convert(Conv.L2D, TypeKind.DOUBLE);
            case F2I -> convert(Conv.F2I, TypeKind.INT);
            case F2L -> convert(Conv.F2L, TypeKind.LONG);
            case F2D -> convert(Conv.F2D, TypeKind.DOUBLE);
            case D2I -> convert(Conv.D2I, TypeKind.INT);
            case D2L -> convert(Conv.D2L, TypeKind.LONG);
            case D2F -> convert(Conv.D2F, TypeKind.FLOAT);
            case FCMPL, DCMPL -> emit(new Insn.CompareFloat(b.stack(depth - 2, TypeKind.INT), top(1), top(0), -1));
            case FCMPG, DCMPG -> emit(new Insn.CompareFloat(b.stack(depth - 2, TypeKind.INT), top(1), top(0), 1));
            case IREM, LREM -> binary(Op.REM);
            case IAND, LAND -> binary(Op.AND);
            case IOR, LOR -> binary(Op.OR);
            case IXOR, LXOR -> binary(Op.XOR);
            case ISHL, LSHL -> binary(Op.SHL);
            case ISHR, LSHR -> binary(Op.SHR);
            case IUSHR, LUSHR -> binary(Op.USHR);
            case INEG, LNEG -> {
                VReg a = top(0);
                emit(new Insn.Negate(b.stack(depth - 1, a.kind()), a));
            }
            case IINC -> iinc((IincInsnNode) insn);
            case I2L -> convert(Conv.I2L, TypeKind.LONG);
            case L2I -> convert(Conv.L2I, TypeKind.INT);
            case I2B -> convert(Conv.I2B, TypeKind.INT);
            case I2C -> convert(Conv.I2C, TypeKind.INT);
            case I2S -> convert(Conv.I2S, TypeKind.INT);
            case LCMP -> emit(new Insn.CompareLong(b.stack(depth - 2, TypeKind.INT), top(1), top(0)));
            case IFEQ, IFNE, IFLT, IFGE, IFGT, IFLE -> branch((JumpInsnNode) insn, cond(op - IFEQ), top(0), null);
            case IF_ICMPEQ, IF_ICMPNE, IF_ICMPLT, IF_ICMPGE, IF_ICMPGT, IF_ICMPLE ->
                    branch((JumpInsnNode) insn, cond(op - IF_ICMPEQ), top(1), top(0));
            case IF_ACMPEQ, IF_ACMPNE -> branch((JumpInsnNode) insn, op == IF_ACMPEQ ? Cond.EQ : Cond.NE, top(1), top(0));
            case IFNULL, IFNONNULL -> branch((JumpInsnNode) insn, op == IFNULL ? Cond.EQ : Cond.NE, top(0), null);
            case GOTO -> emit(new Insn.Goto(b.blockFor(((JumpInsnNode) insn).label)));
            case TABLESWITCH -> tableSwitch((TableSwitchInsnNode) insn);
            case LOOKUPSWITCH -> lookupSwitch((LookupSwitchInsnNode) insn);
            case IRETURN, LRETURN, FRETURN, DRETURN, ARETURN -> emit(new Insn.Return(top(0)));
            case RETURN -> emit(new Insn.Return(null));
            case GETSTATIC, PUTSTATIC, GETFIELD, PUTFIELD -> field((FieldInsnNode) insn);
            case INVOKEVIRTUAL, INVOKESPECIAL, INVOKESTATIC, INVOKEINTERFACE -> invoke((MethodInsnNode) insn);
            case INVOKEDYNAMIC -> {
                InvokeDynamicInsnNode indy = (InvokeDynamicInsnNode) insn;
                if (LambdaLowering.handles(indy)) {
                    LambdaLowering.translate(indy, at, this);
                } else if (SwitchLowering.handles(indy)) {
                    SwitchLowering.translate(indy, at, this);
                } else if (RecordMethods.handles(indy)) {
                    RecordMethods.translate(indy, this);
                } else {
                    concat.translate(indy, this);
                }
            }
            case NEW -> {
                initialize(requireType(((TypeInsnNode) insn).desc));
                emit(new Insn.New(push(TypeKind.REF), ((TypeInsnNode) insn).desc));
            }
            case NEWARRAY -> newArray(primitiveArray(((IntInsnNode) insn).operand));
            case ANEWARRAY -> newArray(referenceArray(requireType(((TypeInsnNode) insn).desc)));
            case MULTIANEWARRAY -> multiNewArray((org.objectweb.asm.tree.MultiANewArrayInsnNode) insn);
            case ARRAYLENGTH -> emit(new Insn.ArrayLength(b.stack(depth - 1, TypeKind.INT), top(0)));
            case ATHROW -> emit(new Insn.Throw(top(0)));
            case CHECKCAST -> emit(new Insn.CheckCast(top(0), requireType(((TypeInsnNode) insn).desc)));
            case INSTANCEOF -> emit(new Insn.InstanceOf(b.stack(depth - 1, TypeKind.INT), top(0),
                    requireType(((TypeInsnNode) insn).desc)));
            default -> throw unsupported(op);
        }
    }

    private UnsupportedCodeException unsupported(int op) {
        String name = op >= 0 && op < Printer.OPCODES.length ? Printer.OPCODES[op].toLowerCase() : "opcode " + op;
        String why = switch (op) {
            case JSR, RET -> " (subroutines from old class files)";
            default -> "";
        };
        return new UnsupportedCodeException("bytecode " + name + why + " at index " + index + " is not compiled yet");
    }

    // ---- helpers shared with StringConcat and StackShuffle ----

    int depth() {
        return depth;
    }

    IrBuilder builder() {
        return b;
    }

    void emit(Insn insn) {
        block.add(insn);
    }

    /** @param fromTop 0 for the top of the stack @return the register holding that stack value */
    VReg top(int fromTop) {
        int slot = depth - 1 - fromTop;
        return b.stack(slot, b.stackKind(index, slot));
    }

    private VReg push(TypeKind kind) {
        return b.stack(depth, kind);
    }

    private static TypeKind kindOfLoadStore(int offset) {
        return switch (offset) {
            case 0 -> TypeKind.INT;
            case 1 -> TypeKind.LONG;
            case 2 -> TypeKind.FLOAT;
            case 3 -> TypeKind.DOUBLE;
            default -> TypeKind.REF;
        };
    }

    private void ldc(Object constant) {
        if (constant instanceof Integer i) {
            emit(new Insn.Const(push(TypeKind.INT), i));
        } else if (constant instanceof Long l) {
            emit(new Insn.Const(push(TypeKind.LONG), l));
        } else if (constant instanceof String s) {
            emit(new Insn.ConstString(push(TypeKind.REF), s));
        } else if (constant instanceof Float f) {
            emit(new Insn.Const(push(TypeKind.FLOAT), Float.floatToRawIntBits(f) & 0xffffffffL));
        } else if (constant instanceof Double d) {
            emit(new Insn.Const(push(TypeKind.DOUBLE), Double.doubleToRawLongBits(d)));
        } else if (constant instanceof Type t && (t.getSort() == Type.OBJECT || t.getSort() == Type.ARRAY)) {
            emit(new Insn.ConstClass(push(TypeKind.REF),
                    requireType(t.getSort() == Type.ARRAY ? t.getDescriptor() : t.getInternalName())));
        } else if (constant instanceof Type t) {
            throw new UnsupportedCodeException("class literal " + t.getClassName() + " at index " + index
                    + " (primitive class objects and method types are not supported)");
        } else {
            throw new UnsupportedCodeException("constant " + constant + " (float and double) at index " + index
                    + " is not compiled yet");
        }
    }

    private void load(VarInsnNode insn, TypeKind kind) {
        emit(new Insn.Move(push(kind), b.local(insn.var, kind)));
    }

    private void store(VarInsnNode insn, TypeKind kind) {
        emit(new Insn.Move(b.local(insn.var, kind), top(0)));
    }

    private void iinc(IincInsnNode insn) {
        VReg local = b.local(insn.var, TypeKind.INT);
        VReg step = b.ir().newReg(TypeKind.INT);
        emit(new Insn.Const(step, insn.incr));
        emit(new Insn.Binary(Op.ADD, local, local, step));
    }

    private static final String[] ARRAY_ELEMENTS = {"I", "J", "F", "D", "L", "B", "C", "S"};

    private void arrayLoad(int op) {
        String element = ARRAY_ELEMENTS[op - IALOAD];
        TypeKind kind = TypeKind.ofDescriptor(element);
        VReg index = top(0);
        VReg array = top(1);
        emit(new Insn.ArrayLoad(b.stack(depth - 2, kind), array, index, element));
    }

    private void arrayStore(int op) {
        String element = ARRAY_ELEMENTS[op - IASTORE];
        emit(new Insn.ArrayStore(top(2), top(1), top(0), element));
    }

    private void binary(Op op) {
        VReg right = top(0);
        VReg left = top(1);
        emit(new Insn.Binary(op, b.stack(depth - 2, left.kind()), left, right));
    }

    /** frem and drem follow C's fmod (truncating), which SSE has no instruction for: the runtime computes it. */
    private void floatRemainder(String name, String descriptor, TypeKind kind) {
        VReg right = top(0);
        VReg left = top(1);
        emit(new Insn.Invoke(Dispatch.DIRECT, b.world().resolveMethod(Intrinsics.RUNTIME, name, descriptor),
                b.stack(depth - 2, kind), List.of(left, right)));
    }

    private void convert(Conv conv, TypeKind to) {
        emit(new Insn.Convert(conv, b.stack(depth - 1, to), top(0)));
    }

    private static Cond cond(int offset) {
        return Cond.values()[offset];
    }

    private void branch(JumpInsnNode insn, Cond cond, VReg a, VReg c) {
        emit(new Insn.If(cond, a, c, b.blockFor(insn.label), b.blockAfter(index)));
    }

    private void tableSwitch(TableSwitchInsnNode insn) {
        int[] keys = new int[insn.labels.size()];
        List<Block> cases = new ArrayList<>();
        for (int i = 0; i < keys.length; i++) {
            keys[i] = insn.min + i;
            cases.add(b.blockFor(insn.labels.get(i)));
        }
        emit(new Insn.Switch(top(0), keys, cases, b.blockFor(insn.dflt)));
    }

    private void lookupSwitch(LookupSwitchInsnNode insn) {
        int[] keys = insn.keys.stream().mapToInt(Integer::intValue).toArray();
        List<Block> cases = new ArrayList<>();
        insn.labels.forEach(l -> cases.add(b.blockFor(l)));
        emit(new Insn.Switch(top(0), keys, cases, b.blockFor(insn.dflt)));
    }

    /** Asks for first-use initialisation of a class used from outside its own code. */
    private void initialize(String className) {
        if (!className.equals(b.source().owner().name()) && !className.startsWith("[")) {
            emit(new Insn.InitClass(className));
        }
    }

    private void field(FieldInsnNode insn) {
        FieldInfo field = b.world().resolveField(insn.owner, insn.name, insn.desc);
        if (insn.getOpcode() == GETSTATIC || insn.getOpcode() == PUTSTATIC) {
            initialize(field.owner());
        }
        TypeKind kind = TypeKind.ofDescriptor(insn.desc);
        switch (insn.getOpcode()) {
            case GETSTATIC -> emit(new Insn.GetStatic(push(kind), field));
            case PUTSTATIC -> emit(new Insn.PutStatic(field, top(0)));
            case GETFIELD -> emit(new Insn.GetField(b.stack(depth - 1, kind), top(0), field));
            default -> emit(new Insn.PutField(top(1), field, top(0)));
        }
    }

    /** The JVM's null check (with its helpful message), then the monitor code of kernel-core. */
    private void monitor(String operation) {
        VReg object = top(0);
        emit(new Insn.NullCheck(object));
        emit(new Insn.Invoke(Dispatch.DIRECT, b.world().resolveMethod(Intrinsics.MONITORS, operation,
                "(Ljava/lang/Object;)V"), null, List.of(object)));
    }

    private void invoke(MethodInsnNode insn) {
        Type[] argTypes = Type.getArgumentTypes(insn.desc);
        boolean hasReceiver = insn.getOpcode() != INVOKESTATIC;
        int count = argTypes.length + (hasReceiver ? 1 : 0);
        List<VReg> args = new ArrayList<>();
        for (int i = count - 1; i >= 0; i--) {
            args.add(top(i));
        }
        TypeKind result = TypeKind.ofDescriptor(Type.getReturnType(insn.desc).getDescriptor());
        VReg dst = result == null ? null : b.stack(depth - count, result);
        String intrinsic = Intrinsics.of(insn.owner, insn.name);
        if (intrinsic != null) {
            emit(new Insn.Intrinsic(intrinsic, dst, args));
            return;
        }
        String redirected = Intrinsics.redirected(insn.owner, insn.name);
        if (redirected != null) {
            int dot = redirected.lastIndexOf('.');
            emit(new Insn.Invoke(Dispatch.DIRECT, b.world().resolveMethod(redirected.substring(0, dot),
                    redirected.substring(dot + 1), insn.desc), dst, args));
            return;
        }
        if (insn.owner.startsWith("[")) {
            if (insn.name.equals("clone")) {
                emit(new Insn.Invoke(Dispatch.DIRECT, b.world().resolveMethod(Intrinsics.RUNTIME, "cloneArray",
                        "(Ljava/lang/Object;)Ljava/lang/Object;"), dst, args));
                return;
            }
            insn = new MethodInsnNode(insn.getOpcode(), "java/lang/Object", insn.name, insn.desc, false);
        }
        MethodRef target = b.world().resolveMethod(insn.owner, insn.name, insn.desc);
        if (insn.getOpcode() == INVOKESTATIC) {
            initialize(target.owner().name());
        }
        Dispatch dispatch = switch (insn.getOpcode()) {
            case INVOKEVIRTUAL -> Dispatch.VIRTUAL;
            case INVOKEINTERFACE -> Dispatch.INTERFACE;
            default -> Dispatch.DIRECT;
        };
        // The table to dispatch through follows where the method was found: an interface call of
        // hashCode/equals/toString resolves to Object and goes through the vtable; a class-typed call
        // that resolves to an interface's default method goes through the itable.
        if (dispatch == Dispatch.INTERFACE && !target.owner().isInterface()) {
            dispatch = Dispatch.VIRTUAL;
        } else if (dispatch == Dispatch.VIRTUAL && target.owner().isInterface()) {
            dispatch = Dispatch.INTERFACE;
        }
        emit(new Insn.Invoke(dispatch, target, dst, args));
    }

    private static String primitiveArray(int typeCode) {
        return switch (typeCode) {
            case T_BOOLEAN -> "[Z";
            case T_CHAR -> "[C";
            case T_BYTE -> "[B";
            case T_SHORT -> "[S";
            case T_INT -> "[I";
            case T_LONG -> "[J";
            case T_FLOAT -> "[F";
            default -> "[D";
        };
    }

    private static String referenceArray(String element) {
        return element.startsWith("[") ? "[" + element : "[L" + element + ";";
    }

    /**
     * A type the image needs a class record for (a cast, a type test, an array, a class literal) must
     * be in the closed world, down to an array's element class.
     *
     * @param type an internal class name or an array descriptor
     * @return the type
     */
    private String requireType(String type) {
        String element = type.substring(type.lastIndexOf('[') + 1);
        if (type.startsWith("[") && element.startsWith("L")) {
            b.world().get(element.substring(1, element.length() - 1));
        } else if (!type.startsWith("[")) {
            b.world().get(type);
        }
        return type;
    }

    /** Builds an int[] of the dimensions and lets the runtime allocate the nested arrays. */
    private void multiNewArray(org.objectweb.asm.tree.MultiANewArrayInsnNode insn) {
        int n = insn.dims;
        VReg count = b.ir().newReg(TypeKind.INT);
        emit(new Insn.Const(count, n));
        VReg dims = b.ir().newReg(TypeKind.REF);
        emit(new Insn.NewArray(dims, "[I", count));
        for (int i = 0; i < n; i++) {
            VReg at = b.ir().newReg(TypeKind.INT);
            emit(new Insn.Const(at, i));
            emit(new Insn.ArrayStore(dims, at, top(n - 1 - i), "I"));
        }
        VReg classInfo = b.ir().newReg(TypeKind.LONG);
        emit(new Insn.ClassRef(classInfo, requireType(insn.desc)));
        VReg level = b.ir().newReg(TypeKind.INT);
        emit(new Insn.Const(level, 0));
        emit(new Insn.Invoke(Dispatch.DIRECT, b.world().resolveMethod(Intrinsics.RUNTIME, "newMultiArray",
                "(J[II)Ljava/lang/Object;"), b.stack(depth - n, TypeKind.REF), List.of(classInfo, dims, level)));
    }

    private void newArray(String descriptor) {
        VReg length = top(0);
        emit(new Insn.NewArray(b.stack(depth - 1, TypeKind.REF), descriptor, length));
    }
}
