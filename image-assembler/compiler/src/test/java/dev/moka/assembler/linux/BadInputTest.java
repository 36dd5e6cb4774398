package dev.moka.assembler.linux;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moka.assembler.compiler.model.BuildException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Bad input to a program build ends in a build error that names the file or class and what is
 * wrong: missing class path entries, a main class that is not there, and class files that are
 * truncated, do not start with the magic number, have an invalid constant pool or extra bytes, hold
 * another class than their name says, or contain bytecode that fails verification.
 */
class BadInputTest {
    @TempDir
    Path dir;

    /** A class {@code name} whose static main(String[]) runs {@code body} and returns. */
    private static byte[] mainClass(String name, Consumer<ClassWriter> extraMethods, Consumer<MethodVisitor> body) {
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        cw.visit(Opcodes.V21, Opcodes.ACC_PUBLIC | Opcodes.ACC_SUPER, name, null, "java/lang/Object", null);
        MethodVisitor mv = cw.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, "main", "([Ljava/lang/String;)V", null, null);
        mv.visitCode();
        body.accept(mv);
        mv.visitInsn(Opcodes.RETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        extraMethods.accept(cw);
        cw.visitEnd();
        return cw.toByteArray();
    }

    private static byte[] hello() {
        return mainClass("Hello", cw -> { }, mv -> { });
    }

    private Path classes(String fileName, byte[] bytes) throws IOException {
        Path classes = Files.createDirectories(dir.resolve("classes"));
        Files.write(classes.resolve(fileName), bytes);
        return classes;
    }

    private static String buildError(List<Path> classPath, String mainClass) {
        return assertThrows(BuildException.class, () -> LinuxExecutableBuilder.build(classPath, mainClass)).getMessage();
    }

    @Test
    void aMissingClassPathEntryIsNamed() {
        Path missing = dir.resolve("no-such-dir");
        assertEquals("class path entry " + missing + " does not exist", buildError(List.of(missing), "Hello"));
    }

    @Test
    void aClassPathEntryThatIsNotAJarIsNamed() throws IOException {
        Path text = Files.writeString(dir.resolve("notes.txt"), "not a jar");
        String message = buildError(List.of(text), "Hello");
        assertTrue(message.startsWith("class path entry " + text + " is neither a directory nor a jar"), message);
    }

    @Test
    void aMainClassThatIsNotOnTheClassPathIsNamedWithThePath() throws IOException {
        Path classes = classes("Hello.class", hello());
        Path other = Files.createDirectories(dir.resolve("other"));
        assertEquals("main class NoSuchMain not found on the class path " + classes + ":" + other,
                buildError(List.of(classes, other), "NoSuchMain"));
    }

    @Test
    void aMainClassWithoutStaticMainIsNamed() throws IOException {
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        cw.visit(Opcodes.V21, Opcodes.ACC_PUBLIC | Opcodes.ACC_SUPER, "NoMain", null, "java/lang/Object", null);
        cw.visitEnd();
        Path classes = classes("NoMain.class", cw.toByteArray());
        assertEquals("main class NoMain has no static method main(String[])", buildError(List.of(classes), "NoMain"));
    }

    @Test
    void aTruncatedClassFileIsNamedWithWhereItEnds() throws IOException {
        Path classes = classes("Hello.class", Arrays.copyOf(hello(), 40));
        String message = buildError(List.of(classes), "Hello");
        assertTrue(message.startsWith("class file " + classes.resolve("Hello.class") + " is malformed: it is truncated: "
                + "it ends after 40 bytes, inside constant pool entry "), message);
    }

    @Test
    void aClassFileWithoutTheMagicNumberIsNamed() throws IOException {
        byte[] bytes = hello();
        bytes[3] = 0;
        Path classes = classes("Hello.class", bytes);
        assertEquals("class file " + classes.resolve("Hello.class") + " is malformed: it does not start with the class "
                + "file magic number 0xCAFEBABE but with 0xCAFEBA00", buildError(List.of(classes), "Hello"));
    }

