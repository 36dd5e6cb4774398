package dev.moka.assembler.image;

/**
 * A bootable kernel image and figures about how it was built.
 *
 * @param bytes           the ELF64 file with a Multiboot header, ready for {@code qemu -kernel}
 * @param methodsCompiled how many methods were compiled into it
 * @param bytecodeBytes   how many bytes of bytecode those methods had
 */
public record AssembledImage(byte[] bytes, int methodsCompiled, long bytecodeBytes) {
}
