package dev.moka.assembler.compiler;

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
            java.util.WeakHashMap<String, String> map = new java.util.WeakHashMap<>();
            map.put("a", "b");
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
        assertTrue(message.contains("java.util.WeakHashMap is not in the image's closed world"), message);
        assertTrue(message.contains("Moka's runtime library does not provide it"), message);
        assertTrue(message.contains(Programs.class.getName() + ".missingClassEntry(J)V"), message);
    }
}
