package dev.moka.assembler.x86;

/** Integer arithmetic, logic, shifts, comparisons and flag consumers ({@code setcc}, {@code cmov}). */
abstract class Arithmetic extends DataMovement {
    /** The {@code lock} prefix: the instruction's memory read-modify-write is atomic. */
    private static final int LOCK = 0xF0;

    Arithmetic(Assembler.Mode mode) {
        super(mode);
    }

    /** {@code op dst, src} between registers (the r/m, reg form GNU as picks). */
    public void alu(AluOp op, int bits, Reg dst, Reg src) {
        String insn = name(op);
        checkBits(insn, bits, B8_16_32_64, bits, dst, src);
        checkReg(insn, bits, dst, bits, dst, src);
        checkReg(insn, bits, src, bits, dst, src);
        enc.regReg(bits, 0, op.code() * 8 + (bits == 8 ? 0 : 1), src.code(), bits == 8, dst.code(), bits == 8);
    }

    /** {@code op dst, [src]}. */
    public void alu(AluOp op, int bits, Reg dst, Mem src) {
        String insn = name(op);
        checkBits(insn, bits, B8_16_32_64, bits, dst, src);
        checkReg(insn, bits, dst, bits, dst, src);
        checkMem(insn, src, bits, dst, src);
        enc.regMem(bits, 0, op.code() * 8 + (bits == 8 ? 2 : 3), dst.code(), bits == 8, src);
    }

    /** {@code op dst, [rip + symbol + addend]} with a PC_REL32 relocation. */
    public void aluRip(AluOp op, int bits, Reg dst, String symbol, long addend) {
        String insn = name(op);
        requireLong(insn, bits, dst, symbol);
        checkBits(insn, bits, B8_16_32_64, bits, dst, symbol);
        checkReg(insn, bits, dst, bits, dst, symbol);
        int field = enc.regRip(bits, 0, op.code() * 8 + (bits == 8 ? 2 : 3), dst.code(), bits == 8);
        relocateAt(field, Relocation.Kind.PC_REL32, symbol, addend - 4);
    }

    /** {@code op [dst], src}. */
    public void alu(AluOp op, int bits, Mem dst, Reg src) {
        String insn = name(op);
        checkBits(insn, bits, B8_16_32_64, bits, dst, src);
        checkReg(insn, bits, src, bits, dst, src);
        checkMem(insn, dst, bits, dst, src);
        enc.regMem(bits, 0, op.code() * 8 + (bits == 8 ? 0 : 1), src.code(), bits == 8, dst);
    }

    /**
     * {@code op dst, imm}: the sign-extended imm8 form when the value fits, else the short
     * accumulator form for RAX, else the full immediate form (GNU as's choice). At 64 bits the
     * imm32 is sign-extended; at 8 and 16 bits signed or unsigned values of that width are accepted.
     */
    public void aluImm(AluOp op, int bits, Reg dst, int imm) {
        String insn = name(op);
        checkBits(insn, bits, B8_16_32_64, bits, dst, imm);
        checkReg(insn, bits, dst, bits, dst, imm);
        long value = narrow(insn, bits, imm, dst);
        if (bits == 8) {
            if (dst == Reg.RAX) {
                enc.plain(8, 0, op.code() * 8 + 4);
            } else {
                enc.regReg(8, 0, 0x80, op.code(), false, dst.code(), true);
            }
            out.put8((int) value);
        } else if (fitsInt8(value)) {
            enc.regReg(bits, 0, 0x83, op.code(), false, dst.code(), false);
            out.put8((int) value);
        } else {
            if (dst == Reg.RAX) {
                enc.plain(bits, 0, op.code() * 8 + 5);
            } else {
                enc.regReg(bits, 0, 0x81, op.code(), false, dst.code(), false);
            }
            imm(bits, value);
        }
    }

    /** {@code op [dst], imm}, with the same immediate rules as {@link #aluImm(AluOp, int, Reg, int)}. */
    public void aluImm(AluOp op, int bits, Mem dst, int imm) {
        String insn = name(op);
        checkBits(insn, bits, B8_16_32_64, bits, dst, imm);
        checkMem(insn, dst, bits, dst, imm);
        long value = narrow(insn, bits, imm, dst);
        if (bits == 8) {
            enc.regMem(8, 0, 0x80, op.code(), false, dst);
            out.put8((int) value);
        } else if (fitsInt8(value)) {
            enc.regMem(bits, 0, 0x83, op.code(), false, dst);
            out.put8((int) value);
        } else {
            enc.regMem(bits, 0, 0x81, op.code(), false, dst);
            imm(bits, value);
        }
    }

    /** {@code cmp a, b}: shorthand for {@code alu(CMP, ...)}. */
    public void cmp(int bits, Reg a, Reg b) {
        alu(AluOp.CMP, bits, a, b);
    }

    /** {@code cmp a, imm}: shorthand for {@code aluImm(CMP, ...)}. */
    public void cmpImm(int bits, Reg a, int imm) {
        aluImm(AluOp.CMP, bits, a, imm);
    }

