package dev.moka.assembler.linux;

import dev.moka.assembler.compiler.front.ClassFileException;
import dev.moka.assembler.compiler.front.ClassPool;
import dev.moka.assembler.compiler.model.BuildException;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Checks what a program build starts from before anything is compiled: every class path entry exists
 * and is a directory or a jar, and the main class is on the class path with a static
 * {@code main(String[])}. Each failure names the path or class the user gave.
 */
final class ClassPathCheck {
    private static final String MAIN_DESCRIPTOR = "([Ljava/lang/String;)V";

    private ClassPathCheck() {
    }

    static void check(List<Path> classPath, String mainClass) throws BuildException {
        for (Path entry : classPath) {
            checkEntry(entry);
        }
        String internalName = mainClass.replace('.', '/');
        ClassPool pool = new ClassPool(classPath);
        try {
            if (!pool.onClassPath(internalName)) {
                throw new BuildException("main class " + mainClass + " not found on the class path "
                        + classPath.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator)));
            }
            if (!hasStaticMain(pool, internalName)) {
                throw new BuildException("main class " + mainClass + " has no static method main(String[])");
            }
        } catch (ClassFileException e) {
            throw new BuildException(e.getMessage());
        }
    }

    private static void checkEntry(Path entry) throws BuildException {
        if (Files.isDirectory(entry)) {
            return;
        }
        if (!Files.exists(entry)) {
            throw new BuildException("class path entry " + entry + " does not exist");
        }
        if (!Files.isRegularFile(entry)) {
            throw new BuildException("class path entry " + entry + " is neither a directory nor a jar");
        }
        try (JarFile jar = new JarFile(entry.toFile())) {
            jar.size();
        } catch (IOException e) {
            throw new BuildException("class path entry " + entry + " is neither a directory nor a jar: " + e.getMessage());
        }
    }

    /** The JVM finds an inherited static main too, and so does the call the executable makes. */
    private static boolean hasStaticMain(ClassPool pool, String className) {
        for (String name = className; name != null; ) {
            ClassNode node = pool.find(name).orElse(null);
            if (node == null) {
                return false;
            }
            for (MethodNode m : node.methods) {
                if (m.name.equals("main") && m.desc.equals(MAIN_DESCRIPTOR)) {
                    return (m.access & Opcodes.ACC_STATIC) != 0;
                }
            }
            name = node.superName;
        }
        return false;
    }
}
