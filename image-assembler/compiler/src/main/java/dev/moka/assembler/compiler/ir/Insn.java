package dev.moka.assembler.compiler.ir;

import dev.moka.assembler.compiler.model.FieldInfo;
import dev.moka.assembler.compiler.model.MethodRef;
import java.util.ArrayList;
import java.util.List;

/**
 * The compiler's intermediate representation: three-address instructions over virtual registers.
 * Each instruction says which registers it reads ({@link #uses()}) and writes ({@link #def()}),
 * which is all liveness analysis needs.
 */
public sealed interface Insn {
    /** @return the registers read */
    List<VReg> uses();

    /** @return the register written, or null */
    default VReg def() {
        return null;
    }

    /** @return whether the instruction calls out, so that caller-saved registers die across it */
    default boolean isCall() {
        return false;
    }

    /** Arithmetic and logic operators; shifts take their count from an int. */
    enum Op { ADD, SUB, MUL, DIV, REM, AND, OR, XOR, SHL, SHR, USHR }

    /** Conditions of two-way branches, as the JVM states them (signed). */
    enum Cond {
        EQ, NE, LT, GE, GT, LE;

        /** @return the condition with its operands swapped */
        public Cond negate() {
            return switch (this) {
                case EQ -> NE;
                case NE -> EQ;
                case LT -> GE;
                case GE -> LT;
                case GT -> LE;
                case LE -> GT;
            };
        }
    }

    /** Narrowing and widening conversions between integer kinds. */
    enum Conv { I2L, L2I, I2B, I2C, I2S, I2F, I2D, L2F, L2D, F2I, F2L, F2D, D2I, D2L, D2F }

    /** Instructions that end a block. */
    sealed interface Terminator extends Insn {
        /** @return the possible successors */
        List<Block> targets();
    }

    /** dst = a 64-bit constant (ints use the low 32 bits). */
    record Const(VReg dst, long value) implements Insn {
        public List<VReg> uses() { return List.of(); }
        public VReg def() { return dst; }
    }

    /** dst = the interned String object for a literal. */
    record ConstString(VReg dst, String value) implements Insn {
        public List<VReg> uses() { return List.of(); }
        public VReg def() { return dst; }
    }

    /**
     * First instruction of an exception handler: dst = the exception being caught, which the
     * unwinder delivers in a fixed register.
     */
    record CatchEntry(VReg dst) implements Insn {
        public List<VReg> uses() { return List.of(); }
        public VReg def() { return dst; }
    }

    /** dst = the address of a type's ClassInfo record. */
    record ClassRef(VReg dst, String type) implements Insn {
        public List<VReg> uses() { return List.of(); }
        public VReg def() { return dst; }
    }

    /**
     * Runs a class's static initialiser if it has not run yet (the JVM's first-use rule), before an
     * instruction that uses the class from outside it.
     */
    record InitClass(String className) implements Insn {
        public List<VReg> uses() { return List.of(); }
        public boolean isCall() { return true; }
    }

    /** Fails with NullPointerException when obj is null (synchronized blocks). */
    record NullCheck(VReg obj) implements Insn {
        public List<VReg> uses() { return List.of(obj); }
    }

    /** dst = the Class object of a class or array type (a class literal). */
    record ConstClass(VReg dst, String type) implements Insn {
        public List<VReg> uses() { return List.of(); }
        public VReg def() { return dst; }
    }

    /** dst = src. */
    record Move(VReg dst, VReg src) implements Insn {
        public List<VReg> uses() { return List.of(src); }
        public VReg def() { return dst; }
    }

    /** dst = a op b, in the width of dst's kind; bytecodeIndex locates exceptions (division). */
    record Binary(Op op, VReg dst, VReg a, VReg b) implements Insn {
        public List<VReg> uses() { return List.of(a, b); }
        public VReg def() { return dst; }
    }

    /**
     * dst = a op constant, for integer kinds: the constant fits in 32 bits (sign-extended for longs),
     * and a divisor is never zero, so a division cannot throw.
     */
    record BinaryConst(Op op, VReg dst, VReg a, long b) implements Insn {
        public List<VReg> uses() { return List.of(a); }
        public VReg def() { return dst; }
    }

    /** dst = -a. */
    record Negate(VReg dst, VReg a) implements Insn {
        public List<VReg> uses() { return List.of(a); }
        public VReg def() { return dst; }
    }

    /** dst = conversion of src. */
    record Convert(Conv conv, VReg dst, VReg src) implements Insn {
        public List<VReg> uses() { return List.of(src); }
        public VReg def() { return dst; }
    }

    /** dst = -1, 0 or 1 comparing two longs (lcmp). */
    record CompareLong(VReg dst, VReg a, VReg b) implements Insn {
        public List<VReg> uses() { return List.of(a, b); }
        public VReg def() { return dst; }
    }

    /**
     * dst = -1, 0 or 1 comparing two floats or doubles (fcmpl, fcmpg, dcmpl, dcmpg); when either is
     * NaN the result is {@code nanResult}.
     */
    record CompareFloat(VReg dst, VReg a, VReg b, int nanResult) implements Insn {
        public List<VReg> uses() { return List.of(a, b); }
        public VReg def() { return dst; }
    }

