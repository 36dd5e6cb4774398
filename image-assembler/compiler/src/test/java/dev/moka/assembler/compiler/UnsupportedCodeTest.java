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

        static void missingCatchTypeEntry(long bootInfo) {
            try {
                helper((int) bootInfo);
            } catch (java.time.DateTimeException e) {
                helper(2);
            }
        }

        static void missingArrayElementEntry(long bootInfo) {
            java.util.Scanner[][] grid = new java.util.Scanner[2][(int) bootInfo];
            helper(grid.length);
        }

        static void missingSuperclassEntry(long bootInfo) {
            helper(new Settings().size());
        }

        static void missingTypeTestEntry(long bootInfo) {
            Object o = bootInfo;
            helper(o instanceof java.util.Scanner ? 1 : 0);
        }

        static void missingMethodEntry(long bootInfo) {
            helper("moka".indent((int) bootInfo).length());
        }

        static void missingFieldEntry(long bootInfo) {
            helper(int.class.hashCode());
        }
    }

    /** A program class whose superclass the runtime library lacks. */
    static final class Settings extends java.util.Properties {
        private static final long serialVersionUID = 1L;
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
    void aMissingCatchTypeNamesTheHandler() {
        String message = compileFrom("missingCatchTypeEntry").getMessage();
        assertTrue(message.startsWith("cannot compile " + Programs.class.getName() + ".missingCatchTypeEntry(J)V: "
                + "the exception handler at index "), message);
        assertTrue(message.contains(" catches java.time.DateTimeException: java.time.DateTimeException is not in the "
                + "image's closed world (Moka's runtime library does not provide it)"), message);
    }

    @Test
    void aMissingArrayElementClassNamesTheBytecode() {
        String message = compileFrom("missingArrayElementEntry").getMessage();
        assertTrue(message.matches("(?s)cannot compile \\S+\\.missingArrayElementEntry\\(J\\)V: bytecode multianewarray at index \\d+: "
                + "java\\.util\\.Scanner is not in the image's closed world.*"), message);
    }

    @Test
    void aMissingSuperclassIsNamedWithItsSubclass() {
        String message = compileFrom("missingSuperclassEntry").getMessage();
        assertTrue(message.matches("(?s).*: bytecode new at index \\d+: java\\.util\\.Properties, the superclass of "
                + Settings.class.getName().replace("$", "\\$").replace(".", "\\.") + ", is not in the image's closed world "
                + "\\(Moka's runtime library does not provide it\\).*"), message);
    }

    @Test
    void aMissingTypeInATypeTestNamesTheBytecode() {
        String message = compileFrom("missingTypeTestEntry").getMessage();
        assertTrue(message.matches("(?s).*: bytecode instanceof at index \\d+: java\\.util\\.Scanner is not in the image's closed "
                + "world \\(Moka's runtime library does not provide it\\).*"), message);
    }

    @Test
    void aMissingMethodIsNamedWithItsDescriptor() {
        String message = compileFrom("missingMethodEntry").getMessage();
        assertTrue(message.matches("(?s).*: bytecode invokevirtual at index \\d+: java\\.lang\\.String\\.indent\\(I\\)"
                + "Ljava/lang/String; \\(method\\) is not in the image's closed world \\(Moka's runtime library does not "
                + "provide it\\).*"), message);
    }

    @Test
    void aMissingFieldIsNamed() {
        String message = compileFrom("missingFieldEntry").getMessage();
        assertTrue(message.matches("(?s).*: bytecode getstatic at index \\d+: java\\.lang\\.Integer\\.TYPE \\(field\\) is not in "
                + "the image's closed world \\(Moka's runtime library does not provide it\\).*"), message);
    }

    @Test
    void dynamicClassLoadingIsRefusedWithItsOwnReason() {
        String message = compileFrom("classLoadingEntry").getMessage();
        assertTrue(message.contains("java.lang.Class.forName"), message);
        assertTrue(message.contains("dynamic class loading is not supported"), message);
        assertTrue(message.contains(Programs.class.getName() + ".classLoadingEntry(J)V"), message);
    }
}
