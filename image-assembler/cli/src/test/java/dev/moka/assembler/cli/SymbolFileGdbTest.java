package dev.moka.assembler.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.moka.assembler.image.ImageAssembler;
import dev.moka.assembler.image.MethodSymbol;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reads the symbol file of the default image with {@code gdb -batch}, as a person debugging a run
 * would: addresses inside compiled methods must name the method and offset, and code addresses
 * must map to the source lines of the compiler's line tables. No QEMU is needed.
 */
class SymbolFileGdbTest {
    private static final String KERNEL_RUN = "dev.moka.kernel.core.Kernel.run(Ldev/moka/kernel/api/boot/BootInfo;)V";

    @TempDir
    static Path dir;
    private static Path symbols;
    private static List<MethodSymbol> methods;

    @BeforeAll
    static void assemble() throws Exception {
        ImageAssembler.Result result = ImageAssembler.builder().build();
        symbols = dir.resolve("kernel.sym.elf");
        Files.write(symbols, result.symbolFile());
        methods = result.kernel().methods();
    }

    private static MethodSymbol method(String name) {
        return methods.stream().filter(m -> m.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no compiled method " + name));
    }

    @Test
    void everyCompiledMethodIsAFunctionSymbolWithItsSize() throws Exception {
        assertTrue(methods.size() > 100, methods.size() + " methods");
        List<String> commands = new ArrayList<>();
        for (MethodSymbol m : List.of(method(KERNEL_RUN), methods.get(0), methods.get(methods.size() - 1))) {
            commands.add("info symbol 0x" + Long.toHexString(m.address()));
            commands.add("info symbol 0x" + Long.toHexString(m.address() + m.size() - 1));
        }
        List<String> answers = gdb(commands);
        int i = 0;
        for (MethodSymbol m : List.of(method(KERNEL_RUN), methods.get(0), methods.get(methods.size() - 1))) {
            assertEquals(m.name() + " in section .text", answers.get(i++));
            assertEquals(m.name() + " + " + (m.size() - 1) + " in section .text", answers.get(i++));
        }
    }

    @Test
    void codeAddressesMapToTheirJavaSourceLines() throws Exception {
        MethodSymbol run = method(KERNEL_RUN);
        assertTrue(run.offsets().length > 5, "Kernel.run has a line table");
        assertEveryLineMatches(run);
    }

    /** Loops step back to earlier lines: the line program's negative advances must decode too. */
    @Test
    void linesThatGoBackwardsMapToo() throws Exception {
        MethodSymbol loop = methods.stream().filter(m -> m.sourceFile() != null && goesBack(m.lines()))
                .findFirst().orElseThrow(() -> new AssertionError("no compiled method steps back a line"));
        assertEveryLineMatches(loop);
    }

    private static boolean goesBack(int[] lines) {
        for (int i = 1; i < lines.length; i++) {
            if (lines[i] < lines[i - 1]) {
                return true;
            }
        }
        return false;
    }

    /** Asks gdb for the line at every offset where one line starts and no other starts with it. */
    private static void assertEveryLineMatches(MethodSymbol m) throws Exception {
        int[] offsets = m.offsets();
        int[] lines = m.lines();
        String file = m.name().substring(0, m.name().lastIndexOf('.', m.name().indexOf('(')))
                .replaceAll("\\.[^.]*$", "").replace('.', '/') + "/" + m.sourceFile();
        List<Integer> checked = new ArrayList<>();
        List<String> commands = new ArrayList<>();
        for (int k = 1; k < offsets.length; k++) {
            boolean alone = offsets[k] != offsets[k - 1] && (k + 1 == offsets.length || offsets[k + 1] != offsets[k]);
            if (alone) {
                checked.add(k);
                commands.add("info line *0x" + Long.toHexString(m.address() + offsets[k]));
            }
        }
        assertTrue(!checked.isEmpty(), m.name() + " has lines to check");
        List<String> answers = gdb(commands);
        for (int i = 0; i < checked.size(); i++) {
            int k = checked.get(i);
            assertTrue(answers.get(i).startsWith("Line " + lines[k] + " of \"" + file + "\""),
                    m.name() + " at offset " + offsets[k] + " should be line " + lines[k] + ": " + answers.get(i));
        }
    }

    /** Runs each command in one gdb session and returns one line of answer per command. */
    private static List<String> gdb(List<String> commands) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(gdbExecutable(), "-batch", "-nx"));
        for (String c : commands) {
            command.add("-ex");
            command.add(c);
        }
        command.add(symbols.toString());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            fail("gdb failed:\n" + output);
        }
        List<String> lines = output.lines().toList();
        assertEquals(commands.size(), lines.size(), "one line per command:\n" + output);
        return lines;
    }

    static String gdbExecutable() {
        for (String folder : System.getenv().getOrDefault("PATH", "").split(":")) {
            Path candidate = Path.of(folder.isEmpty() ? "." : folder, "gdb");
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        return fail("gdb is required to check symbol files: apt-get install -y --no-install-recommends gdb");
    }
}
