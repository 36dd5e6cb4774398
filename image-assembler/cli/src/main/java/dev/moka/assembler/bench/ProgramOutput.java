package dev.moka.assembler.bench;

/**
 * What a benchmark program printed: its timed rounds' duration and its check value.
 *
 * @param nanos the {@code time-ns:} value
 * @param check the {@code check:} value, as printed
 */
public record ProgramOutput(long nanos, String check) {
    private static final String TIME = "time-ns: ";
    private static final String CHECK = "check: ";

    /**
     * @param stdout the program's standard output
     * @return the parsed lines
     * @throws IllegalArgumentException when either line is missing, repeated or malformed
     */
    public static ProgramOutput parse(String stdout) {
        Long nanos = null;
        String check = null;
        for (String line : stdout.split("\n")) {
            if (line.startsWith(TIME)) {
                if (nanos != null) {
                    throw new IllegalArgumentException("more than one time-ns line");
                }
                try {
                    nanos = Long.parseLong(line.substring(TIME.length()).trim());
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("malformed line: " + line, e);
                }
            } else if (line.startsWith(CHECK)) {
                if (check != null) {
                    throw new IllegalArgumentException("more than one check line");
                }
                check = line.substring(CHECK.length()).trim();
            }
        }
        if (nanos == null || check == null) {
            throw new IllegalArgumentException("missing time-ns or check line in output: " + abbreviate(stdout));
        }
        if (nanos <= 0) {
            throw new IllegalArgumentException("time-ns is not positive: " + nanos);
        }
        return new ProgramOutput(nanos, check);
    }

    private static String abbreviate(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200) + "...";
    }
}
