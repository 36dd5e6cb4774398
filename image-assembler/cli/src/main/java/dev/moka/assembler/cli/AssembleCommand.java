package dev.moka.assembler.cli;

import dev.moka.assembler.config.ImageConfig;
import dev.moka.assembler.config.MokaVersion;
import dev.moka.assembler.image.ImageAssembler;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code moka assemble}: builds a bootable image from an image description and writes it to a file. */
@Command(name = "assemble", mixinStandardHelpOptions = true,
        description = "Builds a bootable x86_64 image from an image description: an ELF kernel with a Multiboot "
                + "header, or (--format disk) a raw disk image that boots on its own.")
final class AssembleCommand implements Callable<Integer> {
    @Mixin
    ConfigOption config;

    @Mixin
    ModulePathOption modulePath;

    @Mixin
    FormatOption format;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "IMAGE", description = "Where to write the image.")
    Path out;

    @Option(names = "--symbols", paramLabel = "FILE",
            description = "Also write a symbol file for gdb: every compiled method as a function symbol, with source lines.")
    Path symbols;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        modulePath.install();
        ImageConfig image = config.load();
        ImageAssembler.Result assembled = Assembly.build(image, config.displayName(), modulePath.entries(),
                MokaVersion.current(), format.format, err);
        write(out, assembled.image(), err);
        if (symbols != null) {
            write(symbols, assembled.symbolFile(), err);
        }
        err.flush();
        return ExitCodes.SUCCESS;
    }

    private static void write(Path file, byte[] bytes, PrintWriter err) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.write(file, bytes);
        err.println("moka: wrote " + file);
    }
}
