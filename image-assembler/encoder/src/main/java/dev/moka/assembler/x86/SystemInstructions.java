package dev.moka.assembler.x86;

/** Privileged and system instructions used by boot code, trap handlers and drivers. */
abstract class SystemInstructions extends ControlFlow {

    SystemInstructions(Assembler.Mode mode) {
        super(mode);
    }

    /** {@code nop}. */
    public void nop() {
        out.put8(0x90);
    }

    /** {@code int3}. */
    public void int3() {
        out.put8(0xCC);
    }

    /**
     * {@code int vector}: a software interrupt through the IDT entry of {@code vector}, always in
     * the two-byte form (GNU as writes {@code int 3} as the one-byte {@code int3}, which differs in
     * virtual-8086 mode only).
     *
     * @param vector 0..255
     */
    public void intImm(int vector) {
        if (vector < 0 || vector > 255) {
            throw new IllegalArgumentException("int: vector " + vector + " is not in 0..255");
        }
        out.put8(0xCD);
        out.put8(vector);
    }

    /** {@code hlt}. */
    public void hlt() {
        out.put8(0xF4);
    }

    /** {@code cli}. */
    public void cli() {
        out.put8(0xFA);
    }

    /** {@code sti}. */
    public void sti() {
        out.put8(0xFB);
    }

    /** {@code cpuid}. */
    public void cpuid() {
        enc.plain(InstructionEncoder.FIXED_SIZE, 0, 0x0FA2);
    }

    /** {@code rdtsc}. */
    public void rdtsc() {
        enc.plain(InstructionEncoder.FIXED_SIZE, 0, 0x0F31);
    }

    /** {@code rdmsr}: EDX:EAX = MSR[ECX]. */
    public void rdmsr() {
        enc.plain(InstructionEncoder.FIXED_SIZE, 0, 0x0F32);
    }

    /** {@code wrmsr}: MSR[ECX] = EDX:EAX. */
    public void wrmsr() {
        enc.plain(InstructionEncoder.FIXED_SIZE, 0, 0x0F30);
    }

    /** {@code pause}. */
    public void pause() {
        enc.plain(InstructionEncoder.FIXED_SIZE, 0xF3, 0x90);
    }

    /** {@code pushfq}: pushes RFLAGS (long mode only, where the operand size is 64 bits by default). */
    public void pushfq() {
        requireLong("pushfq");
        out.put8(0x9C);
    }

    /** {@code popfq}: pops RFLAGS, the interrupt flag with it when run at CPL 0. */
    public void popfq() {
        requireLong("popfq");
        out.put8(0x9D);
    }

    /** {@code iretq} (64-bit interrupt return). */
    public void iretq() {
        requireLong("iretq");
        enc.plain(64, 0, 0xCF);
    }

    /** {@code swapgs}. */
    public void swapgs() {
        requireLong("swapgs");
        enc.plain(InstructionEncoder.FIXED_SIZE, 0, 0x0F01F8);
    }

    /** {@code syscall}. */
    public void syscall() {
        requireLong("syscall");
        enc.plain(InstructionEncoder.FIXED_SIZE, 0, 0x0F05);
    }

    /** {@code sysretq} (return to 64-bit user code). */
    public void sysretq() {
        requireLong("sysretq");
        enc.plain(64, 0, 0x0F07);
    }

    /** {@code ud2}: guaranteed invalid opcode (vector 6). */
    public void ud2() {
        enc.plain(InstructionEncoder.FIXED_SIZE, 0, 0x0F0B);
    }

    /** {@code in al/ax/eax, dx}. */
    public void inDx(int bits) {
        checkBits("in", bits, B8_16_32, bits, "dx");
        enc.plain(bits, 0, bits == 8 ? 0xEC : 0xED);
    }

    /** {@code out dx, al/ax/eax}. */
    public void outDx(int bits) {
        checkBits("out", bits, B8_16_32, "dx", bits);
        enc.plain(bits, 0, bits == 8 ? 0xEE : 0xEF);
    }

    /** {@code in al/ax/eax, port8}. */
    public void inImm(int bits, int port8) {
        checkBits("in", bits, B8_16_32, bits, port8);
        checkPort("in", bits, port8);
        enc.plain(bits, 0, bits == 8 ? 0xE4 : 0xE5);
        out.put8(port8);
    }

    /** {@code out port8, al/ax/eax}. */
    public void outImm(int bits, int port8) {
        checkBits("out", bits, B8_16_32, port8, bits);
        checkPort("out", bits, port8);
        enc.plain(bits, 0, bits == 8 ? 0xE6 : 0xE7);
        out.put8(port8);
    }

    /** {@code mov crN, src} for CR0, CR2, CR3, CR4 and (64-bit mode) CR8. */
    public void movToCr(int cr, Reg src) {
        checkCr("mov", cr, src);
        checkReg("mov", 64, src, "cr" + cr, src);
        enc.regReg(InstructionEncoder.FIXED_SIZE, 0, 0x0F22, cr, false, src.code(), false);
    }

