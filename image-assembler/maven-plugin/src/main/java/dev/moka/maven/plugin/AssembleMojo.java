package dev.moka.maven.plugin;

import dev.moka.maven.layer.EngineException;
import dev.moka.maven.layer.MokaLayer;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Assembles the project's kernel image, as {@code moka assemble --module-path ...} would: the
 * project's classes and runtime dependencies are the module path, so the image can name the project's
 * own scheduler, frame allocator or heap plan.
 */
@Mojo(name = "assemble", defaultPhase = LifecyclePhase.PACKAGE, requiresDependencyResolution = ResolutionScope.RUNTIME,
        threadSafe = true)
public final class AssembleMojo extends MokaMojo {
    /** Where the image is written: {@code target/kernel.elf}, or {@code target/disk.img} for a disk, when not given. */
    @Parameter(property = "moka.image")
    File image;

    /**
     * The kind of bootable file, as {@code moka assemble --format} takes it: {@code multiboot} (an ELF
     * kernel for {@code qemu -kernel} or GRUB) or {@code disk} (a raw disk image that boots through
     * Moka's own boot sector and loader).
     */
    @Parameter(property = "moka.format", defaultValue = MULTIBOOT)
    String format = MULTIBOOT;

    @Override
    void run(MokaLayer moka) throws EngineException, MojoExecutionException {
        Path out = imageFile(image, format);
        try (PrintStream progress = progress()) {
            byte[] bytes = moka.engine().assemble(imageRequest(moka), format, progress);
            Path folder = out.toAbsolutePath().getParent();
            if (folder != null) {
                Files.createDirectories(folder);
            }
            Files.write(out, bytes);
        } catch (IOException cannotWrite) {
            throw new MojoExecutionException("cannot write " + out + ": " + cannotWrite.getMessage(), cannotWrite);
        }
        getLog().info("wrote " + out);
    }
}
