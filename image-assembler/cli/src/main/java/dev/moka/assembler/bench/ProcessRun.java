package dev.moka.assembler.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A finished child process: exit status, captured output and how long it ran.
 *
 * @param status the exit status
 * @param stdout standard output, one character per byte (ISO-8859-1), or empty when it was discarded
 * @param stderr standard error
 * @param nanos  wall-clock time from starting the process to its exit
 */
record ProcessRun(int status, String stdout, String stderr, long nanos) {
    /**
     * Runs a command to completion, its output going to files in {@code dir} so that a chatty child
     * never blocks on a full pipe.
     *
     * @param command the command line
     * @param dir     where the output files go
     * @param label   the output files' base name
     * @param timeout seconds before the child is killed
     * @return how it ended
     * @throws IOException when the command cannot be started or ran past the timeout
     */
    static ProcessRun run(List<String> command, Path dir, String label, long timeout) throws IOException {
        return run(command, dir, label, timeout, false);
    }

    /**
     * Runs a command to completion with its standard output discarded, as the timed runs are.
     *
     * @param command the command line
     * @param dir     where standard error goes
     * @param label   the error file's base name
     * @param timeout seconds before the child is killed
     * @return how it ended, with empty standard output
     * @throws IOException when the command cannot be started or ran past the timeout
     */
    static ProcessRun runDiscardingOutput(List<String> command, Path dir, String label, long timeout) throws IOException {
        return run(command, dir, label, timeout, true, Map.of());
    }

    /**
     * As {@link #runDiscardingOutput(List, Path, String, long)}, with variables added to the
     * child's environment.
     *
     * @param command     the command line
     * @param dir         where standard error goes
     * @param label       the error file's base name
     * @param timeout     seconds before the child is killed
     * @param environment variables to set
     * @return how it ended, with empty standard output
     * @throws IOException when the command cannot be started or ran past the timeout
     */
    static ProcessRun runDiscardingOutput(List<String> command, Path dir, String label, long timeout,
            Map<String, String> environment) throws IOException {
        return run(command, dir, label, timeout, true, environment);
    }

    private static ProcessRun run(List<String> command, Path dir, String label, long timeout, boolean discard)
            throws IOException {
        return run(command, dir, label, timeout, discard, Map.of());
    }

    private static ProcessRun run(List<String> command, Path dir, String label, long timeout, boolean discard,
            Map<String, String> environment) throws IOException {
        Path out = dir.resolve(label + ".out");
        Path err = dir.resolve(label + ".err");
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(err.toFile());
        builder.environment().putAll(environment);
        builder.redirectOutput(discard ? ProcessBuilder.Redirect.DISCARD : ProcessBuilder.Redirect.to(out.toFile()));
        long start = System.nanoTime();
        Process process = builder.start();
        try {
            if (!process.waitFor(timeout, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor();
                throw new IOException(label + " ran longer than " + timeout + " s");
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException(label + " was interrupted", e);
        }
        long nanos = System.nanoTime() - start;
        String stdout = discard ? "" : Files.readString(out, StandardCharsets.ISO_8859_1);
        return new ProcessRun(process.exitValue(), stdout, Files.readString(err, StandardCharsets.UTF_8), nanos);
    }

    /** @return the first lines of standard error, for a failure message */
    String errorSummary() {
        String text = stderr.isBlank() ? stdout : stderr;
        String[] lines = text.strip().split("\n");
        return String.join(" | ", java.util.Arrays.asList(lines).subList(0, Math.min(3, lines.length)));
    }
}