    /** {@code test a, b}. */
    public void test(int bits, Reg a, Reg b) {
        checkBits("test", bits, B8_16_32_64, bits, a, b);
        checkReg("test", bits, a, bits, a, b);
        checkReg("test", bits, b, bits, a, b);
        enc.regReg(bits, 0, bits == 8 ? 0x84 : 0x85, b.code(), bits == 8, a.code(), bits == 8);
    }

    /** {@code test a, imm} (there is no imm8 form; RAX uses the short accumulator form). */
    public void testImm(int bits, Reg a, int imm) {
        checkBits("test", bits, B8_16_32_64, bits, a, imm);
        checkReg("test", bits, a, bits, a, imm);
        long value = narrow("test", bits, imm, a);
        if (a == Reg.RAX) {
            enc.plain(bits, 0, bits == 8 ? 0xA8 : 0xA9);
        } else {
            enc.regReg(bits, 0, bits == 8 ? 0xF6 : 0xF7, 0, false, a.code(), bits == 8);
        }
        imm(bits, value);
    }

    /** Two-operand signed multiply {@code imul dst, src} (16, 32 or 64 bits). */
    public void imul(int bits, Reg dst, Reg src) {
        checkBits("imul", bits, B16_32_64, bits, dst, src);
        checkReg("imul", bits, dst, bits, dst, src);
        checkReg("imul", bits, src, bits, dst, src);
        enc.regReg(bits, 0, 0x0FAF, dst.code(), false, src.code(), false);
    }

    /** {@code imul dst, [src]}. */
    public void imul(int bits, Reg dst, Mem src) {
        checkBits("imul", bits, B16_32_64, bits, dst, src);
        checkReg("imul", bits, dst, bits, dst, src);
        checkMem("imul", src, bits, dst, src);
        enc.regMem(bits, 0, 0x0FAF, dst.code(), false, src);
    }

    /** Three-operand {@code imul dst, src, imm} (imm8 form when it fits). */
    public void imulImm(int bits, Reg dst, Reg src, int imm) {
        checkBits("imul", bits, B16_32_64, bits, dst, src, imm);
        checkReg("imul", bits, dst, bits, dst, src, imm);
        checkReg("imul", bits, src, bits, dst, src, imm);
        long value = narrow("imul", bits, imm, dst, src);
        boolean short8 = fitsInt8(value);
        enc.regReg(bits, 0, short8 ? 0x6B : 0x69, dst.code(), false, src.code(), false);
        imm(short8 ? 8 : bits, value);
    }

    /** {@code neg r}. */
    public void neg(int bits, Reg r) {
        unary("neg", 3, bits, r);
    }

    /** {@code not r}. */
    public void not(int bits, Reg r) {
        unary("not", 2, bits, r);
    }

    /** Unsigned widening multiply {@code mul r}: rDX:rAX = rAX * r. */
    public void mul(int bits, Reg r) {
        unary("mul", 4, bits, r);
    }

    /** Signed widening multiply {@code imul r} (one operand): rDX:rAX = rAX * r. */
    public void imulWide(int bits, Reg r) {
        unary("imul", 5, bits, r);
    }

    /** {@code bsr dst, src}: the index of src's highest set bit; dst is left as it was when src is 0. */
    public void bsr(int bits, Reg dst, Reg src) {
        bitScan("bsr", 0x0FBD, bits, dst, src);
    }

    /** {@code bsf dst, src}: the index of src's lowest set bit; dst is left as it was when src is 0. */
    public void bsf(int bits, Reg dst, Reg src) {
        bitScan("bsf", 0x0FBC, bits, dst, src);
    }

    private void bitScan(String insn, int opcode, int bits, Reg dst, Reg src) {
        checkBits(insn, bits, B16_32_64, bits, dst, src);
        checkReg(insn, bits, dst, bits, dst, src);
        checkReg(insn, bits, src, bits, dst, src);
        enc.regReg(bits, 0, opcode, dst.code(), false, src.code(), false);
    }

    /** Unsigned divide {@code div r}: rAX = rDX:rAX / r, rDX = remainder. */
    public void div(int bits, Reg r) {
        unary("div", 6, bits, r);
    }

    /** Signed divide {@code idiv r}: rAX = rDX:rAX / r, rDX = remainder. */
    public void idiv(int bits, Reg r) {
        unary("idiv", 7, bits, r);
    }

    /** {@code cdq}: sign-extend EAX into EDX. */
    public void cdq() {
        enc.plain(32, 0, 0x99);
    }

    /** {@code cqo}: sign-extend RAX into RDX. */
    public void cqo() {
        requireLong("cqo");
        enc.plain(64, 0, 0x99);
    }

