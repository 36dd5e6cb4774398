package dev.moka.assembler.x86;

/**
 * An x86_64 (or 32-bit protected mode, or 16-bit real mode) machine-code assembler producing
 * position-independent bytes plus relocations.
 *
 * <p>Instructions are appended in program order. Operand widths are given explicitly as
 * {@code bits} (8, 16, 32 or 64); registers are the same {@link Reg} constants at every width.
 * Every method validates its operands and throws {@link IllegalArgumentException} naming the
 * instruction and operands when the hardware cannot encode them (for example a 64-bit operand or
 * R8-R15 outside {@link Mode#LONG64}). Where several encodings exist, the one GNU as emits is
 * chosen, so the output can be compared byte for byte with {@code as}.
 *
 * <p>Labels are local to one assembler and resolved by {@link #toByteArray()}; symbols are
 * resolved later by a linker through {@link #relocations()} and {@link #definedSymbols()}.
 *
 * <p>The methods are grouped by family in the package-private superclasses
 * ({@code DataMovement}, {@code Arithmetic}, {@code ControlFlow}, {@code SystemInstructions},
 * {@code SseInstructions}); this class only adds the constructors.
 */
public final class Assembler extends SseInstructions {

    /** Processor mode the code will run in. */
    public enum Mode {
        /** 64-bit long mode: REX prefixes, R8-R15, 64-bit operands, RIP-relative addressing. */
        LONG64,
        /** 32-bit protected mode: 32-bit default operands, no REX, eight registers. */
        PROTECTED32,
        /**
         * 16-bit code: real mode, as a PC's BIOS starts a boot sector, and 16-bit protected-mode
         * segments. Operands are 16 bits by default and 32-bit ones take the {@code 0x66} prefix;
         * memory operands use 16-bit addressing ({@code [BX|BP + SI|DI + disp]}, {@code [SI|DI|BX|BP
         * + disp]}); label jumps and calls use rel16. No SSE, no symbol calls (there is no 16-bit
         * PC-relative relocation).
         */
        REAL16
    }

    /** Creates an assembler for 64-bit code. */
    public Assembler() {
        this(Mode.LONG64);
    }

    /** Creates an assembler for code running in {@code mode}. */
    public Assembler(Mode mode) {
        super(requireMode(mode));
    }

    private static Mode requireMode(Mode mode) {
        if (mode == null) {
            throw new IllegalArgumentException("mode must not be null");
        }
        return mode;
    }

    /** Returns the processor mode this assembler encodes for. */
    public Mode mode() {
        return mode;
    }
}
