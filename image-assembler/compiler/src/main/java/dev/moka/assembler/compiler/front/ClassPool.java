package dev.moka.assembler.compiler.front;

import dev.moka.assembler.compiler.ClassLibrary;
import dev.moka.runtime.RuntimeLibrary;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.ClassNode;

/**
 * Where the compiler finds class files: the closed world of one image.
 *
 * <p>Names of the platform ({@code java/}, {@code jdk/internal/}, {@code sun/}) come from Moka's
 * runtime library: a JDK class the library lacks is absent, and the compiler reports who needed
 * it. The exceptions are a small vetted slice of the JDK's plain computation (its port of fdlibm,
 * which {@code Math} and {@code StrictMath} complete themselves from), and, under
 * {@link ClassLibrary#JDK_FALLBACK}, every class the library lacks: these are read from the
 * {@code java.base} module of the JDK running the compiler. Every
 * other name comes from the explicit class path if one was given, then from the class loader that
 * loaded the compiler (the {@code moka} command puts the kernel modules there), which also provides
 * a program's heap plan and the kernel-api classes the plan is written against. Synthetic classes
 * made by the compiler itself are added with {@link #define}.
 */
public final class ClassPool {
    /** The newest class file version the parser reads. */
    private static final int NEWEST_VERSION = Opcodes.V26;

    private final List<Path> classPath;
    private final ClassLibrary library;
    private final Map<String, Optional<ClassNode>> cache = new HashMap<>();
    private final Set<String> fromJdk = new HashSet<>();
    private final Map<String, Optional<ClassNode>> jdkCounterparts = new HashMap<>();

    /** @param classPath jars and directories to search before the compiler's class loader */
    public ClassPool(List<Path> classPath) {
        this(classPath, ClassLibrary.MOKA);
    }

    /**
     * @param classPath jars and directories to search before the compiler's class loader
     * @param library   where platform classes come from
     */
    public ClassPool(List<Path> classPath, ClassLibrary library) {
        this.classPath = List.copyOf(classPath);
        this.library = library;
    }

    /** @return where platform classes come from */
    public ClassLibrary library() {
        return library;
    }

    /**
     * The JDK's own version of a class Moka's runtime library substitutes, under
     * {@link ClassLibrary#JDK_FALLBACK} or for the vetted classes that complete themselves from it:
     * where members the substitute lacks are taken from.
     *
     * @param internalName a class of Moka's runtime library
     * @return the JDK's class of that name, or empty when members are not taken from it
     */
    public Optional<ClassNode> jdkCounterpart(String internalName) {
        boolean grafts = library == ClassLibrary.JDK_FALLBACK || JdkClasses.takesMembersFromJdk(internalName);
        if (!grafts || !JdkClasses.isPlatformName(internalName) || fromJdk.contains(internalName)) {
            return Optional.empty();
        }
        return jdkCounterparts.computeIfAbsent(internalName, name -> {
            ClassFile file = JdkClasses.read(name);
            return file == null ? Optional.empty() : Optional.of(parse(file, name));
        });
    }

    /**
     * @param internalName a class name that {@link #find} has found
     * @return whether its bytecode is the JDK's (under {@link ClassLibrary#JDK_FALLBACK}), not Moka's or the program's
     */
    public boolean isFromJdk(String internalName) {
        return fromJdk.contains(internalName);
    }

    /**
     * @param internalName a JVM internal name such as {@code dev/moka/kernel/core/Kernel}
     * @return the parsed class, or empty when the closed world does not contain it
     * @throws ClassFileException when its class file is damaged or cannot be read
     */
    public Optional<ClassNode> find(String internalName) {
        return cache.computeIfAbsent(internalName, this::load);
    }

    /** @param node a class made by the compiler, added to the closed world */
    public void define(ClassNode node) {
        cache.put(node.name, Optional.of(node));
    }

    /**
     * @param internalName a class name
     * @return whether one of the explicit class path entries (not the compiler's class loader) holds it
     * @throws ClassFileException when an entry cannot be read
     */
    public boolean onClassPath(String internalName) {
        return fromClassPath(internalName + ".class") != null;
    }

    /** A class file's bytes and where they came from, for messages. */
    record ClassFile(byte[] bytes, String origin) {
    }

    private Optional<ClassNode> load(String internalName) {
        ClassFile file;
        if (JdkClasses.isPlatformName(internalName)) {
            // Moka's substitute first; the JDK's bytecode only under the fallback or for the vetted slice.
            file = fromRuntimeLibrary(internalName);
            if (file == null && (library == ClassLibrary.JDK_FALLBACK || JdkClasses.isVetted(internalName))) {
                file = JdkClasses.read(internalName);
            }
        } else {
            file = readUserClass(internalName);
        }
        if (file == null) {
            return Optional.empty();
        }
        ClassNode node = parse(file, internalName);
        if (file.origin().startsWith(JdkClasses.ORIGIN_PREFIX)) {
            fromJdk.add(internalName);
            SerializationFields.remove(node);
            JdkSubstitutions.apply(node);
        }
        return Optional.of(node);
    }

    private static ClassNode parse(ClassFile file, String internalName) {
        String problem = ClassFileCheck.problem(file.bytes(), NEWEST_VERSION);
        if (problem != null) {
            throw new ClassFileException("class file " + file.origin() + " is malformed: " + problem);
        }
        ClassNode node = new ClassNode();
        try {
            new ClassReader(file.bytes()).accept(node, ClassReader.EXPAND_FRAMES);
        } catch (RuntimeException e) {
            // The structure was sound, so what the parser rejects is inside a method body or an attribute.
            throw new ClassFileException("class file " + file.origin() + " is malformed: the class file parser rejects it ("
                    + e + ")");
        }
        if (!node.name.equals(internalName)) {
            throw new ClassFileException("class file " + file.origin() + " holds class " + node.name.replace('/', '.')
                    + ", not " + internalName.replace('/', '.'));
        }
        return node;
    }

    private static ClassFile fromRuntimeLibrary(String internalName) {
        byte[] bytes = RuntimeLibrary.classBytes(internalName);
        return bytes == null ? null : new ClassFile(bytes, internalName + ".class in Moka's runtime library");
    }

    private ClassFile readUserClass(String internalName) {
        String resource = internalName + ".class";
        ClassFile file = fromClassPath(resource);
        if (file != null) {
            return file;
        }
        try (InputStream in = ClassPool.class.getClassLoader().getResourceAsStream(resource)) {
            return in == null ? null : new ClassFile(in.readAllBytes(), resource + " from the compiler's module path");
        } catch (IOException e) {
            throw new ClassFileException("cannot read " + resource + " from the compiler's module path: " + e.getMessage());
        }
    }

    private ClassFile fromClassPath(String resource) {
        for (Path entry : classPath) {
            if (Files.isDirectory(entry)) {
                Path file = entry.resolve(resource);
                if (Files.isRegularFile(file)) {
                    try {
                        return new ClassFile(Files.readAllBytes(file), file.toString());
                    } catch (IOException e) {
                        throw new ClassFileException("cannot read class file " + file + ": " + e.getMessage());
                    }
                }
            } else if (Files.isRegularFile(entry)) {
                try (JarFile jar = new JarFile(entry.toFile())) {
                    ZipEntry e = jar.getEntry(resource);
                    if (e != null) {
                        try (InputStream in = jar.getInputStream(e)) {
                            return new ClassFile(in.readAllBytes(), entry + "!/" + resource);
                        }
                    }
                } catch (IOException e) {
                    throw new ClassFileException("cannot read class path entry " + entry + " as a jar: " + e.getMessage());
                }
            }
        }
        return null;
    }
}
