package dev.moka.drivers.x86.boot.disk;

import dev.moka.assembler.x86.AluOp;
import dev.moka.assembler.x86.Assembler;
import dev.moka.assembler.x86.Cond;
import dev.moka.assembler.x86.Label;
import dev.moka.assembler.x86.Mem;
import dev.moka.assembler.x86.Reg;
import dev.moka.assembler.x86.Seg;
import dev.moka.assembler.x86.ShiftOp;

/**
 * The loader's questions to the machine before it touches memory above 1 MiB, as 16-bit code: is
 * the A20 line on (turn it on if not), what does the BIOS's E820 memory map say, how much low and
 * upper memory is there. The answers land in {@link LowMemory}'s variables and memory map buffer.
 */
final class MemoryProbe {
    private static final int BIOS_SYSTEM = 0x15;
    private static final int BIOS_LOW_MEMORY = 0x12;
    private static final int ENABLE_A20 = 0x2401;
    private static final int E820 = 0xE820;
    /** "SMAP", the signature the E820 call takes in EDX and gives back in EAX. */
    private static final int SMAP = 0x534D4150;
    private static final int E820_ENTRY = 20;
    private static final int SYSTEM_CONTROL_PORT = 0x92;
    private static final int FAST_A20 = 1 << 1;
    private static final int FAST_RESET = 1;
    private static final int AVAILABLE = 1;
    private static final int ONE_MIB = 0x100000;

    private MemoryProbe() {
    }

    /** Turns the A20 line on: it may already be; else through the BIOS; else through port 0x92. */
    static void enableA20(Assembler asm, BootFailure failure) {
        Label check = asm.newLabel();
        Label on = asm.newLabel();
        asm.call(check);
        asm.jcc(Cond.NE, on);
        asm.movImm(16, Reg.RAX, ENABLE_A20);
        asm.intImm(BIOS_SYSTEM);
        asm.call(check);
        asm.jcc(Cond.NE, on);
        asm.inImm(8, SYSTEM_CONTROL_PORT);
        asm.aluImm(AluOp.OR, 8, Reg.RAX, FAST_A20);
        asm.aluImm(AluOp.AND, 8, Reg.RAX, ~FAST_RESET & 0xFF);
        asm.outImm(8, SYSTEM_CONTROL_PORT);
        asm.call(check);
        asm.jcc(Cond.NE, on);
        failure.fail(asm, "cannot enable the A20 line");
        emitA20Check(asm, check);
        asm.bind(on);
    }

    /**
     * Writes 0 at 0x500 and 0xFF at FFFF:0510, which is 0x100500 with A20 on and 0x500 with it off,
     * then reads 0x500 back: ZF clear means the line is on.
     */
    private static void emitA20Check(Assembler asm, Label check) {
        asm.bind(check);
        asm.movImm(8, Mem.absolute(LowMemory.A20_PROBE), 0);
        asm.movImm(16, Reg.RAX, 0xFFFF);
        asm.movToSeg(Seg.ES, Reg.RAX);
        asm.movImm(16, Reg.RDI, LowMemory.A20_PROBE + 0x10);
        asm.movImm(8, Reg.RAX, 0xFF);
        asm.stos(8);
        asm.alu(AluOp.XOR, 16, Reg.RAX, Reg.RAX);
        asm.movToSeg(Seg.ES, Reg.RAX);
        asm.mov(8, Reg.RAX, Mem.absolute(LowMemory.A20_PROBE));
        asm.aluImm(AluOp.CMP, 8, Reg.RAX, 0xFF);
        asm.ret();
    }

