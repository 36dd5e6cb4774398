package dev.moka.assembler.linux;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An executable built with symbols names its methods in an ELF symbol table that tools read, and
 * loads and runs the same bytes as one built without.
 */
class SymbolTableTest {
    @TempDir
    Path work;

    @Test
    void methodsAreNamedAndTheLoadedBytesAreTheSame() throws Exception {
        Path classes = Files.createDirectories(work.resolve("classes"));
        Process javac = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "javac").toString(),
                "--release", "21", "-d", classes.toString(), "src/test/resources/env/PrintEnv.java").inheritIO().start();
        assertEquals(0, javac.waitFor());
        LinuxExecutableBuilder.Options plain = LinuxExecutableBuilder.Options.defaults();
        byte[] without = LinuxExecutableBuilder.build(List.of(classes), "PrintEnv", plain);
        byte[] with = LinuxExecutableBuilder.build(List.of(classes), "PrintEnv", plain.symbols(true));

        ByteBuffer elf = ByteBuffer.wrap(with).order(ByteOrder.LITTLE_ENDIAN);
        long fileBytes = elf.getLong(64 + 32);
        long base = elf.getLong(64 + 16);
        assertEquals(without.length, fileBytes, "the loadable segment is the executable without symbols");
        // Only the ELF header's section-table fields (e_shoff and after) tell the two apart.
        assertArrayEquals(Arrays.copyOf(without, 40), Arrays.copyOf(with, 40));
        assertArrayEquals(Arrays.copyOfRange(without, 64, without.length), Arrays.copyOfRange(with, 64, without.length));

        Map<String, long[]> functions = functions(elf);
        long[] main = functions.get("PrintEnv.main([Ljava/lang/String;)V");
        assertTrue(main != null, "PrintEnv.main is named among " + functions.size() + " functions");
        assertTrue(main[0] >= base && main[0] + main[1] <= base + fileBytes && main[1] > 0,
                "main's code lies in the loaded bytes");
        assertTrue(functions.containsKey("java.lang.String.length()I"), "library methods are named too");

        Path exe = work.resolve("printenv");
        Files.write(exe, with);
        Files.setPosixFilePermissions(exe, PosixFilePermissions.fromString("rwxr-xr-x"));
        Process run = new ProcessBuilder(exe.toString(), "x").redirectErrorStream(true).start();
        run.getInputStream().readAllBytes();
        assertEquals(0, run.waitFor());
    }

    /** @return each function symbol's name with its address and size, read through the section headers */
    private static Map<String, long[]> functions(ByteBuffer elf) {
        long sectionHeaders = elf.getLong(40);
        int count = elf.getShort(60);
        Map<String, long[]> functions = new HashMap<>();
        for (int i = 0; i < count; i++) {
            int header = (int) sectionHeaders + 64 * i;
            if (elf.getInt(header + 4) != 2) { // SHT_SYMTAB
                continue;
            }
            int symbols = (int) elf.getLong(header + 24);
            int size = (int) elf.getLong(header + 32);
            int strings = (int) elf.getLong((int) sectionHeaders + 64 * elf.getInt(header + 40) + 24);
            for (int s = symbols + 24; s < symbols + size; s += 24) {
                int name = strings + elf.getInt(s);
                int end = name;
                while (elf.get(end) != 0) {
                    end++;
                }
                byte[] bytes = new byte[end - name];
                elf.get(name, bytes);
                assertEquals(0x12, elf.get(s + 4), "a global function symbol");
                functions.put(new String(bytes, StandardCharsets.UTF_8), new long[] {elf.getLong(s + 8), elf.getLong(s + 16)});
            }
        }
        return functions;
    }
}
