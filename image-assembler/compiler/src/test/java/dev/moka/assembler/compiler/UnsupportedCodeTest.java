package dev.moka.assembler.compiler;

import dev.moka.assembler.compiler.model.BuildException;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moka.assembler.compiler.backend.Target;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A method the compiler cannot translate fails the build with the method, the bytecode and the call chain. */
class UnsupportedCodeTest {
    /** Entry points compiled by the tests below; not run on the JVM. */
    static final class Programs {
        private Programs() {
        }

        static void reflectionEntry(long bootInfo) {
            helper((int) bootInfo);
        }

        static int helper(int x) {
            return nameLength(x);
        }

        static int nameLength(int a) {
            return String.class.getMethods().length + a;
        }

        static void missingClassEntry(long bootInfo) {
            java.util.concurrent.ConcurrentHashMap<String, String> map = new java.util.concurrent.ConcurrentHashMap<>();
            map.put("a", "b");
        }

        static void threadEntry(long bootInfo) {
            Thread worker = new Thread(() -> helper(1));
            worker.start();
        }

        static void classLoadingEntry(long bootInfo) throws ReflectiveOperationException {
            helper(Class.forName("dev.moka.Plugin").hashCode());
        }
    }

    private static BuildException compileFrom(String method) {
        Compilation compilation = new Compilation(Target.KERNEL, List.of());
        return assertThrows(BuildException.class, () -> compilation.compile(
                Programs.class.getName().replace('.', '/'), method, "(J)V", 1 << 20, Map.of()));
    }

    @Test
    void reflectionNamesMethodBytecodeAndCallChain() {
        String message = compileFrom("reflectionEntry").getMessage();
        String programs = Programs.class.getName();
        assertTrue(message.startsWith("cannot compile " + programs + ".nameLength(I)I: "), message);
        assertTrue(message.contains("bytecode invokevirtual at index "), message);
        assertTrue(message.contains("java.lang.Class.getMethods()") && message.contains("is not in the image's closed world"),
                message);
        int entry = message.indexOf(programs + ".reflectionEntry(J)V");
        int helper = message.indexOf(programs + ".helper(I)I");
        int method = message.lastIndexOf(programs + ".nameLength(I)I");
        assertTrue(entry > 0 && entry < helper && helper < method, "call chain in order:\n" + message);
    }

    @Test
    void classMissingFromTheRuntimeLibraryIsNamed() {
        String message = compileFrom("missingClassEntry").getMessage();
        assertTrue(message.contains("java.util.concurrent.ConcurrentHashMap is not in the image's closed world"), message);
        assertTrue(message.contains("Moka's runtime library does not provide it"), message);
        assertTrue(message.contains(Programs.class.getName() + ".missingClassEntry(J)V"), message);
    }

    @Test
    void javaLangThreadIsRefusedWithItsOwnReason() {
        String message = compileFrom("threadEntry").getMessage();
        assertTrue(message.startsWith("cannot compile " + Programs.class.getName() + ".threadEntry(J)V: "), message);
        assertTrue(message.contains("java.lang.Thread is not supported: Moka has its own kernel threads"), message);
        assertTrue(message.matches("(?s).*bytecode \\w+ at index \\d+: java\\.lang\\.Thread.*"), message);
    }

    @Test
    void dynamicClassLoadingIsRefusedWithItsOwnReason() {
        String message = compileFrom("classLoadingEntry").getMessage();
        assertTrue(message.contains("java.lang.Class.forName"), message);
        assertTrue(message.contains("dynamic class loading is not supported"), message);
        assertTrue(message.contains(Programs.class.getName() + ".classLoadingEntry(J)V"), message);
    }
}
