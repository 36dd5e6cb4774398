package dev.moka.assembler.linux.random;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs many seeds outside the test suite, for long local runs:
 * {@code RandomProgramSoak <programs> <first seed> <threads> <failure directory> [cases per program]}.
 * Seeds are consecutive from the first one; each failure's report goes to
 * {@code <failure directory>/seed-<seed>.txt}. Floating point follows {@code -Dmoka.random.floatingPoint}.
 */
public final class RandomProgramSoak {
    private RandomProgramSoak() {
    }

    /** Entry point; see the class comment for the arguments. */
    public static void main(String[] args) throws Exception {
        int programs = Integer.parseInt(args[0]);
        long first = Long.parseLong(args[1]);
        int threads = Integer.parseInt(args[2]);
        Path failures = Files.createDirectories(Path.of(args[3]));
        int cases = args.length > 4 ? Integer.parseInt(args[4]) : RandomProgramDifferentialTest.CASES_PER_PROGRAM;
        GeneratorSettings settings = GeneratorSettings.fromSystemProperties(cases);
        AtomicInteger failed = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        for (int i = 0; i < programs; i++) {
            long seed = first + i;
            pool.execute(() -> {
                Path work = Path.of(System.getProperty("java.io.tmpdir"), "moka-soak", Long.toString(seed));
                try {
                    String failure = ProgramCheck.check(seed, settings, work, 180_000);
                    if (failure != null) {
                        failed.incrementAndGet();
                        Files.writeString(failures.resolve("seed-" + seed + ".txt"), failure);
                        System.out.println("FAIL seed " + seed + ": " + failure.lines().findFirst().orElse(""));
                    } else {
                        ProgramCheck.deleteTree(work);
                    }
                } catch (Exception e) {
                    failed.incrementAndGet();
                    System.out.println("ERROR seed " + seed + ": " + e);
                }
                int n = done.incrementAndGet();
                if (n % 10 == 0) {
                    System.out.printf("%d programs (%d cases), %d failing, %.0f s%n", n, n * cases, failed.get(),
                            (System.nanoTime() - start) / 1e9);
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(7, TimeUnit.DAYS);
        System.out.printf("done: %d programs (%d cases), %d failing, %.0f s%n", programs, programs * cases, failed.get(),
                (System.nanoTime() - start) / 1e9);
    }
}
