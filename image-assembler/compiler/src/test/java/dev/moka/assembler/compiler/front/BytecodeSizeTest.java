package dev.moka.assembler.compiler.front;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * The computed code length equals the Code attribute's length in real class files, except for the
 * one byte each {@code ldc_w} (a constant-pool index above 255) has beyond the {@code ldc} assumed.
 */
class BytecodeSizeTest {
    /** Code lengths by name and descriptor, read from the class file's Code attributes. */
    private static Map<String, Integer> codeLengths(ClassReader reader) {
        Map<String, Integer> lengths = new HashMap<>();
        char[] buffer = new char[reader.getMaxStringLength()];
        int at = reader.header + 6;
        at += 2 + 2 * reader.readUnsignedShort(at); // interfaces
        for (int kind = 0; kind < 2; kind++) { // fields, then methods
            int count = reader.readUnsignedShort(at);
            at += 2;
            for (int i = 0; i < count; i++) {
                String name = reader.readUTF8(at + 2, buffer);
                String descriptor = reader.readUTF8(at + 4, buffer);
                int attributes = reader.readUnsignedShort(at + 6);
                at += 8;
                for (int a = 0; a < attributes; a++) {
                    String attribute = reader.readUTF8(at, buffer);
                    int length = reader.readInt(at + 2);
                    if (kind == 1 && attribute.equals("Code")) {
                        lengths.put(name + descriptor, reader.readInt(at + 10));
                    }
                    at += 6 + length;
                }
            }
        }
        return lengths;
    }

    private static void check(Class<?> type) throws IOException {
        byte[] bytes;
        try (InputStream in = type.getResourceAsStream(type.getSimpleName() + ".class")) {
            bytes = in.readAllBytes();
        }
        ClassReader reader = new ClassReader(bytes);
        ClassNode node = new ClassNode();
        reader.accept(node, ClassReader.EXPAND_FRAMES);
        Map<String, Integer> expected = codeLengths(reader);
        int checked = 0;
        for (MethodNode m : node.methods) {
            Integer length = expected.get(m.name + m.desc);
            if (length != null) {
                int shortBy = length - BytecodeSize.of(m);
                long ldcs = java.util.stream.StreamSupport.stream(m.instructions.spliterator(), false)
                        .filter(insn -> insn.getOpcode() == org.objectweb.asm.Opcodes.LDC).count();
                assertTrue(shortBy >= 0 && shortBy <= ldcs, type.getName() + "." + m.name + m.desc + ": code length "
                        + length + ", computed " + BytecodeSize.of(m));
                checked++;
            }
        }
        assertTrue(checked > 0, "no method with code in " + type);
    }

    @Test
    void matchesTheCodeAttributeOfCompilerAndTestClasses() throws IOException {
        check(ClassPool.class);
        check(BytecodeSize.class);
        check(BytecodeSizeTest.class);
        check(dev.moka.assembler.compiler.ir.IrBuilder.class);
        check(dev.moka.assembler.compiler.backend.MethodCompiler.class);
        check(java.util.BitSet.class);
    }
}
