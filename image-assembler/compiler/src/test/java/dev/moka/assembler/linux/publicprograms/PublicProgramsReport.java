package dev.moka.assembler.linux.publicprograms;

import dev.moka.assembler.compiler.ClassLibrary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Measures the public programs outside the test suite: for each class library given (default: both),
 * how many build and match HotSpot, with each program's verdict, build time and executable size.
 *
 * <pre>
 * cd image-assembler/compiler
 * mvn -q -o dependency:build-classpath -Dmdep.outputFile=cp.txt -Dmdep.includeScope=test
 * java -cp target/test-classes:target/classes:$(cat cp.txt) \
 *     dev.moka.assembler.linux.publicprograms.PublicProgramsReport /tmp/public-programs [MOKA|JDK_FALLBACK]...
 * </pre>
 * {@code -Dprograms=PiDigits,RcCurrency} measures only the programs named.
 */
public final class PublicProgramsReport {
    private PublicProgramsReport() {
    }

    /** @param args a work directory, then the class libraries to measure */
    public static void main(String[] args) throws Exception {
        Path work = Files.createDirectories(Path.of(args[0]));
        List<ClassLibrary> libraries = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            libraries.add(ClassLibrary.valueOf(args[i]));
        }
        if (libraries.isEmpty()) {
            libraries.addAll(List.of(ClassLibrary.values()));
        }
        String only = System.getProperty("programs");
        List<PublicProgram> programs = PublicProgram.all().stream()
                .filter(p -> only == null || List.of(only.split(",")).contains(p.name())).toList();
        PublicProgramRunner runner = PublicProgramRunner.compileAll(work, programs);
        for (ClassLibrary library : libraries) {
            int matched = 0;
            int built = 0;
            long buildMillis = 0;
            long bytes = 0;
            System.out.println("## " + library);
            for (PublicProgram program : programs) {
                PublicProgramRunner.Outcome o = runner.check(program, library);
                if (o.buildError() == null) {
                    built++;
                    buildMillis += o.buildMillis();
                    bytes += o.exeBytes();
                }
                if (o.matches()) {
                    matched++;
                }
                System.out.printf(Locale.ROOT, "%-28s %6d ms %8d bytes  %s%n", program.name(), o.buildMillis(),
                        o.exeBytes(), o.verdict());
                System.out.flush();
            }
            System.out.printf(Locale.ROOT, "%s: %d of %d build, %d match HotSpot; mean build %d ms, mean size %d bytes%n",
                    library, built, programs.size(), matched, built == 0 ? 0 : buildMillis / built,
                    built == 0 ? 0 : bytes / built);
        }
    }
}
