package dev.moka.assembler.x86;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * State shared by every instruction family: the output buffer, labels, symbols, relocations, raw
 * data directives, and operand validation for the current {@link Assembler.Mode}.
 */
abstract class AssemblerCore {
    private static final AtomicInteger ASSEMBLER_IDS = new AtomicInteger();

    final Assembler.Mode mode;
    final CodeBuffer out = new CodeBuffer();
    final InstructionEncoder enc;
    final LabelFixups labels = new LabelFixups(this);
    private final int assemblerId = ASSEMBLER_IDS.getAndIncrement();
    private final Map<String, Integer> symbols = new LinkedHashMap<>();
    // In naming order, so definedSymbols() lists them the same way every run (labels hash by identity).
    private final Map<Label, String> labelSymbols = new LinkedHashMap<>();
    private final List<Relocation> relocations = new ArrayList<>();

    AssemblerCore(Assembler.Mode mode) {
        this.mode = mode;
        this.enc = new InstructionEncoder(out, mode);
    }

    /** Returns the offset of the next byte to be emitted. */
    public int position() {
        return out.position();
    }

    /**
     * Returns the code with every label reference resolved. Relocation fields stay zero.
     *
     * @throws IllegalStateException if a referenced label was never bound
     */
    public byte[] toByteArray() {
        byte[] code = out.copy();
        labels.resolve(code);
        return code;
    }

    /** Returns the relocations recorded so far, in emission order. */
    public List<Relocation> relocations() {
        return Collections.unmodifiableList(new ArrayList<>(relocations));
    }

    /** Creates a new, unbound label owned by this assembler. */
    public Label newLabel() {
        return labels.newLabel();
    }

    /** Binds {@code label} to the current position; a label can be bound only once. */
    public void bind(Label label) {
        labels.bind(label, out.position());
    }

    /** Returns true once {@code label} has been bound. */
    public boolean isBound(Label label) {
        labels.check(label);
        return label.position != Label.UNBOUND;
    }

    /** Returns the bound position of {@code label}; fails if it is unbound. */
    public int offsetOf(Label label) {
        if (!isBound(label)) {
            throw new IllegalStateException("label " + label + " is not bound");
        }
        return label.position;
    }

