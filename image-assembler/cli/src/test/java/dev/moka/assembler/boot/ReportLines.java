package dev.moka.assembler.boot;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A kernel's console output reduced to what a native and a hosted run of one image must share.
 *
 * <p>Three kinds of line differ by nature, and only these:
 * <ul>
 *   <li>figures of time and speed: how often the timer preempted whom (shares, switches, the pick
 *       trace, steps done in a run of fixed length, collections, contended monitor entries), what
 *       a switch or a monitor costs in cycles, and the cycles the boot took to init. Their words must match; each figure in them is
 *       replaced by {@code #};</li>
 *   <li>figures that follow from the image's size in memory: the hosted machine holds no compiled
 *       code, so fewer frames are taken at boot ({@code frames:}, the churn's frame counts). Compared
 *       the same way;</li>
 *   <li>measurements only a native machine makes: the timer's interrupt path ({@code interrupt cost:})
 *       and the compiled heap plan's pauses and heap figures ({@code gc pause:}, {@code heap:});
 *       hosted, kernel objects live in the JVM's heap. Left out on both sides.</li>
 * </ul>
 * A stack trace keeps its first frame: natively the trace stops at the thread's first frame, hosted
 * the JVM cuts it after 1024 frames.
 */
final class ReportLines {
    private static final List<String> NATIVE_ONLY = List.of("interrupt cost:", "gc pause:", "heap:");
    private static final List<String> FIGURES = List.of("frames:", "thread churn:", "switch cost:", "monitor cost:",
            "switches:", "collector ticks:", "churn:", "collections:", "monitor stress:", "boot:");
    private static final Pattern SHARE = Pattern.compile("thread \\S+: \\d+\\.\\d+");
    private static final Pattern NUMBER = Pattern.compile("\\d+(\\.\\d+)?");

    private ReportLines() {
    }

    /** @param output what a kernel printed @return its lines, as both kinds of run must print them */
    static List<String> comparable(String output) {
        List<String> lines = new ArrayList<>();
        boolean inTrace = false;
        for (String line : output.lines().toList()) {
            if (line.isBlank() || NATIVE_ONLY.stream().anyMatch(line::startsWith)) {
                continue;
            }
            boolean frame = line.startsWith("\tat ") || line.startsWith("\t...");
            if (frame && inTrace) {
                continue;
            }
            inTrace = frame;
            if (line.startsWith("trace:")) {
                lines.add("trace: #");
            } else if (SHARE.matcher(line).matches() || FIGURES.stream().anyMatch(line::startsWith)) {
                lines.add(NUMBER.matcher(line).replaceAll("#"));
            } else {
                lines.add(line);
            }
        }
        return lines;
    }
}