    /** Calls a method; {@code virtual} selects dynamic dispatch through the receiver (args.get(0)). */
    record Invoke(Dispatch dispatch, MethodRef target, VReg dst, List<VReg> args) implements Insn {
        public List<VReg> uses() { return args; }
        public VReg def() { return dst; }
        public boolean isCall() { return true; }
    }

    /** How an {@link Invoke} finds its code. */
    enum Dispatch { DIRECT, VIRTUAL, INTERFACE }

    /**
     * Calls a compiler intrinsic (magic or runtime seam) by name. The floating-point bit moves and
     * square root and the integer intrinsics ({@code int.}, and {@code intdiv.}, which may throw)
     * are a few instructions on scratch registers, so values stay in registers across them; every
     * other intrinsic counts as a call.
     */
    record Intrinsic(String name, VReg dst, List<VReg> args) implements Insn {
        public List<VReg> uses() { return args; }
        public VReg def() { return dst; }
        public boolean isCall() { return !isPureArithmetic() && !name.startsWith(Intrinsics.CHECKED_INTEGER_PREFIX); }

        /** @return whether the intrinsic is register arithmetic only: no call, no memory, no exception */
        public boolean isPureArithmetic() {
            return name.startsWith("fp.") || name.startsWith("int.");
        }
    }

    /** dst = obj.field. */
    record GetField(VReg dst, VReg obj, FieldInfo field) implements Insn {
        public List<VReg> uses() { return List.of(obj); }
        public VReg def() { return dst; }
    }

    /** obj.field = value. */
    record PutField(VReg obj, FieldInfo field, VReg value) implements Insn {
        public List<VReg> uses() { return List.of(obj, value); }
    }

    /** dst = a static field. */
    record GetStatic(VReg dst, FieldInfo field) implements Insn {
        public List<VReg> uses() { return List.of(); }
        public VReg def() { return dst; }
    }

    /** a static field = value. */
    record PutStatic(FieldInfo field, VReg value) implements Insn {
        public List<VReg> uses() { return List.of(value); }
    }

    /** dst = a new zeroed instance of a class. */
    record New(VReg dst, String className) implements Insn {
        public List<VReg> uses() { return List.of(); }
        public VReg def() { return dst; }
        public boolean isCall() { return true; }
    }

    /** dst = a new zeroed array; arrayDescriptor is the array type such as {@code [I}. */
    record NewArray(VReg dst, String arrayDescriptor, VReg length) implements Insn {
        public List<VReg> uses() { return List.of(length); }
        public VReg def() { return dst; }
        public boolean isCall() { return true; }
    }

    /** dst = array.length. */
    record ArrayLength(VReg dst, VReg array) implements Insn {
        public List<VReg> uses() { return List.of(array); }
        public VReg def() { return dst; }
    }

    /** dst = array[index]; elementDescriptor gives width and extension. */
    record ArrayLoad(VReg dst, VReg array, VReg index, String elementDescriptor) implements Insn {
        public List<VReg> uses() { return List.of(array, index); }
        public VReg def() { return dst; }
    }

    /** array[index] = value. */
    record ArrayStore(VReg array, VReg index, VReg value, String elementDescriptor) implements Insn {
        public List<VReg> uses() { return List.of(array, index, value); }
        public boolean isCall() { return elementDescriptor.charAt(0) == 'L' || elementDescriptor.charAt(0) == '['; }
    }

    /** dst = obj instanceof type (a class, interface or array descriptor in internal form). */
    record InstanceOf(VReg dst, VReg obj, String type) implements Insn {
        public List<VReg> uses() { return List.of(obj); }
        public VReg def() { return dst; }
        public boolean isCall() { return type.startsWith("["); }
    }

    /** Fails with ClassCastException unless obj is null or an instance of type. */
    record CheckCast(VReg obj, String type) implements Insn {
        public List<VReg> uses() { return List.of(obj); }
        public boolean isCall() { return type.startsWith("["); }
    }

    /** Goes to target. */
    record Goto(Block target) implements Terminator {
        public List<VReg> uses() { return List.of(); }
        public List<Block> targets() { return List.of(target); }
    }

    /**
     * Goes to ifTrue when {@code a cond b} (b null: compare with zero or null), else to ifFalse. On
     * float or double operands (only orderings, made by {@code CompareFusion}) {@code GT} and
     * {@code GE} hold only when neither operand is NaN, {@code LT} and {@code LE} also when one is.
     */
    record If(Cond cond, VReg a, VReg b, Block ifTrue, Block ifFalse) implements Terminator {
        public List<VReg> uses() { return b == null ? List.of(a) : List.of(a, b); }
        public List<Block> targets() { return List.of(ifTrue, ifFalse); }
    }

    /** Multi-way branch on an int key. */
    record Switch(VReg key, int[] keys, List<Block> cases, Block otherwise) implements Terminator {
        public List<VReg> uses() { return List.of(key); }
        public List<Block> targets() {
            List<Block> all = new ArrayList<>(cases);
            all.add(otherwise);
            return all;
        }
    }

    /** Returns, with a value or none. */
    record Return(VReg value) implements Terminator {
        public List<VReg> uses() { return value == null ? List.of() : List.of(value); }
        public List<Block> targets() { return List.of(); }
    }

    /** Throws an exception object. */
    record Throw(VReg exception) implements Terminator {
        public List<VReg> uses() { return List.of(exception); }
        public List<Block> targets() { return List.of(); }
        public boolean isCall() { return true; }
    }
}
