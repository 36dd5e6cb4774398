package dev.moka.assembler.linux.publicprograms;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * One program of the public set: a single-file Java program for a problem of a public collection
 * (Rosetta Code, the Computer Language Benchmarks Game, Are We Fast Yet?). Header comments give its
 * command line and standard input:
 * <ul>
 *   <li>{@code // args: a b} the command-line arguments;</li>
 *   <li>{@code // stdin-text: 1 2\n3 4\n} standard input, with {@code \n} for line breaks;</li>
 *   <li>{@code // stdin-from: Fasta 1000} standard input is what HotSpot prints for another program
 *       of the set run with those arguments.</li>
 * </ul>
 *
 * @param name      the class name, also the file name
 * @param source    the file
 * @param arguments the command-line arguments
 * @param stdinText standard input given literally, or null
 * @param stdinFrom the program and arguments whose output is standard input, or null
 */
record PublicProgram(String name, Path source, List<String> arguments, String stdinText, List<String> stdinFrom) {
    /** Where the set lives, relative to the compiler module. */
    static final Path DIRECTORY = Path.of("src/test/public-programs");

    /** @return every program of the set, by name */
    static List<PublicProgram> all() throws IOException {
        List<PublicProgram> programs = new ArrayList<>();
        try (Stream<Path> files = Files.list(DIRECTORY)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                programs.add(read(file));
            }
        }
        return programs;
    }

    private static PublicProgram read(Path file) throws IOException {
        List<String> arguments = List.of();
        String stdinText = null;
        List<String> stdinFrom = null;
        for (String line : Files.readAllLines(file)) {
            if (!line.startsWith("//")) {
                break;
            }
            String body = line.substring(2).trim();
            if (body.startsWith("args:")) {
                arguments = words(body.substring(5));
            } else if (body.startsWith("stdin-text:")) {
                stdinText = body.substring(11).trim().replace("\\n", "\n");
            } else if (body.startsWith("stdin-from:")) {
                stdinFrom = words(body.substring(11));
            }
        }
        String name = file.getFileName().toString().replace(".java", "");
        return new PublicProgram(name, file, arguments, stdinText, stdinFrom);
    }

    private static List<String> words(String text) {
        String trimmed = text.trim();
        return trimmed.isEmpty() ? List.of() : List.of(trimmed.split("\\s+"));
    }
}
