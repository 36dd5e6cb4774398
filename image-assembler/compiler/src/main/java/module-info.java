/**
 * Moka's ahead-of-time compiler: reads class files, builds the closed world reachable from an entry
 * point, lowers bytecode to an IR, allocates registers and emits x86_64 code through the encoder. It
 * serves two targets: kernel images (linked by {@code dev.moka.assembler.linker}) and static Linux
 * executables ({@link dev.moka.assembler.linux.LinuxExecutableBuilder}), which is how it is tested
 * against HotSpot.
 */
module dev.moka.assembler.compiler {
    requires transitive dev.moka.assembler.x86;
    requires dev.moka.runtime;
    requires transitive org.objectweb.asm;
    requires transitive org.objectweb.asm.tree;
    requires org.objectweb.asm.tree.analysis;
    requires org.objectweb.asm.util;

    exports dev.moka.assembler.compiler;
    exports dev.moka.assembler.compiler.backend;
    exports dev.moka.assembler.compiler.model;
    exports dev.moka.assembler.link;
    exports dev.moka.assembler.linux;
    exports dev.moka.assembler.moka;
}