    @Test
    void anUnknownConstantPoolTagIsNamed() throws IOException {
        byte[] bytes = hello();
        bytes[10] = 99;
        Path classes = classes("Hello.class", bytes);
        assertEquals("class file " + classes.resolve("Hello.class") + " is malformed: its constant pool is invalid: "
                + "entry 1 has the unknown tag 99", buildError(List.of(classes), "Hello"));
    }

    @Test
    void aConstantPoolReferenceOfTheWrongKindIsNamed() throws IOException {
        byte[] bytes = hello();
        int thisClass = afterConstantPool(bytes) + 2;
        int index = (bytes[thisClass] & 0xff) << 8 | bytes[thisClass + 1] & 0xff;
        int utf8 = (bytes[entryOffset(bytes, index) + 1] & 0xff) << 8 | bytes[entryOffset(bytes, index) + 2] & 0xff;
        bytes[thisClass] = (byte) (utf8 >> 8);
        bytes[thisClass + 1] = (byte) utf8;
        Path classes = classes("Hello.class", bytes);
        assertEquals("class file " + classes.resolve("Hello.class") + " is malformed: its this_class is constant pool "
                + "entry " + utf8 + ", which is not a class", buildError(List.of(classes), "Hello"));
    }

    @Test
    void extraBytesAfterTheClassFileAreNamed() throws IOException {
        byte[] bytes = Arrays.copyOf(hello(), hello().length + 3);
        Path classes = classes("Hello.class", bytes);
        assertEquals("class file " + classes.resolve("Hello.class") + " is malformed: it has 3 extra bytes after the "
                + "end of the class file", buildError(List.of(classes), "Hello"));
    }

    @Test
    void aClassFileHoldingAnotherClassIsNamed() throws IOException {
        Path classes = classes("Other.class", hello());
        assertEquals("class file " + classes.resolve("Other.class") + " holds class Hello, not Other",
                buildError(List.of(classes), "Other"));
    }

    @Test
    void bytecodeThatFailsVerificationIsNamedWithItsMethodAndChain() throws IOException {
        byte[] bytes = mainClass("Bad", cw -> {
            MethodVisitor mv = cw.visitMethod(Opcodes.ACC_STATIC, "sum", "()I", null, null);
            mv.visitCode();
            mv.visitInsn(Opcodes.ACONST_NULL);
            mv.visitInsn(Opcodes.ICONST_1);
            mv.visitInsn(Opcodes.IADD);
            mv.visitInsn(Opcodes.IRETURN);
            mv.visitMaxs(0, 0);
            mv.visitEnd();
        }, mv -> {
            mv.visitMethodInsn(Opcodes.INVOKESTATIC, "Bad", "sum", "()I", false);
            mv.visitInsn(Opcodes.POP);
        });
        Path classes = classes("Bad.class", bytes);
        String message = buildError(List.of(classes), "Bad");
        assertTrue(message.startsWith("cannot compile Bad.sum()I: the bytecode fails verification: bytecode iadd at index 2: "),
                message);
        assertTrue(message.contains("call chain from the entry point:") && message.contains("\n    Bad.main([Ljava/lang/String;)V"),
                message);
    }

    /** @return the offset of the access flags, just after the constant pool */
    private static int afterConstantPool(byte[] bytes) {
        int count = (bytes[8] & 0xff) << 8 | bytes[9] & 0xff;
        return entryOffset(bytes, count);
    }

    private static int entryOffset(byte[] bytes, int wanted) {
        int pos = 10;
        for (int i = 1; i < wanted; i++) {
            int tag = bytes[pos];
            pos += switch (tag) {
                case 1 -> 3 + ((bytes[pos + 1] & 0xff) << 8 | bytes[pos + 2] & 0xff);
                case 5, 6 -> 9;
                case 7, 8, 16, 19, 20 -> 3;
                case 15 -> 4;
                default -> 5;
            };
            if (tag == 5 || tag == 6) {
                i++;
            }
        }
        return pos;
    }
}