    /** Shift or rotate {@code r} by CL. */
    public void shiftCl(ShiftOp op, int bits, Reg r) {
        String insn = op.name().toLowerCase(java.util.Locale.ROOT);
        checkBits(insn, bits, B8_16_32_64, bits, r, "cl");
        checkReg(insn, bits, r, bits, r, "cl");
        enc.regReg(bits, 0, bits == 8 ? 0xD2 : 0xD3, op.code(), false, r.code(), bits == 8);
    }

    /** Shift or rotate {@code r} by a constant 0-255; a count of 1 uses the short D0/D1 form like GNU as. */
    public void shiftImm(ShiftOp op, int bits, Reg r, int count) {
        String insn = op.name().toLowerCase(java.util.Locale.ROOT);
        checkBits(insn, bits, B8_16_32_64, bits, r, count);
        checkReg(insn, bits, r, bits, r, count);
        if (count < 0 || count > 255) {
            throw bad(insn, "shift count must be 0-255", bits, r, count);
        }
        if (count == 1) {
            enc.regReg(bits, 0, bits == 8 ? 0xD0 : 0xD1, op.code(), false, r.code(), bits == 8);
        } else {
            enc.regReg(bits, 0, bits == 8 ? 0xC0 : 0xC1, op.code(), false, r.code(), bits == 8);
            out.put8(count);
        }
    }

    /** {@code setcc dst8}: writes 0 or 1 to the low byte of {@code dst}. */
    public void setcc(Cond c, Reg dst) {
        checkReg("set" + c, 8, dst, c, dst);
        enc.regReg(8, 0, 0x0F90 + c.code(), 0, false, dst.code(), true);
    }

    /** {@code cmovcc dst, src} (16, 32 or 64 bits). */
    public void cmov(Cond c, int bits, Reg dst, Reg src) {
        checkBits("cmov" + c, bits, B16_32_64, bits, dst, src);
        checkReg("cmov" + c, bits, dst, bits, dst, src);
        checkReg("cmov" + c, bits, src, bits, dst, src);
        enc.regReg(bits, 0, 0x0F40 + c.code(), dst.code(), false, src.code(), false);
    }

    /** {@code xchg a, b}, using the one-byte rAX forms where GNU as does. */
    public void xchg(int bits, Reg a, Reg b) {
        checkBits("xchg", bits, B8_16_32_64, bits, a, b);
        checkReg("xchg", bits, a, bits, a, b);
        checkReg("xchg", bits, b, bits, a, b);
        if (bits == 8 || a == Reg.RAX && b == Reg.RAX && bits == 32 && isLong()) {
            // In 64-bit mode 0x90 is a nop that would not clear the upper half of RAX,
            // so xchg eax, eax needs the 0x87 form there.
            enc.regReg(bits, 0, bits == 8 ? 0x86 : 0x87, b.code(), bits == 8, a.code(), bits == 8);
        } else if (a == Reg.RAX && b == Reg.RAX) {
            enc.plain(bits == 64 ? 32 : bits, 0, 0x90);
        } else if (a == Reg.RAX || b == Reg.RAX) {
            enc.opcodePlusReg(bits, 0, 0x90, a == Reg.RAX ? b.code() : a.code(), false);
        } else {
            enc.regReg(bits, 0, 0x87, b.code(), false, a.code(), false);
        }
    }

    /**
     * {@code lock cmpxchg [dst], src}: compares the accumulator (AL/AX/EAX/RAX) with {@code [dst]}
     * and, when equal, stores {@code src} there, else loads {@code [dst]} into the accumulator, as
     * one atomic step; ZF tells which happened.
     */
    public void lockCmpxchg(int bits, Mem dst, Reg src) {
        checkBits("lock cmpxchg", bits, B8_16_32_64, bits, dst, src);
        checkReg("lock cmpxchg", bits, src, bits, dst, src);
        checkMem("lock cmpxchg", dst, bits, dst, src);
        enc.regMem(bits, LOCK, bits == 8 ? 0x0FB0 : 0x0FB1, src.code(), bits == 8, dst);
    }

    /** {@code bswap r} (32 or 64 bits). */
    public void bswap(int bits, Reg r) {
        checkBits("bswap", bits, B32_64, bits, r);
        checkReg("bswap", bits, r, bits, r);
        enc.opcodePlusReg(bits, 0, 0x0FC8, r.code(), false);
    }

    private void unary(String insn, int digit, int bits, Reg r) {
        checkBits(insn, bits, B8_16_32_64, bits, r);
        checkReg(insn, bits, r, bits, r);
        enc.regReg(bits, 0, bits == 8 ? 0xF6 : 0xF7, digit, false, r.code(), bits == 8);
    }

    private static String name(AluOp op) {
        return op.name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Range-checks {@code imm} for the width; 16-bit values are taken modulo 2^16 as GNU as does. */
    private static long narrow(String insn, int bits, int imm, Object... operands) {
        return switch (bits) {
            case 8 -> (byte) checkImm(insn, 8, imm, operands);
            case 16 -> (short) checkImm(insn, 16, imm, operands);
            default -> imm;
        };
    }
}
