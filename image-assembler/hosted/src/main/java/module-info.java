/**
 * The hosted binding: boots a kernel image's bytecode on the JVM against a simulated machine, for
 * fast, deterministic whole-system tests. The architecture's own parts (boot hand-over, arch entry)
 * come through its {@link dev.moka.kernel.api.arch.ArchPackProvider}.
 */
module dev.moka.assembler.hosted {
    requires transitive dev.moka.kernel.api;
    requires transitive dev.moka.assembler.linker;
    requires dev.moka.kernel.core;
    requires dev.moka.workloads;
    // Hosted user programs: relibc's binding, the programs of a [userland] table, and their classes'
    // safepoints.
    requires dev.moka.relibc;
    requires dev.moka.userland;
    requires org.objectweb.asm;
    requires java.management;

    exports dev.moka.assembler.hosted;
}
