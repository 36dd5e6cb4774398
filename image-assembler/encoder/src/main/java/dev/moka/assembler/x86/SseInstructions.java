package dev.moka.assembler.x86;

/**
 * SSE/SSE2 scalar floating point: moves, arithmetic, comparisons and conversions for
 * {@code float} ({@code ss}, prefix F3) and {@code double} ({@code sd}, prefix F2). Not in REAL16
 * mode, where a boot loader has no use for them.
 */
abstract class SseInstructions extends SystemInstructions {
    private static final int SD = 0xF2;
    private static final int SS = 0xF3;
    private static final int PD = 0x66;

    SseInstructions(Assembler.Mode mode) {
        super(mode);
    }

    /** {@code movsd dst, src} (low double only). */
    public void movsd(Xmm dst, Xmm src) {
        xx("movsd", SD, 0x0F10, dst, src);
    }

    /** {@code movsd dst, [src]}. */
    public void movsd(Xmm dst, Mem src) {
        xm("movsd", SD, 0x0F10, dst, src);
    }

    /** {@code movsd [dst], src}. */
    public void movsd(Mem dst, Xmm src) {
        xm("movsd", SD, 0x0F11, src, dst);
    }

    /**
     * {@code movaps dst, src}: copies the whole register. For a register-to-register copy of a float
     * or double it is what {@code movss}/{@code movsd} are not: those keep the destination's upper
     * bits and so wait for whatever last wrote the destination, a false dependency.
     */
    public void movaps(Xmm dst, Xmm src) {
        xx("movaps", 0, 0x0F28, dst, src);
    }

    /** {@code movss dst, src}. */
    public void movss(Xmm dst, Xmm src) {
        xx("movss", SS, 0x0F10, dst, src);
    }

    /** {@code movss dst, [src]}. */
    public void movss(Xmm dst, Mem src) {
        xm("movss", SS, 0x0F10, dst, src);
    }

    /** {@code movss [dst], src}. */
    public void movss(Mem dst, Xmm src) {
        xm("movss", SS, 0x0F11, src, dst);
    }

    /** {@code addsd}. */
    public void addsd(Xmm dst, Xmm src) {
        xx("addsd", SD, 0x0F58, dst, src);
    }

    /** {@code subsd}. */
    public void subsd(Xmm dst, Xmm src) {
        xx("subsd", SD, 0x0F5C, dst, src);
    }

    /** {@code mulsd}. */
    public void mulsd(Xmm dst, Xmm src) {
        xx("mulsd", SD, 0x0F59, dst, src);
    }

    /** {@code divsd}. */
    public void divsd(Xmm dst, Xmm src) {
        xx("divsd", SD, 0x0F5E, dst, src);
    }

    /** {@code sqrtsd}. */
    public void sqrtsd(Xmm dst, Xmm src) {
        xx("sqrtsd", SD, 0x0F51, dst, src);
    }

    /** {@code addss}. */
    public void addss(Xmm dst, Xmm src) {
        xx("addss", SS, 0x0F58, dst, src);
    }

    /** {@code subss}. */
    public void subss(Xmm dst, Xmm src) {
        xx("subss", SS, 0x0F5C, dst, src);
    }

    /** {@code mulss}. */
    public void mulss(Xmm dst, Xmm src) {
        xx("mulss", SS, 0x0F59, dst, src);
    }

    /** {@code divss}. */
    public void divss(Xmm dst, Xmm src) {
        xx("divss", SS, 0x0F5E, dst, src);
    }

    /** {@code sqrtss}. */
    public void sqrtss(Xmm dst, Xmm src) {
        xx("sqrtss", SS, 0x0F51, dst, src);
    }

    /** Unordered compare of doubles, setting ZF/PF/CF (PF=1 when either is NaN). */
    public void ucomisd(Xmm a, Xmm b) {
        xx("ucomisd", PD, 0x0F2E, a, b);
    }

    /** Unordered compare of floats. */
    public void ucomiss(Xmm a, Xmm b) {
        xx("ucomiss", 0, 0x0F2E, a, b);
    }

    /** Ordered compare of doubles (signals on QNaN). */
    public void comisd(Xmm a, Xmm b) {
        xx("comisd", PD, 0x0F2F, a, b);
    }

    /** Ordered compare of floats. */
    public void comiss(Xmm a, Xmm b) {
        xx("comiss", 0, 0x0F2F, a, b);
    }

