package dev.moka.assembler.x86;

/** Moves, loads, stores, address computation and sign/zero extension. */
abstract class DataMovement extends AssemblerCore {

    DataMovement(Assembler.Mode mode) {
        super(mode);
    }

    /** {@code mov dst, src} between registers (opcode 0x88/0x89, as GNU as picks). */
    public void mov(int bits, Reg dst, Reg src) {
        checkBits("mov", bits, B8_16_32_64, bits, dst, src);
        checkReg("mov", bits, dst, bits, dst, src);
        checkReg("mov", bits, src, bits, dst, src);
        enc.regReg(bits, 0, bits == 8 ? 0x88 : 0x89, src.code(), bits == 8, dst.code(), bits == 8);
    }

    /** Load: {@code mov dst, [src]}; the accumulator and a fixed address take the short moffs form. */
    public void mov(int bits, Reg dst, Mem src) {
        checkBits("mov", bits, B8_16_32_64, bits, dst, src);
        checkReg("mov", bits, dst, bits, dst, src);
        checkMem("mov", src, bits, dst, src);
        if (dst == Reg.RAX && src.isAbsolute()) {
            enc.plain(bits, 0, bits == 8 ? 0xA0 : 0xA1);
            out.put16(src.disp());
            return;
        }
        enc.regMem(bits, 0, bits == 8 ? 0x8A : 0x8B, dst.code(), bits == 8, src);
    }

    /** Store: {@code mov [dst], src}; the accumulator and a fixed address take the short moffs form. */
    public void mov(int bits, Mem dst, Reg src) {
        checkBits("mov", bits, B8_16_32_64, bits, dst, src);
        checkReg("mov", bits, src, bits, dst, src);
        checkMem("mov", dst, bits, dst, src);
        if (src == Reg.RAX && dst.isAbsolute()) {
            enc.plain(bits, 0, bits == 8 ? 0xA2 : 0xA3);
            out.put16(dst.disp());
            return;
        }
        enc.regMem(bits, 0, bits == 8 ? 0x88 : 0x89, src.code(), bits == 8, dst);
    }

    /**
     * {@code mov dst, imm} in the shortest form that does not touch the flags. At 64 bits: values in
     * [0, 2^32) use {@code mov r32, imm32} (zero-extends), other values that fit a signed 32-bit
     * integer use {@code mov r/m64, imm32} (sign-extends), everything else {@code movabs r64, imm64}.
     * Narrower widths accept signed or unsigned values of that width.
     */
    public void movImm(int bits, Reg dst, long imm) {
        checkBits("movImm", bits, B8_16_32_64, bits, dst, imm);
        checkReg("movImm", bits, dst, bits, dst, imm);
        checkImm("movImm", bits, imm, bits, dst, imm);
        if (bits == 64 && imm >= 0 && imm <= 0xFFFF_FFFFL) {
            bits = 32;
        }
        if (bits == 64 && imm == (int) imm) {
            enc.regReg(64, 0, 0xC7, 0, false, dst.code(), false);
            out.put32((int) imm);
        } else if (bits == 64) {
            enc.opcodePlusReg(64, 0, 0xB8, dst.code(), false);
            out.put64(imm);
        } else {
            enc.opcodePlusReg(bits, 0, bits == 8 ? 0xB0 : 0xB8, dst.code(), bits == 8);
            imm(bits, imm);
        }
    }

    /** Store immediate: {@code mov [dst], imm}; at 64 bits the imm32 is sign-extended. */
    public void movImm(int bits, Mem dst, int imm) {
        checkBits("movImm", bits, B8_16_32_64, bits, dst, imm);
        checkMem("movImm", dst, bits, dst, imm);
        checkImm("movImm", Math.min(bits, 32), imm, bits, dst, imm);
        enc.regMem(bits, 0, bits == 8 ? 0xC6 : 0xC7, 0, false, dst);
        imm(bits, imm);
    }

