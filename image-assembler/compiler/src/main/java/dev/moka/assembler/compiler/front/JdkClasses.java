package dev.moka.assembler.compiler.front;

import java.io.IOException;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads class files of the {@code java.base} module of the JDK running the compiler, through the
 * {@code jrt:} file system: the bytecode the JDK's own class library is made of.
 */
final class JdkClasses {
    /** How the origin of a class read here starts, in messages. */
    static final String ORIGIN_PREFIX = "the JDK's java.base: ";

    private static final FileSystem JRT = FileSystems.getFileSystem(URI.create("jrt:/"));

    private JdkClasses() {
    }

    /** @param internalName a class name @return whether every build may read it from the JDK ({@link JdkSlice}) */
    static boolean isVetted(String internalName) {
        return JdkSlice.holds(internalName);
    }

    /** @param internalName a class of Moka's runtime library @return whether every build grafts its missing members */
    static boolean takesMembersFromJdk(String internalName) {
        return JdkSlice.grafts(internalName);
    }

    /** @param internalName a class name @return whether it names a class of the platform's own packages */
    static boolean isPlatformName(String internalName) {
        return internalName.startsWith("java/") || internalName.startsWith("jdk/internal/")
                || internalName.startsWith("sun/");
    }

    /**
     * Classes the JDK's virtual machine sets up while it boots, which no compiled code does: their
     * accessors would return null at run time, so they are kept out of the closed world and code
     * that needs them fails the build.
     */
    private static final java.util.Set<String> WIRED_BY_THE_VM = java.util.Set.of(
            "jdk/internal/access/SharedSecrets", "jdk/internal/misc/VM");

    /** @param internalName a class name @return its class file in java.base, or null when java.base has none */
    static ClassPool.ClassFile read(String internalName) {
        if (WIRED_BY_THE_VM.contains(internalName)) {
            return null;
        }
        Path file = JRT.getPath("modules", "java.base", internalName + ".class");
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            return new ClassPool.ClassFile(Files.readAllBytes(file), ORIGIN_PREFIX + internalName + ".class");
        } catch (IOException e) {
            throw new ClassFileException("cannot read " + internalName + ".class from the JDK's java.base: " + e.getMessage());
        }
    }
}
