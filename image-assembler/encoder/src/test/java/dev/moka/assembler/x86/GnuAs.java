package dev.moka.assembler.x86;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs GNU as on Intel-syntax source and returns the bytes and relocations of each instruction.
 * Every instruction is put in its own section ({@code .text.N}), so lengths, bytes and
 * section-relative relocation offsets come straight from the object file.
 */
final class GnuAs {
    private static final Path AS = Path.of("/usr/bin/as");

    private GnuAs() {
    }

    static Path executable() {
        if (Files.isExecutable(AS)) {
            return AS;
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            Path candidate = Path.of(dir, "as");
            if (!dir.isEmpty() && Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return fail("GNU as (binutils) is required: apt-get install binutils");
    }

    /** Assembles each line separately; result i belongs to line i. */
    static List<ElfObject.Section> assembleEach(Assembler.Mode mode, List<String> lines) {
        StringBuilder source = new StringBuilder(header(mode));
        for (int i = 0; i < lines.size(); i++) {
            source.append(".section .text.").append(i).append(",\"ax\",@progbits\n").append(lines.get(i)).append('\n');
        }
        Map<String, ElfObject.Section> sections = ElfObject.parse(run(mode, source.toString()));
        List<ElfObject.Section> result = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            result.add(sections.get(".text." + i));
        }
        return result;
    }

    /** Assembles a whole program into {@code .text} and returns that section. */
    static ElfObject.Section assembleProgram(Assembler.Mode mode, List<String> lines) {
        String source = header(mode) + ".text\n" + String.join("\n", lines) + "\n";
        return ElfObject.parse(run(mode, source)).get(".text");
    }

    /** Intel syntax, and {@code .code16} for 16-bit code (which {@code as --32} then assembles). */
    private static String header(Assembler.Mode mode) {
        return ".intel_syntax noprefix\n" + (mode == Assembler.Mode.REAL16 ? ".code16\n" : "");
    }

    private static byte[] run(Assembler.Mode mode, String source) {
        Path as = executable();
        try {
            Path dir = Files.createTempDirectory("moka-as");
            try {
                Path input = dir.resolve("in.s");
                Path output = dir.resolve("out.o");
                Files.writeString(input, source, StandardCharsets.UTF_8);
                String width = mode == Assembler.Mode.LONG64 ? "--64" : "--32";
                Process process = new ProcessBuilder(as.toString(), width, "-o", output.toString(), input.toString())
                        .redirectErrorStream(true).start();
                String messages = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                    fail("GNU as rejected the reference source:\n" + messages + "\n" + source);
                }
                return Files.readAllBytes(output);
            } finally {
                try (var files = Files.list(dir)) {
                    for (Path file : files.toList()) {
                        Files.delete(file);
                    }
                }
                Files.delete(dir);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + as, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + as, e);
        }
    }
}