    /** {@code movabs dst, symbol + addend}: a 64-bit absolute address (ABS64 relocation). */
    public void movAbs64Symbol(Reg dst, String symbol, long addend) {
        requireLong("movabs", dst, symbol);
        checkReg("movabs", 64, dst, dst, symbol);
        enc.opcodePlusReg(64, 0, 0xB8, dst.code(), false);
        emitAbs64(symbol, addend);
    }

    /**
     * {@code mov r32, symbol + addend} with an ABS32 relocation: the address must lie below 4 GiB.
     * In 64-bit mode the upper half of the register is cleared.
     */
    public void movAbs32Symbol(Reg dst, String symbol, long addend) {
        checkReg("mov", 32, dst, dst, symbol);
        enc.opcodePlusReg(32, 0, 0xB8, dst.code(), false);
        emitAbs32(symbol, addend);
    }

    /** {@code lea dst, [src]} at the natural address width (64 bits in LONG64, 32 in PROTECTED32, 16 in REAL16). */
    public void lea(Reg dst, Mem src) {
        int bits = isLong() ? 64 : isReal16() ? 16 : 32;
        checkReg("lea", bits, dst, dst, src);
        checkMem("lea", src, dst, src);
        enc.regMem(bits, 0, 0x8D, dst.code(), false, src);
    }

    /** {@code lea dst, [rip + symbol + addend]} with a PC_REL32 relocation. */
    public void leaRip(Reg dst, String symbol, long addend) {
        requireLong("lea", dst, symbol);
        checkReg("lea", 64, dst, dst, symbol);
        int field = enc.regRip(64, 0, 0x8D, dst.code(), false);
        relocateAt(field, Relocation.Kind.PC_REL32, symbol, addend - 4);
    }

    /** {@code lea dst, [rip + label]}, resolved inside this assembler. */
    public void leaRip(Reg dst, Label label) {
        requireLong("lea", dst, label);
        checkReg("lea", 64, dst, dst, label);
        labels.check(label);
        int field = enc.regRip(64, 0, 0x8D, dst.code(), false);
        labels.addRel32(label, field, field + 4);
    }

    /** Load {@code mov dst, [rip + symbol + addend]} with a PC_REL32 relocation. */
    public void movRipLoad(int bits, Reg dst, String symbol, long addend) {
        requireLong("mov", bits, dst, symbol);
        checkBits("mov", bits, B8_16_32_64, bits, dst, symbol);
        checkReg("mov", bits, dst, bits, dst, symbol);
        int field = enc.regRip(bits, 0, bits == 8 ? 0x8A : 0x8B, dst.code(), bits == 8);
        relocateAt(field, Relocation.Kind.PC_REL32, symbol, addend - 4);
    }

    /** Store {@code mov [rip + symbol + addend], src} with a PC_REL32 relocation. */
    public void movRipStore(int bits, String symbol, long addend, Reg src) {
        requireLong("mov", bits, symbol, src);
        checkBits("mov", bits, B8_16_32_64, bits, symbol, src);
        checkReg("mov", bits, src, bits, symbol, src);
        int field = enc.regRip(bits, 0, bits == 8 ? 0x88 : 0x89, src.code(), bits == 8);
        relocateAt(field, Relocation.Kind.PC_REL32, symbol, addend - 4);
    }

    /** Sign extension: {@code movsx} (srcBits 8 or 16) or {@code movsxd} (srcBits 32, dstBits 64). */
    public void movsx(int dstBits, Reg dst, int srcBits, Reg src) {
        int opcode = extendOpcode("movsx", true, dstBits, srcBits, dst, src);
        checkReg("movsx", srcBits, src, dstBits, dst, srcBits, src);
        enc.regReg(dstBits, 0, opcode, dst.code(), false, src.code(), srcBits == 8);
    }