    /** Signed integer (32 or 64 bits) to double. */
    public void cvtsi2sd(int srcBits, Xmm dst, Reg src) {
        xr("cvtsi2sd", SD, 0x0F2A, srcBits, dst, src);
    }

    /** Signed integer (32 or 64 bits) to float. */
    public void cvtsi2ss(int srcBits, Xmm dst, Reg src) {
        xr("cvtsi2ss", SS, 0x0F2A, srcBits, dst, src);
    }

    /** Double to signed integer (32 or 64 bits), truncating. */
    public void cvttsd2si(int dstBits, Reg dst, Xmm src) {
        rx("cvttsd2si", SD, 0x0F2C, dstBits, dst, src);
    }

    /** Float to signed integer (32 or 64 bits), truncating. */
    public void cvttss2si(int dstBits, Reg dst, Xmm src) {
        rx("cvttss2si", SS, 0x0F2C, dstBits, dst, src);
    }

    /** Float to double. */
    public void cvtss2sd(Xmm dst, Xmm src) {
        xx("cvtss2sd", SS, 0x0F5A, dst, src);
    }

    /** Double to float. */
    public void cvtsd2ss(Xmm dst, Xmm src) {
        xx("cvtsd2ss", SD, 0x0F5A, dst, src);
    }

    /** {@code movq xmm, r64}: raw 64-bit copy into the low quadword. */
    public void movqToXmm(Xmm dst, Reg src) {
        requireLong("movq", dst, src);
        xr("movq", PD, 0x0F6E, 64, dst, src);
    }

    /** {@code movq r64, xmm}. */
    public void movqFromXmm(Reg dst, Xmm src) {
        requireLong("movq", dst, src);
        checkXmm("movq", src, dst, src);
        checkReg("movq", 64, dst, dst, src);
        enc.regReg(64, PD, 0x0F7E, src.code(), false, dst.code(), false);
    }

    /** {@code movd xmm, r32}. */
    public void movdToXmm(Xmm dst, Reg src) {
        xr("movd", PD, 0x0F6E, 32, dst, src);
    }

    /** {@code movd r32, xmm}. */
    public void movdFromXmm(Reg dst, Xmm src) {
        checkXmm("movd", src, dst, src);
        checkReg("movd", 32, dst, dst, src);
        enc.regReg(32, PD, 0x0F7E, src.code(), false, dst.code(), false);
    }

    /** {@code xorpd} (used to zero a register or flip a sign). */
    public void xorpd(Xmm dst, Xmm src) {
        xx("xorpd", PD, 0x0F57, dst, src);
    }

    /** {@code xorps}. */
    public void xorps(Xmm dst, Xmm src) {
        xx("xorps", 0, 0x0F57, dst, src);
    }

    private void xx(String insn, int prefix, int opcode, Xmm reg, Xmm rm) {
        checkXmm(insn, reg, reg, rm);
        checkXmm(insn, rm, reg, rm);
        enc.regReg(32, prefix, opcode, reg.code(), false, rm.code(), false);
    }

    private void xm(String insn, int prefix, int opcode, Xmm reg, Mem rm) {
        checkXmm(insn, reg, reg, rm);
        checkMem(insn, rm, reg, rm);
        enc.regMem(32, prefix, opcode, reg.code(), false, rm);
    }

    private void xr(String insn, int prefix, int opcode, int gprBits, Xmm reg, Reg rm) {
        checkBits(insn, gprBits, B32_64, gprBits, reg, rm);
        checkXmm(insn, reg, reg, rm);
        checkReg(insn, gprBits, rm, reg, rm);
        enc.regReg(gprBits, prefix, opcode, reg.code(), false, rm.code(), false);
    }

    private void rx(String insn, int prefix, int opcode, int gprBits, Reg reg, Xmm rm) {
        checkBits(insn, gprBits, B32_64, gprBits, reg, rm);
        checkXmm(insn, rm, reg, rm);
        checkReg(insn, gprBits, reg, reg, rm);
        enc.regReg(gprBits, prefix, opcode, reg.code(), false, rm.code(), false);
    }

    private void checkXmm(String insn, Xmm x, Object... operands) {
        if (x == null) {
            throw bad(insn, "register must not be null", operands);
        }
        rejectReal16(insn, "SSE instructions are not offered", operands);
        if (!isLong() && x.code() >= 8) {
            throw bad(insn, x + " needs a REX prefix, not available in " + mode + " mode", operands);
        }
    }
}
