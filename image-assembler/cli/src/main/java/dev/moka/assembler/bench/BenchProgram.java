package dev.moka.assembler.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One benchmark program: its source resource and how it is built and sized.
 *
 * @param name        the name in the results table
 * @param description what it exercises, one line
 * @param kind        whether it times itself or is a public program run as it is
 * @param mainClass   the class with {@code main}, in the unnamed package
 * @param heapPlan    the heap plan of its executable
 * @param heapBytes   the heap size of its executable
 * @param fullArgs    the arguments of the full run
 * @param quickArgs   the same for {@code --quick}
 */
public record BenchProgram(String name, String description, Kind kind, String mainClass, String heapPlan,
                           long heapBytes, List<String> fullArgs, List<String> quickArgs) {
    /** The class every self-timed program defines, in the unnamed package. */
    public static final String MAIN_CLASS = "Main";

    /** Where a program's source comes from and what it prints. */
    public enum Kind {
        /**
         * Written for the bench (resource {@code NAME.java}, class {@code Main}): it takes its size,
         * warm-up rounds and timed rounds and prints one {@code time-ns:} and one {@code check:} line.
         */
        SELF_TIMED,
        /**
         * One of the compiler's public programs (resource {@code public/CLASS.java}), run as it is;
         * its whole standard output must match HotSpot's.
         */
        PUBLIC
    }

    /**
     * A program written for the bench.
     *
     * @param name        its name and resource base name
     * @param description what it exercises
     * @param heapPlan    its heap plan
     * @param heapBytes   its heap size
     * @param fullArgs    size, warm-up rounds and timed rounds of the full run
     * @param quickArgs   the same for {@code --quick}
     * @return the program
     */
    public static BenchProgram selfTimed(String name, String description, String heapPlan, long heapBytes,
                                         List<String> fullArgs, List<String> quickArgs) {
        return new BenchProgram(name, description, Kind.SELF_TIMED, MAIN_CLASS, heapPlan, heapBytes, fullArgs, quickArgs);
    }

    /**
     * A public program, under the default heap plan.
     *
     * @param mainClass   its class (and source file) name
     * @param description what it exercises
     * @param heapBytes   its heap size
     * @param fullArgs    its arguments for the full run
     * @param quickArgs   its arguments for {@code --quick}
     * @return the program, named after its class (the bench's own programs have lower-case names)
     */
    public static BenchProgram publicProgram(String mainClass, String description, long heapBytes,
                                             List<String> fullArgs, List<String> quickArgs) {
        return new BenchProgram(mainClass, description, Kind.PUBLIC, mainClass,
                "mark-sweep", heapBytes, fullArgs, quickArgs);
    }

    /**
     * @param quick whether the small sizes are wanted
     * @return the program's arguments
     */
    public List<String> arguments(boolean quick) {
        return quick ? quickArgs : fullArgs;
    }

    /** @return the name of the file its source is written to before javac compiles it */
    public String sourceFileName() {
        return mainClass + ".java";
    }

    /** @return the program's Java source */
    public String source() {
        return resource(kind == Kind.SELF_TIMED ? name + ".java" : "public/" + mainClass + ".java");
    }

    /**
     * @param path a resource path beside this class
     * @return the resource's text
     */
    static String resource(String path) {
        try (InputStream in = BenchProgram.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("no benchmark source " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