    /** Defines {@code name} as a symbol at the current position. Names must be unique. */
    public void defineSymbol(String name) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("symbol name must not be empty");
        }
        if (symbols.containsKey(name) || labelSymbols.containsValue(name)) {
            throw new IllegalArgumentException("symbol " + name + " is already defined");
        }
        symbols.put(name, out.position());
    }

    /**
     * Returns every defined symbol and its offset, including the internal symbols of bound labels
     * that were given a name by {@link #labelSymbol(Label)}.
     */
    public Map<String, Integer> definedSymbols() {
        Map<String, Integer> all = new LinkedHashMap<>(symbols);
        labelSymbols.forEach((label, name) -> {
            if (label.position != Label.UNBOUND) {
                all.put(name, label.position);
            }
        });
        return Collections.unmodifiableMap(all);
    }

    /**
     * Returns the internal symbol name that stands for {@code label}'s position, so absolute
     * references to a label can be relocated like any symbol. The name is
     * {@code __moka.label.<assembler number>.<label number>}, unique within the running JVM; it
     * appears in {@link #definedSymbols()} once the label is bound.
     */
    public String labelSymbol(Label label) {
        labels.check(label);
        return labelSymbols.computeIfAbsent(label, l -> "__moka.label." + assemblerId + "." + l.id);
    }

    // ---------------------------------------------------------------- raw data

    /** Emits one byte (the low 8 bits of {@code value}). */
    public void emit8(int value) {
        out.put8(value);
    }

    /** Emits a little-endian 16-bit value. */
    public void emit16(int value) {
        out.put16(value);
    }

    /** Emits a little-endian 32-bit value. */
    public void emit32(int value) {
        out.put32(value);
    }

    /** Emits a little-endian 64-bit value. */
    public void emit64(long value) {
        out.put64(value);
    }

    /** Emits the given bytes. */
    public void emitBytes(byte[] bytes) {
        out.putBytes(bytes.clone());
    }

    /** Pads with {@code fillByte} until the position is a multiple of {@code boundary} (a power of two). */
    public void align(int boundary, int fillByte) {
        if (boundary <= 0 || Integer.bitCount(boundary) != 1) {
            throw new IllegalArgumentException("align: boundary must be a power of two, not " + boundary);
        }
        while (out.position() % boundary != 0) {
            out.put8(fillByte);
        }
    }

    /** Emits a 32-bit data word holding {@code symbol + addend} (ABS32 relocation). */
    public void emitAbs32(String symbol, long addend) {
        relocateHere(Relocation.Kind.ABS32, symbol, addend);
        out.put32(0);
    }

    /** Emits a 64-bit data word holding {@code symbol + addend} (ABS64 relocation). */
    public void emitAbs64(String symbol, long addend) {
        relocateHere(Relocation.Kind.ABS64, symbol, addend);
        out.put64(0);
    }

    /** Emits a 32-bit data word holding the absolute address of {@code label}. */
    public void emitLabelAbs32(Label label) {
        emitAbs32(labelSymbol(label), 0);
    }

    /** Emits a 64-bit data word holding the absolute address of {@code label}. */
    public void emitLabelAbs64(Label label) {
        emitAbs64(labelSymbol(label), 0);
    }

    // ---------------------------------------------------------------- helpers for subclasses

    final boolean isLong() {
        return mode == Assembler.Mode.LONG64;
    }

    final boolean isReal16() {
        return mode == Assembler.Mode.REAL16;
    }

    final void relocateHere(Relocation.Kind kind, String symbol, long addend) {
        relocateAt(out.position(), kind, symbol, addend);
    }

    final void relocateAt(int field, Relocation.Kind kind, String symbol, long addend) {
        if (symbol == null || symbol.isEmpty()) {
            throw new IllegalArgumentException("relocation needs a symbol name");
        }
        relocations.add(new Relocation(field, kind, symbol, addend));
    }

    /**
     * Emits the long relative field to {@code target} (rel16 in REAL16 mode, rel32 elsewhere); the CPU
     * adds it to the address {@code trailing} bytes after it.
     */
    final void relTo(Label target, int trailing) {
        labels.check(target);
        int field = out.position();
        if (isReal16()) {
            out.put16(0);
            labels.addRel16(target, field, field + 2 + trailing);
        } else {
            out.put32(0);
            labels.addRel32(target, field, field + 4 + trailing);
        }
    }

    static IllegalArgumentException bad(String insn, String why, Object... operands) {
        return new IllegalArgumentException(insn + " " + describe(operands) + ": " + why);
    }

    private static String describe(Object... operands) {
        StringBuilder text = new StringBuilder();
        for (Object operand : operands) {
            if (!text.isEmpty()) {
                text.append(", ");
            }
            text.append(operand instanceof Object[] array ? Arrays.toString(array) : String.valueOf(operand));
        }
        return text.toString();
    }

    /** Checks an operand width: one of {@code allowed}, and never 64 in 32-bit mode. */
    final void checkBits(String insn, int bits, int[] allowed, Object... operands) {
        boolean ok = false;
        for (int width : allowed) {
            ok |= width == bits;
        }
        if (!ok) {
            throw bad(insn, "operand size " + bits + " not in " + Arrays.toString(allowed), operands);
        }
        if (bits == 64 && !isLong()) {
            throw bad(insn, "64-bit operands are not available in " + mode + " mode", operands);
        }
    }

    /** Checks a general register used at width {@code bits} in the current mode. */
    final void checkReg(String insn, int bits, Reg reg, Object... operands) {
        if (reg == null) {
            throw bad(insn, "register must not be null", operands);
        }
        if (!isLong() && reg.isExtended()) {
            throw bad(insn, reg + " needs a REX prefix, not available in " + mode + " mode", operands);
        }
        if (!isLong() && bits == 8 && reg.code() >= 4) {
            throw bad(insn, "8-bit " + reg + " (SPL/BPL/SIL/DIL) does not exist in " + mode + " mode;"
                    + " AH/CH/DH/BH are not supported", operands);
        }
    }

    /** Checks a memory operand in the current mode. */
    final void checkMem(String insn, Mem mem, Object... operands) {
        if (mem == null) {
            throw bad(insn, "memory operand must not be null", operands);
        }
        if (mem.isAbsolute() && !isReal16()) {
            throw bad(insn, "absolute addresses are offered in REAL16 mode only; use a symbol", operands);
        }
        if (!isLong() && !mem.isAbsolute()
                && (mem.base().isExtended() || mem.index() != null && mem.index().isExtended())) {
            throw bad(insn, "R8-R15 are not available in " + mode + " mode", operands);
        }
        if (isReal16()) {
            checkMem16(insn, mem, operands);
        }
    }

    /** 16-bit addressing has one base (BX or BP) and one index (SI or DI), each optional, and a disp16. */
    private static void checkMem16(String insn, Mem mem, Object... operands) {
        Reg base = mem.base();
        Reg index = mem.index();
        if (mem.isAbsolute()) {
            if (mem.disp() < 0 || mem.disp() > 0xFFFF) {
                throw bad(insn, "address " + mem.disp() + " does not fit in 16 bits", operands);
            }
            return;
        }
        boolean pair = (base == Reg.RBX || base == Reg.RBP) && (index == Reg.RSI || index == Reg.RDI);
        boolean single = index == null
                && (base == Reg.RBX || base == Reg.RBP || base == Reg.RSI || base == Reg.RDI);
        if (!pair && !single || mem.scale() != 1) {
            throw bad(insn, "16-bit addressing takes [BX|BP + SI|DI + disp] or [BX|BP|SI|DI + disp]", operands);
        }
        if (mem.disp() < Short.MIN_VALUE || mem.disp() > 0xFFFF) {
            throw bad(insn, "displacement " + mem.disp() + " does not fit in 16 bits", operands);
        }
    }

    /** Checks that the instruction exists outside 16-bit mode only. */
    final void rejectReal16(String insn, String why, Object... operands) {
        if (isReal16()) {
            throw bad(insn, why + " in REAL16 mode", operands);
        }
    }

    /** Checks that the instruction exists only in 64-bit mode. */
    final void requireLong(String insn, Object... operands) {
        if (!isLong()) {
            throw bad(insn, "only available in LONG64 mode", operands);
        }
    }

    static final int[] B8_16_32_64 = {8, 16, 32, 64};
    static final int[] B16_32_64 = {16, 32, 64};
    static final int[] B8_16_32 = {8, 16, 32};
    static final int[] B32_64 = {32, 64};

    /** Returns the immediate truncated to {@code bits} after checking it is representable. */
    static long checkImm(String insn, int bits, long imm, Object... operands) {
        long min = bits == 64 ? Long.MIN_VALUE : -(1L << (bits - 1));
        long max = bits == 64 ? Long.MAX_VALUE : (1L << bits) - 1;
        if (imm < min || imm > max) {
            throw bad(insn, "immediate " + imm + " does not fit in " + bits + " bits", operands);
        }
        return imm;
    }

    static boolean fitsInt8(long value) {
        return value == (byte) value;
    }

    /** Writes an immediate of {@code bits} width (64 means a sign-extended imm32). */
    final void imm(int bits, long value) {
        switch (bits) {
            case 8 -> out.put8((int) value);
            case 16 -> out.put16((int) value);
            default -> out.put32((int) value);
        }
    }
}
