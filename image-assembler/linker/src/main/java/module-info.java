/**
 * Turns an image description into a bootable kernel image: reads and checks TOML image configs,
 * finds the providers a config names among the modules' {@code provides} clauses, generates the
 * image's boot class, compiles the closed world and links it with the arch pack's boot code.
 */
module dev.moka.assembler.linker {
    requires transitive dev.moka.kernel.api;
    requires transitive dev.moka.assembler.compiler;
    // The boot class of an image with a [workload] table names the workloads module's classes, which the
    // compiler reads through the assembler's loader: the module must be in every world the linker runs in,
    // not only the command line's.
    requires dev.moka.workloads;
    // The programs of an image with a [userland] table are compiled from this module's classes.
    requires dev.moka.userland;
    requires dev.moka.scheme;
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.dataformat.toml;

    exports dev.moka.assembler.config;
    exports dev.moka.assembler.image;
    exports dev.moka.assembler.providers;

    uses dev.moka.kernel.api.arch.ArchPackProvider;
    uses dev.moka.kernel.api.sched.Scheduler;
    uses dev.moka.kernel.api.mm.FrameAllocator;
    uses dev.moka.kernel.api.heap.HeapPlan;
    uses dev.moka.kernel.api.mm.PagingProvider;
}
