package dev.moka.assembler.x86;

/**
 * Lays out one instruction: {@code [0x66 | mandatory prefix] [REX] opcode [ModRM [SIB] [disp]]}.
 *
 * <p>The {@code size} argument is the operand size: the {@code 0x66} prefix is added when it differs
 * from the mode's default (16 in {@link Assembler.Mode#REAL16}, 32 elsewhere), and 64 sets REX.W.
 * Instructions whose operand size is fixed by the opcode (control-register and segment moves,
 * descriptor-table loads, {@code cpuid}...) pass {@link #FIXED_SIZE}, which never adds a prefix.
 *
 * <p>Opcodes are passed as an {@code int} holding one to three bytes, most significant first
 * ({@code 0x0FAF} is {@code 0F AF}). Register fields take 4-bit hardware numbers; bit 3 goes into
 * REX.R/X/B. Callers validate operands for the current mode first, so a REX prefix requested
 * here in 32-bit mode is a programming error of this package.
 *
 * <p>Displacement choice follows GNU as: no displacement when it is zero and the base is not
 * RBP/R13 (whose mod=00 encoding means RIP/disp32), disp8 when it fits a signed byte, else disp32.
 * RSP/R12 bases always need a SIB byte because rm=100 means "SIB follows". In REAL16 mode memory
 * operands use the 16-bit ModRM table instead (no SIB, disp8 or disp16).
 */
final class InstructionEncoder {
    private static final int REX = 0x40;
    private static final int REX_W = 0x08;
    private static final int REX_R = 0x04;
    private static final int REX_X = 0x02;
    private static final int REX_B = 0x01;
    private static final int RM_SIB = 4;
    private static final int RM_RIP = 5;

    /** Operand size of instructions whose opcode fixes it: never an operand-size prefix. */
    static final int FIXED_SIZE = 0;
    private static final int OPERAND_SIZE_PREFIX = 0x66;
    private static final int RM16_DISP16 = 6;

    private final CodeBuffer out;
    private final boolean long64;
    private final int defaultOperandSize;

    InstructionEncoder(CodeBuffer out, Assembler.Mode mode) {
        this.out = out;
        this.long64 = mode == Assembler.Mode.LONG64;
        this.defaultOperandSize = mode == Assembler.Mode.REAL16 ? 16 : 32;
    }

    /**
     * Register-direct form. {@code size} 16 adds 0x66, 64 sets REX.W. A byte-sized register field
     * with number 4-7 forces an empty REX so it means SPL/BPL/SIL/DIL rather than AH/CH/DH/BH.
     */
    void regReg(int size, int prefix, int opcode, int reg, boolean regIsByte, int rm, boolean rmIsByte) {
        legacyPrefixes(size, prefix);
        boolean forceRex = isUniformByte(reg, regIsByte) || isUniformByte(rm, rmIsByte);
        rex(size == 64, reg, 0, rm, forceRex);
        opcode(opcode);
        out.put8(0xC0 | (reg & 7) << 3 | rm & 7);
    }

    /** Memory form {@code [base + index*scale + disp]}. */
    void regMem(int size, int prefix, int opcode, int reg, boolean regIsByte, Mem mem) {
        legacyPrefixes(size, prefix);
        if (defaultOperandSize == 16) {
            opcode(opcode);
            modRmMem16(reg, mem);
            return;
        }
        int index = mem.index() == null ? 0 : mem.index().code();
        rex(size == 64, reg, index, mem.base().code(), isUniformByte(reg, regIsByte));
        opcode(opcode);
        modRmMem(reg, mem);
    }

    /**
     * RIP-relative form {@code [rip + disp32]}; writes a zero displacement and returns its offset
     * so the caller can attach a relocation or a label fixup.
     */
    int regRip(int size, int prefix, int opcode, int reg, boolean regIsByte) {
        legacyPrefixes(size, prefix);
        rex(size == 64, reg, 0, 0, isUniformByte(reg, regIsByte));
        opcode(opcode);
        out.put8((reg & 7) << 3 | RM_RIP);
        int field = out.position();
        out.put32(0);
        return field;
    }

