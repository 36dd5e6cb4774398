package dev.moka.assembler.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map.Entry;

/**
 * Reads the {@code [workload]} table: how many timer ticks the kernel's CPU-bound workload runs,
 * the timer rate, and its threads as an array of inline tables.
 *
 * <pre>
 * [workload]
 * ticks = 500
 * timer-hz = 1000
 * threads = [ { name = "a", nice = 0 }, { name = "b", nice = 5, priority = 3 } ]
 * gc-stress = true       # optional: the collector stress test first
 * monitor-stress = true  # optional: the threads increment one counter under a monitor instead
 * thread-churn = 200     # optional: that many short-lived threads, whose memory must come back
 * stack-overflow = true  # optional: a thread that overflows its stack ends the run with a panic
 * </pre>
 *
 * <p>{@code ticks} and {@code threads} come together; each of the three optional parts also works
 * alone, without them.
 */
final class WorkloadReader {
    /** The table's name. */
    static final String TABLE = "workload";
    private static final List<String> KEYS = List.of("gc-stress", "monitor-stress", "stack-overflow", "thread-churn",
            "threads", "ticks", "timer-hz");
    /** Most threads a churn may create: each leaves a few hundred bytes on a heap that does not collect. */
    static final int MAX_THREAD_CHURN = 100_000;
    private static final List<String> THREAD_KEYS = List.of("name", "nice", "priority");

    private WorkloadReader() {
    }

    static ImageConfig.WorkloadSection read(JsonNode node, TomlKeyLines lines, String file) throws ConfigException {
        int ticks = -1;
        boolean gcStress = false;
        boolean monitorStress = false;
        int threadChurn = 0;
        boolean stackOverflow = false;
        int hz = ImageConfig.WorkloadSection.DEFAULT_TIMER_HZ;
        List<ImageConfig.WorkloadThread> threads = new ArrayList<>();
        for (Entry<String, JsonNode> entry : node.properties()) {
            String key = entry.getKey();
            JsonNode value = entry.getValue();
            int line = lines.lineOf(List.of(TABLE, key));
            switch (key) {
                case "ticks" -> ticks = integer(value, key, 1, 10_000_000, file, line);
                case "gc-stress" -> gcStress = bool(value, key, file, line);
                case "monitor-stress" -> monitorStress = bool(value, key, file, line);
                case "stack-overflow" -> stackOverflow = bool(value, key, file, line);
                case "thread-churn" -> threadChurn = integer(value, key, 1, MAX_THREAD_CHURN, file, line);
                case "timer-hz" -> hz = integer(value, key, 18, 100_000, file, line);
                case "threads" -> {
                    if (!value.isArray() || value.isEmpty()) {
                        throw new ConfigException(file, line, "\"threads\" in [workload] must be a non-empty array of "
                                + "tables such as { name = \"a\", nice = 0 }");
                    }
                    for (JsonNode thread : value) {
                        threads.add(thread(thread, file, line));
                    }
                }
                default -> throw new ConfigException(file, line, "unknown key \"" + key + "\" in [workload]; known keys: "
                        + String.join(", ", KEYS));
            }
        }
        int tableLine = lines.lineOf(List.of(TABLE));
        if (gcStress && monitorStress) {
            throw new ConfigException(file, tableLine, "[workload] cannot have both \"gc-stress\" and "
                    + "\"monitor-stress\": each gives the threads a body of its own");
        }
        if ((gcStress || threadChurn > 0 || stackOverflow) && ticks < 0 && threads.isEmpty()) {
            return new ImageConfig.WorkloadSection(0, hz, List.of(), gcStress, false, threadChurn, stackOverflow);
        }
        if (ticks < 0) {
            throw new ConfigException(file, tableLine, "[workload] needs \"ticks\", the number of timer ticks to run");
        }
        if (threads.isEmpty()) {
            throw new ConfigException(file, tableLine, "[workload] needs \"threads\"");
        }
        return new ImageConfig.WorkloadSection(ticks, hz, threads, gcStress, monitorStress, threadChurn, stackOverflow);
    }

    private static boolean bool(JsonNode value, String key, String file, int line) throws ConfigException {
        if (!value.isBoolean()) {
            throw new ConfigException(file, line, "\"" + key + "\" in [workload] must be true or false");
        }
        return value.booleanValue();
    }

    private static ImageConfig.WorkloadThread thread(JsonNode node, String file, int line) throws ConfigException {
        if (!node.isObject()) {
            throw new ConfigException(file, line, "each entry of \"threads\" must be a table such as { name = \"a\" }");
        }
        String name = null;
        int nice = 0;
        int priority = 0;
        for (Entry<String, JsonNode> e : node.properties()) {
            switch (e.getKey()) {
                case "name" -> {
                    if (!e.getValue().isTextual() || e.getValue().textValue().isBlank()) {
                        throw new ConfigException(file, line, "a thread's \"name\" must be a non-empty string");
                    }
                    name = e.getValue().textValue();
                }
                case "nice" -> nice = integer(e.getValue(), "nice", -20, 19, file, line);
                case "priority" -> priority = integer(e.getValue(), "priority", 0, 31, file, line);
                default -> throw new ConfigException(file, line, "unknown key \"" + e.getKey()
                        + "\" in a workload thread; known keys: " + String.join(", ", THREAD_KEYS));
            }
        }
        if (name == null) {
            throw new ConfigException(file, line, "a workload thread needs a \"name\"");
        }
        return new ImageConfig.WorkloadThread(name, nice, priority);
    }

    private static int integer(JsonNode value, String key, int min, int max, String file, int line)
            throws ConfigException {
        if (!value.isIntegralNumber() || value.longValue() < min || value.longValue() > max) {
            throw new ConfigException(file, line, "\"" + key + "\" must be an integer from " + min + " to " + max);
        }
        return value.intValue();
    }
}
