/** The x86_64 / IA-32 machine-code encoder used by the Moka image assembler. */
module dev.moka.assembler.x86 {
    exports dev.moka.assembler.x86;
}
