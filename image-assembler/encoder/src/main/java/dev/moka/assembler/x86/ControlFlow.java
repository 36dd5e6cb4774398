package dev.moka.assembler.x86;

/**
 * Jumps, calls, returns and stack operations. Jumps to a label that is already bound and within
 * -128..127 bytes use the two-byte rel8 form (as GNU as does); every other label jump uses rel32
 * (rel16 in REAL16 mode), so code never has to be re-laid out.
 */
abstract class ControlFlow extends Arithmetic {

    ControlFlow(Assembler.Mode mode) {
        super(mode);
    }

    /** {@code jmp label}. */
    public void jmp(Label target) {
        labels.check(target);
        if (!tryShortJump(0xEB, target)) {
            out.put8(0xE9);
            relTo(target, 0);
        }
    }

    /** {@code jcc label}. */
    public void jcc(Cond c, Label target) {
        labels.check(target);
        if (!tryShortJump(0x70 + c.code(), target)) {
            out.put8(0x0F);
            out.put8(0x80 + c.code());
            relTo(target, 0);
        }
    }

    /** Indirect {@code jmp r} (the full-width register of the mode). */
    public void jmp(Reg r) {
        checkReg("jmp", 64, r, r);
        enc.regReg(InstructionEncoder.FIXED_SIZE, 0, 0xFF, 4, false, r.code(), false);
    }

    /** Indirect {@code jmp [m]}. */
    public void jmp(Mem m) {
        checkMem("jmp", m, m);
        enc.regMem(InstructionEncoder.FIXED_SIZE, 0, 0xFF, 4, false, m);
    }

    /** {@code call label} (E8 rel32). */
    public void call(Label target) {
        labels.check(target);
        out.put8(0xE8);
        relTo(target, 0);
    }

    /** {@code call symbol}: E8 rel32 with a PC_REL32 relocation (addend -4); not in REAL16 mode. */
    public void callSymbol(String symbol) {
        rejectReal16("call", "a symbol call needs a 16-bit PC-relative relocation, which does not exist", symbol);
        out.put8(0xE8);
        relocateHere(Relocation.Kind.PC_REL32, symbol, -4);
        out.put32(0);
    }

    /** Indirect {@code call r}. */
    public void call(Reg r) {
        checkReg("call", 64, r, r);
        enc.regReg(InstructionEncoder.FIXED_SIZE, 0, 0xFF, 2, false, r.code(), false);
    }

    /** Indirect {@code call [m]}. */
    public void call(Mem m) {
        checkMem("call", m, m);
        enc.regMem(InstructionEncoder.FIXED_SIZE, 0, 0xFF, 2, false, m);
    }

    /** {@code ret}. */
    public void ret() {
        out.put8(0xC3);
    }

    /** {@code push r} (the full-width register of the mode). */
    public void push(Reg r) {
        checkReg("push", 64, r, r);
        enc.opcodePlusReg(InstructionEncoder.FIXED_SIZE, 0, 0x50, r.code(), false);
    }

    /** {@code pop r}. */
    public void pop(Reg r) {
        checkReg("pop", 64, r, r);
        enc.opcodePlusReg(InstructionEncoder.FIXED_SIZE, 0, 0x58, r.code(), false);
    }

    /**
     * {@code push imm}: imm8 form when it fits, else imm32 (imm16 in REAL16 mode, where the value
     * must fit 16 bits); sign-extended to the stack width.
     */
    public void pushImm(int imm) {
        if (fitsInt8(imm)) {
            out.put8(0x6A);
            out.put8(imm);
        } else if (isReal16()) {
            checkImm("push", 16, imm, imm);
            out.put8(0x68);
            out.put16(imm);
        } else {
            out.put8(0x68);
            out.put32(imm);
        }
    }

    /** {@code leave}. */
    public void leave() {
        out.put8(0xC9);
    }

    private boolean tryShortJump(int opcode, Label target) {
        if (target.position == Label.UNBOUND) {
            return false;
        }
        int distance = target.position - (out.position() + 2);
        if (!fitsInt8(distance)) {
            return false;
        }
        out.put8(opcode);
        out.put8(distance);
        return true;
    }
}
