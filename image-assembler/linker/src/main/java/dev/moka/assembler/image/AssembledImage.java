package dev.moka.assembler.image;

import java.util.List;

/**
 * A bootable kernel image and figures about how it was built.
 *
 * @param bytes           the ELF64 file with a Multiboot header, ready for {@code qemu -kernel}
 * @param methodsCompiled how many methods were compiled into it
 * @param bytecodeBytes   how many bytes of bytecode those methods had
 * @param loadAddress     where the file's first byte is loaded
 * @param methods         every compiled method at its address, in address order
 */
public record AssembledImage(byte[] bytes, int methodsCompiled, long bytecodeBytes, long loadAddress,
                             List<MethodSymbol> methods) {
    /** Copies the method list. */
    public AssembledImage {
        methods = List.copyOf(methods);
    }
}
