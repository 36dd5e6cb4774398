/**
 * The image assembler: the ahead-of-time compiler from bytecode to x86_64, the linker and image
 * writer, the hosted runner, and the {@code moka} command line.
 */
module dev.moka.assembler {
    requires dev.moka.kernel.api;
    requires dev.moka.drivers.x86;
    requires dev.moka.assembler.x86;
    requires dev.moka.runtime;
    requires org.objectweb.asm;
    requires org.objectweb.asm.tree;
    requires org.objectweb.asm.commons;
    requires org.objectweb.asm.util;
    requires info.picocli;
    requires java.management;
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.dataformat.toml;

    exports dev.moka.assembler.compiler;
    exports dev.moka.assembler.compiler.backend;
    exports dev.moka.assembler.config;
    exports dev.moka.assembler.image;
    exports dev.moka.assembler.linux;
    exports dev.moka.assembler.hosted;
    exports dev.moka.assembler.providers;
    exports dev.moka.assembler.qemu;

    // picocli reads the command classes' annotated fields reflectively.
    opens dev.moka.assembler.cli to info.picocli;

    uses dev.moka.kernel.api.sched.Scheduler;
    uses dev.moka.kernel.api.mm.FrameAllocator;
    uses dev.moka.kernel.api.heap.HeapPlan;
}
