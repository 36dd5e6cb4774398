package dev.moka.assembler.compiler.backend;

import java.util.Arrays;
import java.util.List;

/**
 * The heap plans an image can be built with. The plan decides how compiled code allocates; the
 * collector itself is Java code of the runtime library, linked only when its plan is chosen.
 */
public enum HeapPlan {
    /** A bump pointer and no collection: the smallest images; running out throws OutOfMemoryError. */
    BUMP("bump"),
    /** A precise, non-moving mark-sweep collector with size-class free lists ({@code java.lang.MokaGc}). */
    MARK_SWEEP("mark-sweep");

    private final String configName;

    HeapPlan(String configName) {
        this.configName = configName;
    }

    /** @return the name image configs use */
    public String configName() {
        return configName;
    }

    /** @return every plan's config name */
    public static List<String> names() {
        return Arrays.stream(values()).map(HeapPlan::configName).toList();
    }

    /**
     * @param name a config name
     * @return the plan
     * @throws IllegalArgumentException listing the known names
     */
    public static HeapPlan named(String name) {
        for (HeapPlan p : values()) {
            if (p.configName.equals(name)) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown heap plan \"" + name + "\"; available: " + String.join(", ", names()));
    }
}