    /** Sign-extending load; see {@link #movsx(int, Reg, int, Reg)}. */
    public void movsx(int dstBits, Reg dst, int srcBits, Mem src) {
        int opcode = extendOpcode("movsx", true, dstBits, srcBits, dst, src);
        checkMem("movsx", src, dstBits, dst, srcBits, src);
        enc.regMem(dstBits, 0, opcode, dst.code(), false, src);
    }

    /** Zero extension from 8 or 16 bits (32 to 64 is a plain 32-bit {@code mov}). */
    public void movzx(int dstBits, Reg dst, int srcBits, Reg src) {
        int opcode = extendOpcode("movzx", false, dstBits, srcBits, dst, src);
        checkReg("movzx", srcBits, src, dstBits, dst, srcBits, src);
        enc.regReg(dstBits, 0, opcode, dst.code(), false, src.code(), srcBits == 8);
    }

    /** Zero-extending load; see {@link #movzx(int, Reg, int, Reg)}. */
    public void movzx(int dstBits, Reg dst, int srcBits, Mem src) {
        int opcode = extendOpcode("movzx", false, dstBits, srcBits, dst, src);
        checkMem("movzx", src, dstBits, dst, srcBits, src);
        enc.regMem(dstBits, 0, opcode, dst.code(), false, src);
    }

    // ---------------------------------------------------------------- string instructions
    // They address [RSI] and [RDI] at the mode's address width (SI and DI in REAL16 mode, with DS and ES).

    /** {@code cld}: string instructions step upwards. */
    public void cld() {
        out.put8(0xFC);
    }

    /** {@code std}: string instructions step downwards (for copies between overlapping ranges). */
    public void std() {
        out.put8(0xFD);
    }

    /** {@code lodsb/w/d/q}: load the accumulator from [RSI] and advance RSI. */
    public void lods(int bits) {
        string("lods", bits, 0, 0xAC);
    }

    /** {@code stosb/w/d/q}: store the accumulator at [RDI] and advance RDI. */
    public void stos(int bits) {
        string("stos", bits, 0, 0xAA);
    }

    /** {@code movsb/w/d/q}: copy [RSI] to [RDI] and advance both. */
    public void movs(int bits) {
        string("movs", bits, 0, 0xA4);
    }

    /** {@code rep stosb/w/d/q}: fill RCX elements at [RDI] with the accumulator. */
    public void repStos(int bits) {
        string("rep stos", bits, REP, 0xAA);
    }

    /** {@code rep movsb/w/d/q}: copy RCX elements from [RSI] to [RDI]. */
    public void repMovs(int bits) {
        string("rep movs", bits, REP, 0xA4);
    }

    /** {@code repe scasb/w/d/q}: compare the accumulator with [RDI] and advance, while equal and RCX is not zero. */
    public void repeScas(int bits) {
        string("repe scas", bits, REP, 0xAE);
    }

    private static final int REP = 0xF3;

    private void string(String insn, int bits, int prefix, int byteOpcode) {
        checkBits(insn, bits, B8_16_32_64, bits);
        enc.plain(bits, prefix, bits == 8 ? byteOpcode : byteOpcode + 1);
    }

    private int extendOpcode(String insn, boolean signed, int dstBits, int srcBits, Reg dst, Object src) {
        checkBits(insn, dstBits, B16_32_64, dstBits, dst, srcBits, src);
        checkReg(insn, dstBits, dst, dstBits, dst, srcBits, src);
        if (srcBits >= dstBits || srcBits != 8 && srcBits != 16 && !(signed && srcBits == 32)) {
            throw bad(insn, "cannot extend " + srcBits + " to " + dstBits + " bits", dstBits, dst, srcBits, src);
        }
        return switch (srcBits) {
            case 8 -> signed ? 0x0FBE : 0x0FB6;
            case 16 -> signed ? 0x0FBF : 0x0FB7;
            default -> 0x63;
        };
    }
}
