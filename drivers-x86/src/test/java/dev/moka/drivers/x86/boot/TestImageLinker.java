package dev.moka.drivers.x86.boot;

import dev.moka.assembler.x86.Assembler;
import dev.moka.assembler.x86.Relocation;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A minimal linker for boot tests: an ELF64 header and one program header, then the boot stub at
 * 0x100078, then a kernel piece, then the bss blocks. Resolves every relocation with the formulas
 * documented on {@link Relocation}.
 */
final class TestImageLinker {
    static final long LOAD_ADDRESS = 0x100000;
    static final int HEADERS = 64 + 56;

    /** The linked file and the final address of every symbol. */
    record Image(byte[] file, Map<String, Long> symbols) {
        long address(String symbol) {
            Long value = symbols.get(symbol);
            if (value == null) {
                throw new IllegalArgumentException("undefined symbol " + symbol);
            }
            return value;
        }
    }

    private TestImageLinker() {
    }

    static Image link(BootStub stub, Assembler kernel) {
        byte[] stubCode = stub.code();
        int kernelOffset = align(HEADERS + stubCode.length, 16);
        byte[] kernelCode = kernel.toByteArray();
        int fileSize = kernelOffset + kernelCode.length;
        ByteBuffer file = ByteBuffer.allocate(fileSize).order(ByteOrder.LITTLE_ENDIAN);
        file.put(HEADERS, stubCode);
        file.put(kernelOffset, kernelCode);

        Map<String, Long> symbols = new HashMap<>();
        stub.symbols().forEach((name, offset) -> symbols.put(name, LOAD_ADDRESS + HEADERS + offset));
        kernel.definedSymbols().forEach((name, offset) -> symbols.put(name, LOAD_ADDRESS + kernelOffset + offset));
        long loadEnd = LOAD_ADDRESS + fileSize;
        long cursor = loadEnd;
        for (BssBlock block : stub.bss()) {
            cursor = align(cursor, block.alignment());
            symbols.put(block.symbol(), cursor);
            cursor += block.size();
        }
        long bssEnd = align(cursor, 16);
        symbols.put("__image_start", LOAD_ADDRESS);
        symbols.put("__load_end", loadEnd);
        symbols.put("__bss_end", bssEnd);
        // These kernels are assembly only: no compiled Java code, so every CPU exception panics.
        symbols.put("__java_code_start", loadEnd);
        symbols.put("__java_code_end", loadEnd);

        List<Relocation> all = new ArrayList<>();
        stub.relocations().forEach(r -> all.add(shift(r, HEADERS)));
        kernel.relocations().forEach(r -> all.add(shift(r, kernelOffset)));
        Image image = new Image(file.array(), symbols);
        for (Relocation r : all) {
            long value = image.address(r.symbol()) + r.addend();
            switch (r.kind()) {
                case PC_REL32 -> {
                    long relative = value - (LOAD_ADDRESS + r.offset());
                    if (relative != (int) relative) {
                        throw new IllegalStateException("PC_REL32 overflow for " + r);
                    }
                    file.putInt(r.offset(), (int) relative);
                }
                case ABS32 -> {
                    if (value < 0 || value > 0xFFFF_FFFFL) {
                        throw new IllegalStateException("ABS32 overflow for " + r);
                    }
                    file.putInt(r.offset(), (int) value);
                }
                case ABS64 -> file.putLong(r.offset(), value);
            }
        }
        writeHeaders(file, image.address(X86BootStub.ENTRY32_SYMBOL), fileSize, bssEnd - LOAD_ADDRESS);
        return image;
    }

    private static Relocation shift(Relocation r, int base) {
        return new Relocation(base + r.offset(), r.kind(), r.symbol(), r.addend());
    }

    private static void writeHeaders(ByteBuffer file, long entry, int fileSize, long memorySize) {
        file.put(0, new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1, 0});
        file.putShort(16, (short) 2);      // ET_EXEC
        file.putShort(18, (short) 0x3E);   // EM_X86_64
        file.putInt(20, 1);
        file.putLong(24, entry);
        file.putLong(32, 64);              // program headers right after the ELF header
        file.putShort(52, (short) 64);
        file.putShort(54, (short) 56);
        file.putShort(56, (short) 1);
        file.putInt(64, 1);                // PT_LOAD
        file.putInt(68, 7);                // RWX
        file.putLong(72, 0);
        file.putLong(80, LOAD_ADDRESS);
        file.putLong(88, LOAD_ADDRESS);
        file.putLong(96, fileSize);
        file.putLong(104, memorySize);
        file.putLong(112, 0x1000);
    }

    private static int align(int value, int alignment) {
        return (value + alignment - 1) / alignment * alignment;
    }

    private static long align(long value, long alignment) {
        return (value + alignment - 1) / alignment * alignment;
    }
}
