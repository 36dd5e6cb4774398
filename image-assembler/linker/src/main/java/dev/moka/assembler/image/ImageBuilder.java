package dev.moka.assembler.image;

import dev.moka.assembler.compiler.Compilation;
import dev.moka.assembler.compiler.backend.MethodInfo;
import dev.moka.assembler.compiler.backend.Symbols;
import dev.moka.assembler.compiler.backend.Target;
import dev.moka.assembler.compiler.model.BuildException;
import dev.moka.assembler.config.ImageConfig;
import dev.moka.assembler.link.ElfImageWriter;
import dev.moka.assembler.link.LinkedImage;
import dev.moka.assembler.link.Linker;
import dev.moka.assembler.link.Section;
import dev.moka.assembler.x86.Relocation;
import dev.moka.kernel.api.arch.BootCode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Builds a bootable kernel image: generate the entry class for the chosen providers, compile the
 * closed world, take the arch pack's boot code, link, and write an ELF64 file whose boot headers the
 * arch pack supplied.
 */
public final class ImageBuilder {
    private ImageBuilder() {
    }

    /**
     * @param config  what to put in the image
     * @param version the Moka version the kernel reports
     * @return the image
     * @throws BuildException when a reachable method cannot be compiled
     * @throws dev.moka.assembler.providers.UnknownProviderException when the config names a provider
     *         no module provides
     */
    public static AssembledImage assemble(ImageConfig config, String version) throws BuildException {
        return assemble(ImageSpec.of(config, version));
    }

    /**
     * @param spec what to put in the image
     * @return the image
     * @throws BuildException when a reachable method cannot be compiled
     */
    public static AssembledImage assemble(ImageSpec spec) throws BuildException {
        Compilation compilation = new Compilation(Target.KERNEL, spec.classPath())
                .heapPlan(spec.heapPlanClass().replace('.', '/'), spec.verifyHeap());
        compilation.define(BootClassGenerator.generate(spec));
        String bootStatic = "static:" + BootClassGenerator.NAME + ".";
        Compilation.Result code = compilation.compile(BootClassGenerator.NAME, BootClassGenerator.START,
                BootClassGenerator.START_DESCRIPTOR, spec.heapBytes(), Map.of(
                        bootStatic + BootClassGenerator.IMAGE_START_FIELD, Linker.IMAGE_START,
                        bootStatic + BootClassGenerator.IMAGE_END_FIELD, Linker.BSS_END,
                        INIT_FS_START_FIELD, INIT_FS_START, INIT_FS_END_FIELD, INIT_FS_END),
                spec.arch().bootCodeCallees());

        BootCode boot = spec.arch().bootCode(Symbols.ENTRY);
        byte[] initFs = spec.initFs() == null ? new byte[0] : spec.initFs();
        List<Section> sections = List.of(
                new Section("boot code", boot.code(), relocations(boot), boot.symbols(), 8),
                code.code(),
                code.data(),
                // Page aligned, so the kernel can map executables' pages straight from it.
                new Section("initfs", initFs, List.of(), Map.of(INIT_FS_START, 0, INIT_FS_END, initFs.length), 4096));
        List<Linker.Bss> bss = new ArrayList<>();
        for (BootCode.Reserve r : boot.bss()) {
            bss.add(new Linker.Bss(r.symbol(), r.size(), r.alignment()));
        }
        bss.addAll(code.bss());
        LinkedImage linked = Linker.link(spec.arch().loadAddress(), ElfImageWriter.HEADER_SIZE, sections, bss);
        long entry = linked.symbols().get(Symbols.ENTRY);
        byte[] bytes = ElfImageWriter.write(linked, entry, 7);
        List<MethodSymbol> methods = new ArrayList<>();
        for (MethodInfo info : code.methods()) {
            methods.add(MethodSymbol.of(info, linked.symbols()));
        }
        methods.sort(Comparator.comparingLong(MethodSymbol::address));
        return new AssembledImage(bytes, code.methodsCompiled(), code.bytecodeBytes(), linked.base(), methods);
    }

    /** Symbols of the initfs's first byte and of the byte after it (equal when the image has none). */
    static final String INIT_FS_START = "moka.initfs.start";
    static final String INIT_FS_END = "moka.initfs.end";
    /** The kernel's static fields that receive them ({@code ImageInitFs}). */
    static final String INIT_FS_START_FIELD = "static:dev/moka/kernel/core/process/ImageInitFs.start";
    static final String INIT_FS_END_FIELD = "static:dev/moka/kernel/core/process/ImageInitFs.end";

    private static List<Relocation> relocations(BootCode boot) {
        List<Relocation> relocations = new ArrayList<>();
        for (BootCode.Fixup f : boot.fixups()) {
            Relocation.Kind kind = switch (f.kind()) {
                case PC_RELATIVE_32 -> Relocation.Kind.PC_REL32;
                case ABSOLUTE_32 -> Relocation.Kind.ABS32;
                case ABSOLUTE_64 -> Relocation.Kind.ABS64;
            };
            relocations.add(new Relocation(f.offset(), kind, f.symbol(), f.addend()));
        }
        return relocations;
    }
}
