package dev.moka.drivers.x86;

import dev.moka.drivers.x86.boot.BootStub;
import dev.moka.drivers.x86.boot.BssBlock;
import dev.moka.drivers.x86.boot.X86BootStub;
import dev.moka.drivers.x86.boot.disk.DiskImageWriter;
import dev.moka.drivers.x86.simulated.BootPageTables;
import dev.moka.drivers.x86.simulated.MultibootInfoWriter;
import dev.moka.drivers.x86.simulated.PcMemoryLayout;
import dev.moka.assembler.x86.Relocation;
import dev.moka.kernel.api.arch.ArchPack;
import dev.moka.kernel.api.arch.ArchPackProvider;
import dev.moka.kernel.api.arch.BootCode;
import dev.moka.kernel.api.arch.ImageFormat;
import dev.moka.kernel.api.arch.RamRange;
import dev.moka.kernel.api.boot.KernelImage;
import dev.moka.kernel.api.magic.MagicBinding;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The x86_64 arch pack as image builders and hosted runs see it: a Multiboot image loaded at 1 MiB,
 * entered through {@link X86Boot}, also written as a raw disk that boots through the pack's own boot
 * sector and loader; and on the JVM a simulated PC laid out as QEMU's Multiboot loader leaves it.
 */
public final class X86ArchPackProvider implements ArchPackProvider {
    /** Where QEMU's Multiboot loader puts the image. */
    public static final long LOAD_ADDRESS = 0x100000;
    /** Where the PC's legacy window (VGA, option ROMs, BIOS) starts: no RAM from here to 1 MiB. */
    private static final long LEGACY_WINDOW_START = 0xA0000;

    /** Creates the provider; {@code ServiceLoader} calls this. */
    public X86ArchPackProvider() {
    }

    @Override
    public String name() {
        return "x86_64";
    }

    @Override
    public long loadAddress() {
        return LOAD_ADDRESS;
    }

    @Override
    public String entryClass() {
        return X86Boot.class.getName();
    }

    @Override
    public BootCode bootCode(String javaEntrySymbol) {
        BootStub stub = X86BootStub.emit(javaEntrySymbol);
        List<BootCode.Fixup> fixups = new ArrayList<>();
        for (Relocation r : stub.relocations()) {
            fixups.add(new BootCode.Fixup(r.offset(), kind(r.kind()), r.symbol(), r.addend()));
        }
        List<BootCode.Reserve> bss = new ArrayList<>();
        for (BssBlock b : stub.bss()) {
            bss.add(new BootCode.Reserve(b.symbol(), b.size(), b.alignment()));
        }
        return new BootCode(stub.code(), fixups, stub.symbols(), bss);
    }

    @Override
    public Set<ImageFormat> imageFormats() {
        return EnumSet.of(ImageFormat.MULTIBOOT, ImageFormat.DISK);
    }

    /** The kernel as it is, or a BIOS-bootable raw disk: boot sector, loader, kernel. */
    @Override
    public byte[] bootImage(ImageFormat format, byte[] kernel) {
        return switch (format) {
            case MULTIBOOT -> kernel.clone();
            case DISK -> DiskImageWriter.write(kernel);
        };
    }

    private static BootCode.FixupKind kind(Relocation.Kind kind) {
        return switch (kind) {
            case PC_REL32 -> BootCode.FixupKind.PC_RELATIVE_32;
            case ABS32 -> BootCode.FixupKind.ABSOLUTE_32;
            case ABS64 -> BootCode.FixupKind.ABSOLUTE_64;
        };
    }

    @Override
    public List<String> bootCodeCallees() {
        return X86BootStub.javaEntryPoints();
    }

    /** Low RAM below the legacy window at 640 KiB, RAM from 1 MiB to the PCI hole, the rest from 4 GiB on. */
    @Override
    public List<RamRange> hostedRam(long memoryBytes) {
        List<RamRange> ram = new ArrayList<>();
        ram.add(new RamRange(0, LEGACY_WINDOW_START));
        long low = PcMemoryLayout.lowRamBytes(memoryBytes);
        if (low > LOAD_ADDRESS) {
            ram.add(new RamRange(LOAD_ADDRESS, low));
        }
        long high = PcMemoryLayout.highRamBytes(memoryBytes);
        if (high > 0) {
            ram.add(new RamRange(PcMemoryLayout.FOUR_GIB, PcMemoryLayout.FOUR_GIB + high));
        }
        return ram;
    }

    /** Writes the Multiboot information and memory map as QEMU does, and the boot code's page tables at the load address. */
    @Override
    public long prepareHostedBoot(MagicBinding machine, long memoryBytes) {
        long info = MultibootInfoWriter.write(machine, memoryBytes, "");
        BootPageTables.install(machine, LOAD_ADDRESS);
        return info;
    }

    @Override
    public void bootHosted(long bootArgument, long imageStart, long imageEnd, KernelImage image, ArchPack machine) {
        X86Boot.start(bootArgument, imageStart, imageEnd, image, machine);
    }

    @Override
    public ArchPack newArchPack() {
        return new X86ArchPack();
    }
}
