package dev.moka.assembler.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A finished child process: exit status and captured output.
 *
 * @param status the exit status
 * @param stdout standard output
 * @param stderr standard error
 */
record ProcessRun(int status, String stdout, String stderr) {
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
        Path out = dir.resolve(label + ".out");
        Path err = dir.resolve(label + ".err");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
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
        return new ProcessRun(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    /** @return the first lines of standard error, for a failure message */
    String errorSummary() {
        String text = stderr.isBlank() ? stdout : stderr;
        String[] lines = text.strip().split("\n");
        return String.join(" | ", java.util.Arrays.asList(lines).subList(0, Math.min(3, lines.length)));
    }
}