    /** {@code mov dst, crN}. */
    public void movFromCr(Reg dst, int cr) {
        checkCr("mov", cr, dst);
        checkReg("mov", 64, dst, dst, "cr" + cr);
        enc.regReg(InstructionEncoder.FIXED_SIZE, 0, 0x0F20, cr, false, dst.code(), false);
    }

    /** {@code mov seg, src} (loads a segment register from the low 16 bits of {@code src}). */
    public void movToSeg(Seg seg, Reg src) {
        if (seg == Seg.CS) {
            throw bad("mov", "CS cannot be loaded with mov; use a far jump", seg, src);
        }
        checkReg("mov", 32, src, seg, src);
        enc.regReg(InstructionEncoder.FIXED_SIZE, 0, 0x8E, seg.code(), false, src.code(), false);
    }

    /** {@code lgdt [m]}. */
    public void lgdt(Mem m) {
        checkMem("lgdt", m, m);
        enc.regMem(InstructionEncoder.FIXED_SIZE, 0, 0x0F01, 2, false, m);
    }

    /** {@code lidt [m]}. */
    public void lidt(Mem m) {
        checkMem("lidt", m, m);
        enc.regMem(InstructionEncoder.FIXED_SIZE, 0, 0x0F01, 3, false, m);
    }

    /** {@code ltr r16}: loads the task register from a selector in the low 16 bits of {@code r}. */
    public void ltr(Reg r) {
        checkReg("ltr", 16, r, r);
        enc.regReg(InstructionEncoder.FIXED_SIZE, 0, 0x0F00, 3, false, r.code(), false);
    }

    /**
     * {@code fxsave64 [m]}: stores the x87, MMX and SSE state (512 bytes, {@code m} 16-byte aligned)
     * with 64-bit instruction and data pointers.
     */
    public void fxsave64(Mem m) {
        requireLong("fxsave64");
        checkMem("fxsave64", m, m);
        enc.regMem(64, 0, 0x0FAE, 0, false, m);
    }

    /** {@code fxrstor64 [m]}: loads the state {@link #fxsave64} stored. */
    public void fxrstor64(Mem m) {
        requireLong("fxrstor64");
        checkMem("fxrstor64", m, m);
        enc.regMem(64, 0, 0x0FAE, 1, false, m);
    }

    /** {@code invlpg [m]}. */
    public void invlpg(Mem m) {
        checkMem("invlpg", m, m);
        enc.regMem(InstructionEncoder.FIXED_SIZE, 0, 0x0F01, 7, false, m);
    }

    /**
     * {@code jmp selector:target} (opcode EA) with a 32-bit offset: ptr16:32 in PROTECTED32 mode, and
     * in REAL16 mode the {@code 0x66}-prefixed form GNU as writes for {@code data32 ljmp}, which is how
     * 16-bit code enters a 32-bit code segment. The offset is the label's absolute address, so it is
     * emitted as an ABS32 relocation against {@link #labelSymbol(Label) labelSymbol(target)}; the
     * linker resolves it with the symbols from {@link #definedSymbols()}. Not in LONG64 mode.
     */
    public void farJump(int selector, Label target) {
        farJumpSymbol(selector, labelSymbol(target), 0);
    }

    /** {@code jmp selector:(symbol + addend)} with an ABS32 relocation; see {@link #farJump(int, Label)}. */
    public void farJumpSymbol(int selector, String symbol, long addend) {
        checkFarJump(selector, symbol);
        enc.plain(32, 0, 0xEA);
        emitAbs32(symbol, addend);
        out.put16(selector);
    }

    /**
     * {@code jmp selector:offset} to a fixed address (opcode EA; ptr16:16 in REAL16 mode, ptr16:32 in
     * PROTECTED32 mode): how a boot sector reaches code it loaded at a known address.
     *
     * @param selector a real-mode segment or a protected-mode selector
     * @param offset   the target's offset in that segment, unsigned, of the mode's width
     */
    public void farJumpAbsolute(int selector, long offset) {
        checkFarJump(selector, offset);
        long limit = isReal16() ? 0xFFFF : 0xFFFF_FFFFL;
        if (offset < 0 || offset > limit) {
            throw bad("jmp far", "offset does not fit in " + (isReal16() ? 16 : 32) + " bits", selector, offset);
        }
        out.put8(0xEA);
        if (isReal16()) {
            out.put16((int) offset);
        } else {
            out.put32((int) offset);
        }
        out.put16(selector);
    }

    private void checkFarJump(int selector, Object target) {
        if (isLong()) {
            throw bad("jmp far", "direct far jumps do not exist in LONG64 mode", selector, target);
        }
        if (selector < 0 || selector > 0xFFFF) {
            throw bad("jmp far", "selector must be 16 bits", selector, target);
        }
    }

    private void checkCr(String insn, int cr, Reg r) {
        boolean valid = cr == 0 || cr == 2 || cr == 3 || cr == 4 || cr == 8 && isLong();
        if (!valid) {
            throw bad(insn, "control register CR" + cr + " is not supported in " + mode + " mode", "cr" + cr, r);
        }
    }

    private static void checkPort(String insn, int bits, int port8) {
        if (port8 < 0 || port8 > 0xFF) {
            throw bad(insn, "port must be 0-255 for the immediate form", bits, port8);
        }
    }
}