    /**
     * Collects the E820 map as Multiboot memory map entries (a size of 20, then the BIOS's 20
     * bytes), leaving out empty regions, up to {@link LowMemory#MEMORY_MAP_ENTRIES}. A BIOS without
     * E820 stops the boot: the kernel needs the map.
     */
    static void readMemoryMap(Assembler asm, BootFailure failure) {
        Label next = asm.newLabel();
        Label skip = asm.newLabel();
        Label end = asm.newLabel();
        Label haveMap = asm.newLabel();
        int first = LowMemory.MEMORY_MAP + 4;
        asm.alu(AluOp.XOR, 32, Reg.RBX, Reg.RBX);
        asm.movImm(16, Reg.RDI, first);
        asm.movImm(16, Mem.absolute(LowMemory.MAP_BYTES), 0);
        asm.bind(next);
        asm.movImm(32, Reg.RAX, E820);
        asm.movImm(32, Reg.RDX, SMAP);
        asm.movImm(32, Reg.RCX, E820_ENTRY);
        asm.intImm(BIOS_SYSTEM);
        asm.jcc(Cond.B, end); // carry: no more entries (or, on the first call, no E820)
        asm.aluImm(AluOp.CMP, 32, Reg.RAX, SMAP);
        asm.jcc(Cond.NE, end);
        asm.mov(32, Reg.RAX, Mem.of(Reg.RDI, 8));
        asm.alu(AluOp.OR, 32, Reg.RAX, Mem.of(Reg.RDI, 12));
        asm.jcc(Cond.E, skip);
        asm.movImm(32, Mem.of(Reg.RDI, -4), E820_ENTRY);
        asm.aluImm(AluOp.ADD, 16, Reg.RDI, LowMemory.MEMORY_MAP_ENTRY);
        asm.aluImm(AluOp.ADD, 16, Mem.absolute(LowMemory.MAP_BYTES), LowMemory.MEMORY_MAP_ENTRY);
        asm.aluImm(AluOp.CMP, 16, Reg.RDI, first + LowMemory.MEMORY_MAP_ENTRIES * LowMemory.MEMORY_MAP_ENTRY);
        asm.jcc(Cond.AE, end);
        asm.bind(skip);
        asm.test(32, Reg.RBX, Reg.RBX);
        asm.jcc(Cond.NE, next);
        asm.bind(end);
        asm.aluImm(AluOp.CMP, 16, Mem.absolute(LowMemory.MAP_BYTES), 0);
        asm.jcc(Cond.NE, haveMap);
        failure.fail(asm, "the BIOS gives no memory map (int 15h, E820)");
        asm.bind(haveMap);
    }

    /**
     * Low memory from int 12h; upper memory is the length of the available region that starts at
     * 1 MiB, as Multiboot defines it (memory up to the first hole).
     */
    static void readMemorySizes(Assembler asm) {
        asm.intImm(BIOS_LOW_MEMORY);
        asm.mov(16, Mem.absolute(LowMemory.LOWER_KIB), Reg.RAX);
        asm.movImm(32, Mem.absolute(LowMemory.UPPER_KIB), 0);
        Label scan = asm.newLabel();
        Label next = asm.newLabel();
        Label done = asm.newLabel();
        asm.movImm(16, Reg.RSI, LowMemory.MEMORY_MAP + 4);
        asm.mov(16, Reg.RBX, Mem.absolute(LowMemory.MAP_BYTES));
        asm.aluImm(AluOp.ADD, 16, Reg.RBX, LowMemory.MEMORY_MAP + 4);
        asm.bind(scan);
        asm.cmp(16, Reg.RSI, Reg.RBX);
        asm.jcc(Cond.AE, done);
        asm.aluImm(AluOp.CMP, 32, Mem.of(Reg.RSI, 0), ONE_MIB);
        asm.jcc(Cond.NE, next);
        asm.aluImm(AluOp.CMP, 32, Mem.of(Reg.RSI, 4), 0);
        asm.jcc(Cond.NE, next);
        asm.aluImm(AluOp.CMP, 32, Mem.of(Reg.RSI, 16), AVAILABLE);
        asm.jcc(Cond.NE, next);
        asm.mov(32, Reg.RAX, Mem.of(Reg.RSI, 8));
        asm.shiftImm(ShiftOp.SHR, 32, Reg.RAX, 10);
        asm.mov(32, Mem.absolute(LowMemory.UPPER_KIB), Reg.RAX);
        asm.jmp(done);
        asm.bind(next);
        asm.aluImm(AluOp.ADD, 16, Reg.RSI, LowMemory.MEMORY_MAP_ENTRY);
        asm.jmp(scan);
        asm.bind(done);
    }
}
