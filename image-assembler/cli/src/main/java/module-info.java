/**
 * The {@code moka} command line: assembles images, boots them in QEMU or hosted, compiles programs
 * for Linux and runs the compiler's benchmarks against HotSpot.
 */
module dev.moka.assembler.cli {
    requires dev.moka.assembler.compiler;
    requires dev.moka.assembler.linker;
    requires dev.moka.assembler.hosted;
    requires info.picocli;

    exports dev.moka.assembler.qemu;

    // picocli reads the command classes' annotated fields reflectively.
    opens dev.moka.assembler.cli to info.picocli;
}
