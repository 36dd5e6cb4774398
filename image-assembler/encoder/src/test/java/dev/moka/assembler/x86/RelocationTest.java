package dev.moka.assembler.x86;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Relocation records and symbol definitions produced by the encoder. */
class RelocationTest {

    @Test
    void pcRelativeAddendsCountFromTheFieldToTheEndOfTheInstruction() {
        Assembler asm = new Assembler();
        asm.callSymbol("f");                       // e8 [1..4]
        asm.leaRip(Reg.RAX, "table", 16);          // 48 8d 05 [8..11]
        asm.movRipStore(32, "counter", 0, Reg.R9); // 44 89 0d [15..18]
        assertEquals(List.of(
                new Relocation(1, Relocation.Kind.PC_REL32, "f", -4),
                new Relocation(8, Relocation.Kind.PC_REL32, "table", 12),
                new Relocation(15, Relocation.Kind.PC_REL32, "counter", -4)), asm.relocations());
        assertEquals(19, asm.toByteArray().length);
    }

    @Test
    void comparisonWithRipRelativeMemory() {
        Assembler asm = new Assembler();
        asm.aluRip(AluOp.CMP, 64, Reg.RDX, "info", 48); // 48 3b 15 [3..6]
        asm.aluRip(AluOp.CMP, 32, Reg.R9, "word", 0);   // 44 3b 0d [10..13]
        assertEquals(List.of(
                new Relocation(3, Relocation.Kind.PC_REL32, "info", 44),
                new Relocation(10, Relocation.Kind.PC_REL32, "word", -4)), asm.relocations());
        byte[] code = asm.toByteArray();
        assertEquals(14, code.length);
        assertEquals(List.of(0x48, 0x3b, 0x15, 0x44, 0x3b, 0x0d),
                List.of(code[0] & 0xff, code[1] & 0xff, code[2] & 0xff, code[7] & 0xff, code[8] & 0xff, code[9] & 0xff));
    }

    @Test
    void absoluteDataAndMovabsRelocations() {
        Assembler asm = new Assembler();
        asm.defineSymbol("start");
        asm.movAbs64Symbol(Reg.R11, "target", 8); // 49 bb [2..9]
        asm.emitAbs32("low", -1);                 // [10..13]
        asm.defineSymbol("data");
        asm.emitAbs64("high", 0);                 // [14..21]
        assertEquals(List.of(
                new Relocation(2, Relocation.Kind.ABS64, "target", 8),
                new Relocation(10, Relocation.Kind.ABS32, "low", -1),
                new Relocation(14, Relocation.Kind.ABS64, "high", 0)), asm.relocations());
        assertEquals(Map.of("start", 0, "data", 14), asm.definedSymbols());
        byte[] code = asm.toByteArray();
        assertEquals("49 bb 00 00 00 00 00 00 00 00", AsmCase.hex(java.util.Arrays.copyOf(code, 10)));
    }

    @Test
    void duplicateSymbolIsRejected() {
        Assembler asm = new Assembler();
        asm.defineSymbol("x");
        assertThrows(IllegalArgumentException.class, () -> asm.defineSymbol("x"));
    }

    @Test
    void alignPadsWithTheFillByte() {
        Assembler asm = new Assembler();
        asm.emit8(1);
        asm.align(8, 0xCC);
        asm.emit16(0x0302);
        asm.emit32(0x07060504);
        asm.emit64(0x0F0E0D0C0B0A0908L);
        assertEquals("01 cc cc cc cc cc cc cc 02 03 04 05 06 07 08 09 0a 0b 0c 0d 0e 0f",
                AsmCase.hex(asm.toByteArray()));
    }
}
