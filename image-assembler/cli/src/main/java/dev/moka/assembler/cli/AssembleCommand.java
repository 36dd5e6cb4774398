package dev.moka.assembler.cli;

import dev.moka.assembler.config.ImageConfig;
import dev.moka.assembler.config.MokaVersion;
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
        description = "Builds a bootable x86_64 kernel image (ELF with a Multiboot header) from an image description.")
final class AssembleCommand implements Callable<Integer> {
    @Mixin
    ConfigOption config;

    @Mixin
    ModulePathOption modulePath;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "IMAGE", description = "Where to write the image.")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        modulePath.install();
        ImageConfig image = config.load();
        byte[] assembled = Assembly.build(image, config.displayName(), modulePath.entries(), MokaVersion.current(), err);
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.write(out, assembled);
        err.println("moka: wrote " + out);
        err.flush();
        return ExitCodes.SUCCESS;
    }
}
