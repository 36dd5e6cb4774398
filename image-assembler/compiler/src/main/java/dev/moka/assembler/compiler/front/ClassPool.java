package dev.moka.assembler.compiler.front;

import dev.moka.runtime.RuntimeLibrary;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.tree.ClassNode;

/**
 * Where the compiler finds class files: the closed world of one image.
 *
 * <p>Names under {@code java/} come only from Moka's runtime library, never from the host JDK: a
 * JDK class the library lacks is simply absent, and the compiler reports who needed it. Every
 * other name comes from the explicit class path if one was given, then from the class loader that
 * loaded the compiler (the {@code moka} command puts the kernel modules there), which also provides
 * a program's heap plan and the kernel-api classes the plan is written against. Synthetic classes
 * made by the compiler itself are added with {@link #define}.
 */
public final class ClassPool {
    private final List<Path> classPath;
    private final Map<String, Optional<ClassNode>> cache = new HashMap<>();

    /** @param classPath jars and directories to search before the compiler's class loader */
    public ClassPool(List<Path> classPath) {
        this.classPath = List.copyOf(classPath);
    }

    /**
     * @param internalName a JVM internal name such as {@code dev/moka/kernel/core/Kernel}
     * @return the parsed class, or empty when the closed world does not contain it
     */
    public Optional<ClassNode> find(String internalName) {
        return cache.computeIfAbsent(internalName, this::load);
    }

    /** @param node a class made by the compiler, added to the closed world */
    public void define(ClassNode node) {
        cache.put(node.name, Optional.of(node));
    }

    private Optional<ClassNode> load(String internalName) {
        byte[] bytes = internalName.startsWith("java/")
                ? RuntimeLibrary.classBytes(internalName)
                : readUserClass(internalName + ".class");
        if (bytes == null) {
            return Optional.empty();
        }
        ClassNode node = new ClassNode();
        new ClassReader(bytes).accept(node, ClassReader.EXPAND_FRAMES);
        return Optional.of(node);
    }

    private byte[] readUserClass(String resource) {
        try {
            for (Path entry : classPath) {
                if (Files.isDirectory(entry)) {
                    Path file = entry.resolve(resource);
                    if (Files.isRegularFile(file)) {
                        return Files.readAllBytes(file);
                    }
                } else if (Files.isRegularFile(entry)) {
                    try (JarFile jar = new JarFile(entry.toFile())) {
                        ZipEntry e = jar.getEntry(resource);
                        if (e != null) {
                            try (InputStream in = jar.getInputStream(e)) {
                                return in.readAllBytes();
                            }
                        }
                    }
                }
            }
            try (InputStream in = ClassPool.class.getClassLoader().getResourceAsStream(resource)) {
                return in == null ? null : in.readAllBytes();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
