package dev.moka.assembler.linux.random;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Generates the program for a seed, checks it against HotSpot and, on a difference, reduces and describes it. */
final class ProgramCheck {
    private static final Pattern CASE_LABEL = Pattern.compile("^c(\\d+)[. ]");

    private ProgramCheck() {
    }

    /**
     * Checks the program of {@code seed} in directory {@code work}.
     *
     * @return null when Moka and HotSpot agree, otherwise a report with the seed, the reduced program,
     *         both outputs and where they first differ
     */
    static String check(long seed, GeneratorSettings settings, Path work, long reduceMillis) throws Exception {
        ProgramAst program = new ProgramGenerator(seed, settings).generate();
        String source = JavaPrinter.print(program);
        DifferentialRunner.Outcome outcome = DifferentialRunner.check(work.resolve("original"), ProgramGenerator.CLASS_NAME, source);
        if (!outcome.compiled()) {
            return "seed " + seed + ": the generator wrote a program javac rejects (a generator bug):\n"
                    + outcome.javacError() + "\n" + numbered(source);
        }
        if (outcome.agrees()) {
            return null;
        }
        String kind = outcome.failureKind();
        int[] attempt = {0};
        ProgramAst reduced = ProgramReducer.reduce(program, suspectCase(outcome), candidate -> {
            Path dir = work.resolve("attempt-" + attempt[0]++);
            DifferentialRunner.Outcome o = DifferentialRunner.check(dir, ProgramGenerator.CLASS_NAME, JavaPrinter.print(candidate));
            deleteTree(dir);
            return o.failureKind().equals(kind);
        }, reduceMillis);
        String reducedSource = JavaPrinter.print(reduced);
        DifferentialRunner.Outcome last = DifferentialRunner.check(work.resolve("reduced"), ProgramGenerator.CLASS_NAME, reducedSource);
        return "seed " + seed + " (" + settings + "): Moka and HotSpot disagree (" + kind + ")\n"
                + "original program (" + program.size() + " statements): " + work.resolve("original").toAbsolutePath() + "\n"
                + "reduced program (" + reduced.size() + " statements), also in " + work.resolve("reduced").toAbsolutePath()
                + ":\n" + numbered(reducedSource) + "\n" + describe(last);
    }

    /** Where the two runs first differ, then both outputs in full. */
    static String describe(DifferentialRunner.Outcome o) {
        if (o.mokaError() != null) {
            return "Moka failed to build it:\n" + o.mokaError();
        }
        StringBuilder s = new StringBuilder();
        List<String> want = o.hotspot().out().lines().toList();
        List<String> got = o.moka().out().lines().toList();
        int first = 0;
        while (first < want.size() && first < got.size() && want.get(first).equals(got.get(first))) {
            first++;
        }
        s.append("stdout: HotSpot ").append(want.size()).append(" lines, Moka ").append(got.size()).append(" lines");
        if (first < Math.max(want.size(), got.size())) {
            s.append("; first difference at line ").append(first + 1).append(":\n  HotSpot: ")
                    .append(first < want.size() ? want.get(first) : "<end>").append("\n  Moka:    ")
                    .append(first < got.size() ? got.get(first) : "<end>");
        }
        s.append("\nexit status: HotSpot ").append(o.hotspot().status()).append(", Moka ").append(o.moka().status());
        s.append("\n--- HotSpot stdout ---\n").append(o.hotspot().out());
        s.append("--- HotSpot stderr ---\n").append(o.hotspot().err());
        s.append("--- Moka stdout ---\n").append(o.moka().out());
        s.append("--- Moka stderr ---\n").append(o.moka().err());
        return s.toString();
    }

    /** The case that printed the first differing line, or -1 when that cannot be told. */
    private static int suspectCase(DifferentialRunner.Outcome o) {
        if (o.moka() == null) {
            return -1;
        }
        List<String> want = o.hotspot().out().lines().toList();
        List<String> got = o.moka().out().lines().toList();
        int first = 0;
        while (first < want.size() && first < got.size() && want.get(first).equals(got.get(first))) {
            first++;
        }
        String line = first < want.size() ? want.get(first) : first < got.size() ? got.get(first) : "";
        Matcher m = CASE_LABEL.matcher(line);
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }

    private static String numbered(String source) {
        StringBuilder s = new StringBuilder();
        List<String> lines = source.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            s.append(String.format("%4d  %s%n", i + 1, lines.get(i)));
        }
        return s.toString();
    }

    /** Removes a directory and everything in it. */
    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
