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

        static void floatEntry(long bootInfo) {
            helper((int) bootInfo);
        }

        static int helper(int x) {
            return average(x, 3);
        }

        static int average(int a, int b) {
            float sum = a + b;
            return (int) (sum / 2f);
        }

        static void missingClassEntry(long bootInfo) {
            java.util.HashMap<String, String> map = new java.util.HashMap<>();
            map.put("a", "b");
        }
    }

    private static BuildException compileFrom(String method) {
        Compilation compilation = new Compilation(Target.KERNEL, List.of());
        return assertThrows(BuildException.class, () -> compilation.compile(
                Programs.class.getName().replace('.', '/'), method, "(J)V", 1 << 20, Map.of()));
    }

    @Test
    void floatArithmeticNamesMethodBytecodeAndCallChain() {
        String message = compileFrom("floatEntry").getMessage();
        String programs = Programs.class.getName();
        assertTrue(message.startsWith("cannot compile " + programs + ".average(II)I: "), message);
        assertTrue(message.contains("bytecode i2f") || message.contains("bytecode fadd")
                || message.contains("float and double"), message);
        assertTrue(message.contains("at index"), message);
        int entry = message.indexOf(programs + ".floatEntry(J)V");
        int helper = message.indexOf(programs + ".helper(I)I");
        int average = message.lastIndexOf(programs + ".average(II)I");
        assertTrue(entry > 0 && entry < helper && helper < average, "call chain in order:\n" + message);
    }

    @Test
    void classMissingFromTheRuntimeLibraryIsNamed() {
        String message = compileFrom("missingClassEntry").getMessage();
        assertTrue(message.contains("java.util.HashMap is not in the image's closed world"), message);
        assertTrue(message.contains("Moka's runtime library does not provide it"), message);
        assertTrue(message.contains(Programs.class.getName() + ".missingClassEntry(J)V"), message);
    }
}
