package java.util;

import java.io.PrintStream;

/**
 * printf-style formatting as the JDK's {@code java.util.Formatter} does it, for the conversions
 * {@code %b %s %h %c %d %o %x %e %f %g %n %%} (and their upper-case forms) with flags, width,
 * precision and argument indexes, always in the root locale. The whole format is parsed before
 * anything is printed, as in the JDK, so a malformed format prints nothing; an argument that does
 * not fit its conversion stops the output there.
 */
public final class Formatter {
    private final StringBuilder out;
    private final PrintStream stream;

    /** Creates a formatter collecting text in a new StringBuilder. */
    public Formatter() {
        this(new StringBuilder());
    }

    /** @param sb receives the formatted text */
    public Formatter(StringBuilder sb) {
        this.out = sb;
        this.stream = null;
    }

    /** @param ps receives the formatted text piece by piece */
    public Formatter(PrintStream ps) {
        this.out = new StringBuilder();
        this.stream = ps;
    }

    /** @return the text formatted so far (empty for a stream formatter) */
    @Override
    public String toString() {
        return out.toString();
    }

    /** Flushes the stream of a stream formatter. */
    public void flush() {
        if (stream != null) {
            stream.flush();
        }
    }

    /**
     * @param format the format string @param args the arguments @return this
     * @throws IllegalFormatException subclasses, as the JDK throws them
     */
    public Formatter format(String format, Object... args) {
        ArrayList<Object> pieces = parse(format);
        int last = -1;
        int lastOrdinary = -1;
        for (Object piece : pieces) {
            if (piece instanceof String text) {
                out.append(text);
            } else {
                FormatSpecifier fs = (FormatSpecifier) piece;
                int index = fs.index;
                Object arg = null;
                if (index == -1) {
                    if (last < 0 || (args != null && last > args.length - 1)) {
                        throw new MissingFormatArgumentException(fs.toString());
                    }
                    arg = args == null ? null : args[last];
                } else if (index == 0) {
                    lastOrdinary++;
                    last = lastOrdinary;
                    if (args != null && lastOrdinary > args.length - 1) {
                        throw new MissingFormatArgumentException(fs.toString());
                    }
                    arg = args == null ? null : args[lastOrdinary];
                } else if (index > 0) {
                    last = index - 1;
                    if (args != null && last > args.length - 1) {
                        throw new MissingFormatArgumentException(fs.toString());
                    }
                    arg = args == null ? null : args[last];
                }
                fs.print(out, arg);
            }
            if (stream != null) {
                stream.print(out.toString());
                out.setLength(0);
            }
        }
        return this;
    }

    /** @return fixed text (String) and specifiers (FormatSpecifier), in order */
    private static ArrayList<Object> parse(String s) {
        ArrayList<Object> pieces = new ArrayList<Object>();
        int i = 0;
        int max = s.length();
        while (i < max) {
            int n = s.indexOf('%', i);
            if (n < 0) {
                pieces.add(s.substring(i));
                break;
            }
            if (i != n) {
                pieces.add(s.substring(i, n));
            }
            i = n + 1;
            if (i >= max) {
                throw new UnknownFormatConversionException("%");
            }
            char c = s.charAt(i);
            if (FormatSpecifier.isValid(c)) {
                pieces.add(new FormatSpecifier(c));
                i++;
            } else {
                i = parseSpecifier(s, i, pieces);
            }
        }
        return pieces;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isConversion(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '%';
    }

    /** Parses {@code [index$][flags][width][.precision][tT]conversion} from start; @return the index after it. */
    private static int parseSpecifier(String s, int start, ArrayList<Object> pieces) {
        int max = s.length();
        int i = start;
        String argument = null;
        while (i < max && isDigit(s.charAt(i))) {
            i++;
        }
        if (i > start && i < max && s.charAt(i) == '$') {
            argument = s.substring(start, i);
            i++;
        } else {
            i = start;
        }
        int flagStart = i;
        while (i < max && FormatSpecifier.isFlag(s.charAt(i))) {
            i++;
        }
        String flags = i > flagStart ? s.substring(flagStart, i) : null;
        int widthStart = i;
        while (i < max && isDigit(s.charAt(i))) {
            i++;
        }
        String width = i > widthStart ? s.substring(widthStart, i) : null;
        String precision = null;
        if (i < max && s.charAt(i) == '.') {
            int precisionStart = ++i;
            while (i < max && isDigit(s.charAt(i))) {
                i++;
            }
            if (i == precisionStart) {
                throw new UnknownFormatConversionException(String.valueOf(s.charAt(start)));
            }
            precision = s.substring(precisionStart, i);
        }
        if (i >= max) {
            throw new UnknownFormatConversionException(String.valueOf(s.charAt(start)));
        }
        char c = s.charAt(i);
        char t = '\0';
        if ((c == 't' || c == 'T') && i + 1 < max && isConversion(s.charAt(i + 1))) {
            t = c;
            c = s.charAt(i + 1);
            i += 2;
        } else if (isConversion(c)) {
            i++;
        } else {
            throw new UnknownFormatConversionException(String.valueOf(s.charAt(start)));
        }
        pieces.add(new FormatSpecifier(argument, flags, width, precision, t, c));
        return i;
    }
}
