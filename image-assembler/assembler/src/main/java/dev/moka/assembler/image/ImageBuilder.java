package dev.moka.assembler.image;

import dev.moka.assembler.compiler.BuildException;
import dev.moka.assembler.compiler.Compilation;
import dev.moka.assembler.compiler.backend.Symbols;
import dev.moka.assembler.compiler.backend.Target;
import dev.moka.assembler.config.ImageConfig;
import dev.moka.assembler.link.ElfImageWriter;
import dev.moka.assembler.link.LinkedImage;
import dev.moka.assembler.link.Linker;
import dev.moka.assembler.link.Section;
import dev.moka.assembler.providers.ProviderCatalog;
import dev.moka.drivers.x86.boot.BootStub;
import dev.moka.drivers.x86.boot.BssBlock;
import dev.moka.drivers.x86.boot.X86BootStub;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Builds a bootable x86_64 kernel image from an image config: generate the entry class for the
 * chosen providers, compile the closed world, emit the arch pack's boot stub, link, and write an
 * ELF64 file with a Multiboot header.
 */
public final class ImageBuilder {
    /** Where QEMU's Multiboot loader puts the image. */
    public static final long LOAD_ADDRESS = 0x100000;

    private ImageBuilder() {
    }

    /**
     * @param config  what to put in the image
     * @param version the Moka version the kernel reports
     * @return the image
     * @throws BuildException when a reachable method cannot be compiled
     */
    public static AssembledImage assemble(ImageConfig config, String version) throws BuildException {
        return assemble(config, version, List.of());
    }

    /**
     * @param config    what to put in the image
     * @param version   the Moka version the kernel reports
     * @param classPath where kernel classes come from; empty for the assembler's own class loader
     * @return the image
     * @throws BuildException when a reachable method cannot be compiled
     */
    public static AssembledImage assemble(ImageConfig config, String version, List<Path> classPath)
            throws BuildException {
        String scheduler = ProviderCatalog.schedulerClass(config.kernel().scheduler()).getName();
        String frames = ProviderCatalog.frameAllocatorClass(config.kernel().frameAllocator()).getName();
        return assemble(version, scheduler, frames, config.workload(), config.kernel(), classPath);
    }

    /**
     * Builds an image around provider classes named directly, for providers that are not registered
     * as services (a test double, say).
     *
     * @param version             the Moka version the kernel reports
     * @param schedulerClass      binary name of a {@code Scheduler} with a public no-argument constructor
     * @param frameAllocatorClass binary name of a {@code FrameAllocator} with a public no-argument constructor
     * @param classPath           where kernel classes come from; empty for the assembler's own class loader
     * @return the image
     * @throws BuildException when a reachable method cannot be compiled
     */
    public static AssembledImage assemble(String version, String schedulerClass, String frameAllocatorClass,
                                          List<Path> classPath) throws BuildException {
        return assemble(version, schedulerClass, frameAllocatorClass, null, classPath);
    }

    /**
     * Builds an image around provider classes named directly, running a workload before it ends.
     *
     * @param version             the Moka version the kernel reports
     * @param schedulerClass      binary name of a {@code Scheduler} with a public no-argument constructor
     * @param frameAllocatorClass binary name of a {@code FrameAllocator} with a public no-argument constructor
     * @param workload            the workload, or null for none
     * @param classPath           where kernel classes come from; empty for the assembler's own class loader
     * @return the image
     * @throws BuildException when a reachable method cannot be compiled
     */
    public static AssembledImage assemble(String version, String schedulerClass, String frameAllocatorClass,
                                          ImageConfig.WorkloadSection workload, List<Path> classPath)
            throws BuildException {
        return assemble(version, schedulerClass, frameAllocatorClass, workload,
                new ImageConfig.KernelSection("", ""), classPath);
    }

    /**
     * Builds an image around provider classes named directly, with the heap settings of a
     * {@code [kernel]} table (its provider names are not used).
     *
     * @param version             the Moka version the kernel reports
     * @param schedulerClass      binary name of a {@code Scheduler} with a public no-argument constructor
     * @param frameAllocatorClass binary name of a {@code FrameAllocator} with a public no-argument constructor
     * @param workload            the workload, or null for none
     * @param kernel              heap plan, heap size and heap verification
     * @param classPath           where kernel classes come from; empty for the assembler's own class loader
     * @return the image
     * @throws BuildException when a reachable method cannot be compiled
     */
    public static AssembledImage assemble(String version, String schedulerClass, String frameAllocatorClass,
                                          ImageConfig.WorkloadSection workload, ImageConfig.KernelSection kernel,
                                          List<Path> classPath) throws BuildException {
        String scheduler = schedulerClass;
        String frames = frameAllocatorClass;
        long heapBytes = kernel.heapBytes();
        Compilation compilation = new Compilation(Target.KERNEL, classPath)
                .heapPlan(ProviderCatalog.heapPlanClass(kernel.heap()).getName().replace('.', '/'), kernel.verifyHeap());
        compilation.define(BootClassGenerator.generate(version, scheduler, frames, workload, heapBytes));
        String bootStatic = "static:" + BootClassGenerator.NAME + ".";
        Compilation.Result code = compilation.compile(BootClassGenerator.NAME, BootClassGenerator.START,
                BootClassGenerator.START_DESCRIPTOR, heapBytes, Map.of(
                        bootStatic + BootClassGenerator.IMAGE_START_FIELD, Linker.IMAGE_START,
                        bootStatic + BootClassGenerator.IMAGE_END_FIELD, Linker.BSS_END),
                X86BootStub.javaEntryPoints());

        BootStub stub = X86BootStub.emit(Symbols.ENTRY);
        List<Section> sections = List.of(
                new Section("boot stub", stub.code(), stub.relocations(), stub.symbols(), 8),
                code.code(),
                code.data());
        List<Linker.Bss> bss = new ArrayList<>();
        for (BssBlock b : stub.bss()) {
            bss.add(new Linker.Bss(b.symbol(), b.size(), b.alignment()));
        }
        bss.addAll(code.bss());
        LinkedImage linked = Linker.link(LOAD_ADDRESS, ElfImageWriter.HEADER_SIZE, sections, bss);
        long entry = linked.symbols().get(Symbols.ENTRY);
        byte[] bytes = ElfImageWriter.write(linked, entry, 7);
        return new AssembledImage(bytes, code.methodsCompiled(), code.bytecodeBytes());
    }
}