    /** Opcode-plus-register form ({@code push}, {@code bswap}, {@code mov r, imm}, {@code xchg rAX}). */
    void opcodePlusReg(int size, int prefix, int opcode, int reg, boolean regIsByte) {
        legacyPrefixes(size, prefix);
        rex(size == 64, 0, 0, reg, isUniformByte(reg, regIsByte));
        opcode(opcode + (reg & 7));
    }

    /** Just the prefixes and opcode, for instructions without operands in ModRM. */
    void plain(int size, int prefix, int opcode) {
        legacyPrefixes(size, prefix);
        rex(size == 64, 0, 0, 0, false);
        opcode(opcode);
    }

    private static boolean isUniformByte(int reg, boolean isByte) {
        return isByte && reg >= 4 && reg <= 7;
    }

    private void legacyPrefixes(int size, int prefix) {
        if ((size == 16 || size == 32) && size != defaultOperandSize) {
            out.put8(OPERAND_SIZE_PREFIX);
        }
        if (prefix != 0) {
            out.put8(prefix);
        }
    }

    private void rex(boolean wide, int reg, int index, int base, boolean force) {
        int bits = (wide ? REX_W : 0) | (reg & 8) >> 1 | (index & 8) >> 2 | (base & 8) >> 3;
        if (bits == 0 && !force) {
            return;
        }
        if (!long64) {
            throw new IllegalStateException("REX prefix requested in 32-bit mode (operand validation missed it)");
        }
        out.put8(REX | bits);
    }

    private void opcode(int opcode) {
        if (opcode > 0xFFFF) {
            out.put8(opcode >>> 16);
        }
        if (opcode > 0xFF) {
            out.put8(opcode >>> 8);
        }
        out.put8(opcode);
    }

    /**
     * The 16-bit ModRM table: rm 0-3 are BX+SI, BX+DI, BP+SI, BP+DI; 4-7 are SI, DI, BP, BX; mod 00
     * with rm 6 means a bare disp16, so {@code [BP]} takes a zero disp8. The displacement wraps at
     * 16 bits, as the address does.
     */
    private void modRmMem16(int reg, Mem mem) {
        if (mem.isAbsolute()) {
            out.put8((reg & 7) << 3 | RM16_DISP16);
            out.put16(mem.disp());
            return;
        }
        int rm = rm16(mem.base(), mem.index());
        int disp = (short) mem.disp();
        int mod;
        if (disp == 0 && rm != RM16_DISP16) {
            mod = 0;
        } else if (disp == (byte) disp) {
            mod = 1;
        } else {
            mod = 2;
        }
        out.put8(mod << 6 | (reg & 7) << 3 | rm);
        if (mod == 1) {
            out.put8(disp);
        } else if (mod == 2) {
            out.put16(disp);
        }
    }

    /** @return the 16-bit rm field of a base and index that {@link AssemblerCore} already checked */
    static int rm16(Reg base, Reg index) {
        if (index == null) {
            return switch (base) {
                case RSI -> 4;
                case RDI -> 5;
                case RBP -> 6;
                case RBX -> 7;
                default -> throw new IllegalStateException("no 16-bit address with base " + base);
            };
        }
        return (base == Reg.RBP ? 2 : 0) | (index == Reg.RDI ? 1 : 0);
    }

    private void modRmMem(int reg, Mem mem) {
        int base = mem.base().code() & 7;
        boolean needsSib = mem.index() != null || base == RM_SIB;
        int disp = mem.disp();
        int mod;
        if (disp == 0 && base != RM_RIP) {
            mod = 0;
        } else if (disp == (byte) disp) {
            mod = 1;
        } else {
            mod = 2;
        }
        out.put8(mod << 6 | (reg & 7) << 3 | (needsSib ? RM_SIB : base));
        if (needsSib) {
            int index = mem.index() == null ? RM_SIB : mem.index().code() & 7;
            out.put8(Integer.numberOfTrailingZeros(mem.scale()) << 6 | index << 3 | base);
        }
        if (mod == 1) {
            out.put8(disp);
        } else if (mod == 2) {
            out.put32(disp);
        }
    }
}
