package dev.moka.assembler.config;

import java.io.Serial;

/**
 * An image description that cannot be used: a TOML syntax error, a table or key Moka does not know, a
 * value of the wrong type, or a provider name no module offers.
 *
 * <p>The message reads like a compiler diagnostic, {@code FILE:LINE: what is wrong}, so editors and
 * terminals can jump to the place; the line is left out only when there is none (a missing file).
 */
public final class ConfigException extends Exception {
    @Serial
    private static final long serialVersionUID = 1L;

    /** {@link #line()} of an error that belongs to no line of the file. */
    public static final int NO_LINE = 0;

    private final String file;
    private final int line;
    private final String detail;

    /**
     * @param file   the file name as the user gave it
     * @param line   the 1-based line, or {@link #NO_LINE}
     * @param detail what is wrong, without the location
     */
    public ConfigException(String file, int line, String detail) {
        this(file, line, detail, null);
    }

    /**
     * @param file   the file name as the user gave it
     * @param line   the 1-based line, or {@link #NO_LINE}
     * @param detail what is wrong, without the location
     * @param cause  the underlying failure, or null
     */
    public ConfigException(String file, int line, String detail, Throwable cause) {
        super(format(file, line, detail), cause);
        this.file = file;
        this.line = line;
        this.detail = detail;
    }

    private static String format(String file, int line, String detail) {
        return line == NO_LINE ? file + ": " + detail : file + ":" + line + ": " + detail;
    }

    /** @return the file name as the user gave it */
    public String file() {
        return file;
    }

    /** @return the 1-based line of the error, or {@link #NO_LINE} */
    public int line() {
        return line;
    }

    /** @return what is wrong, without the file and line */
    public String detail() {
        return detail;
    }
}
