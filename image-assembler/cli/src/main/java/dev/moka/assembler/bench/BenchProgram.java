package dev.moka.assembler.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One benchmark program: its source resource and how it is built and sized.
 *
 * @param name        the name in the results table, also the resource's base name
 * @param description what it exercises, one line
 * @param heapPlan    the heap plan of its executable
 * @param heapBytes   the heap size of its executable
 * @param fullArgs    size, warm-up rounds and timed rounds of the full run
 * @param quickArgs   the same for {@code --quick}
 */
public record BenchProgram(String name, String description, String heapPlan, long heapBytes,
                           List<String> fullArgs, List<String> quickArgs) {
    /** The class every program defines, in the unnamed package. */
    public static final String MAIN_CLASS = "Main";

    /**
     * @param quick whether the small sizes are wanted
     * @return the program's arguments
     */
    public List<String> arguments(boolean quick) {
        return quick ? quickArgs : fullArgs;
    }

    /** @return the program's Java source */
    public String source() {
        try (InputStream in = BenchProgram.class.getResourceAsStream(name + ".java")) {
            if (in == null) {
                throw new IllegalStateException("no benchmark source " + name + ".java");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
