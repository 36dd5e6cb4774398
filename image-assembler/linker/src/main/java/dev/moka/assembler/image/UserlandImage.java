package dev.moka.assembler.image;

import dev.moka.assembler.compiler.model.BuildException;
import dev.moka.assembler.config.ImageConfig;
import dev.moka.assembler.moka.MokaExecutableBuilder;
import dev.moka.kernel.api.syscall.SyscallNumbers;
import dev.moka.relibc.Unistd;
import dev.moka.userland.Programs;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The initfs of an image with a {@code [userland]} table: each program of the chosen packages
 * compiled by Moka's compiler into a user executable {@code bin/NAME}, and {@code etc/init.rc}. The
 * kernel of such an image runs {@code SystemBoot}, which starts {@code bin/init}.
 */
public final class UserlandImage {
    /** The boot job of an image with user programs. */
    public static final String BOOT_JOB = "dev.moka.kernel.core.process.SystemBoot";

    private UserlandImage() {
    }

    /**
     * @param userland the table
     * @return the packed initfs
     * @throws BuildException when a program does not compile
     */
    public static byte[] initFs(ImageConfig.UserlandSection userland) throws BuildException {
        List<Path> classPath = List.of(location(Programs.class), location(Unistd.class), location(SyscallNumbers.class),
                location(dev.moka.scheme.SchemeServer.class));
        UserlandCache cache = UserlandCache.standard();
        String key = null;
        if (cache != null) {
            List<Path> inputs = new java.util.ArrayList<>(classPath);
            inputs.add(location(MokaExecutableBuilder.class));
            inputs.add(location(org.objectweb.asm.ClassReader.class));
            for (String tool : List.of("dev.moka.runtime.RuntimeLibrary", "dev.moka.assembler.x86.Assembler")) {
                try {
                    inputs.add(location(Class.forName(tool, false, UserlandImage.class.getClassLoader())));
                } catch (ClassNotFoundException | LinkageError missing) {
                    cache = null;
                }
            }
            key = UserlandCache.key(inputs, String.join(",", userland.packages()) + "\n" + userland.initRc());
            byte[] cached = cache == null ? null : cache.get(key);
            if (cached != null) {
                return cached;
            }
        }
        byte[] packed = compile(classPath, userland);
        if (cache != null) {
            cache.put(key, packed);
        }
        return packed;
    }

    private static byte[] compile(List<Path> classPath, ImageConfig.UserlandSection userland) throws BuildException {
        InitFsWriter writer = new InitFsWriter();
        for (String pkg : userland.packages()) {
            for (Map.Entry<String, String> program : Programs.programs(pkg).entrySet()) {
                byte[] executable;
                try {
                    executable = MokaExecutableBuilder.build(classPath, program.getValue(),
                            MokaExecutableBuilder.defaultOptions());
                } catch (BuildException failed) {
                    throw new BuildException("user program " + program.getKey() + " (" + program.getValue() + "): "
                            + failed.getMessage(), failed);
                }
                writer.add("bin/" + program.getKey(), executable, true);
            }
        }
        writer.add("etc/init.rc", userland.initRc().getBytes(StandardCharsets.UTF_8), false);
        return writer.toBytes();
    }

    /** The jar or folder a class was loaded from: Moka's own modules, wherever the assembler runs. */
    private static Path location(Class<?> type) {
        java.security.CodeSource source = type.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            throw new IllegalStateException("cannot find the classes of " + type.getName() + ": they come from no file");
        }
        try {
            return Path.of(source.getLocation().toURI());
        } catch (URISyntaxException notAFile) {
            throw new IllegalStateException("cannot find the classes of " + type.getName(), notAFile);
        }
    }
}
