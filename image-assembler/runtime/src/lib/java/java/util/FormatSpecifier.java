package java.util;

/**
 * One parsed {@code %[index$][flags][width][.precision]conversion} and how it prints its argument,
 * with the JDK formatter's checks, exceptions and layout rules (sign, zero padding, grouping,
 * justification), always as in {@code Locale.ROOT}/{@code Locale.US}.
 *
 * <p>{@code index} is the argument number (1-based), 0 for the next ordinary argument, -1 for the
 * previous one ({@code <}) and -2 for conversions that take none ({@code %n}, {@code %%}).
 */
final class FormatSpecifier {
    static final int LEFT_JUSTIFY = 1;
    static final int UPPERCASE = 1 << 1;
    static final int ALTERNATE = 1 << 2;
    static final int PLUS = 1 << 3;
    static final int LEADING_SPACE = 1 << 4;
    static final int ZERO_PAD = 1 << 5;
    static final int GROUP = 1 << 6;
    static final int PARENTHESES = 1 << 7;
    static final int PREVIOUS = 1 << 8;

    int index;
    int flags;
    int width = -1;
    int precision = -1;
    boolean dateTime;
    char c;

    /** A bare conversion right after '%'. */
    FormatSpecifier(char conversion) {
        c = conversion;
        if (isUpper(conversion)) {
            flags = UPPERCASE;
            c = toLower(conversion);
        }
        if (isText(c)) {
            index = -2;
        }
    }

    /** A full specifier: the pieces are substrings of the format, null when absent. */
    FormatSpecifier(String argument, String flagText, String widthText, String precisionText, char t, char conversion) {
        if (argument != null) {
            int parsed = parseNonNegative(argument);
            if (parsed == Integer.MIN_VALUE) {
                throw new IllegalFormatArgumentIndexException(Integer.MIN_VALUE);
            }
            if (parsed <= 0) {
                throw new IllegalFormatArgumentIndexException(parsed);
            }
            index = parsed;
        }
        if (flagText != null) {
            flags = parseFlags(flagText);
            if ((flags & PREVIOUS) != 0) {
                index = -1;
            }
        }
        if (widthText != null) {
            width = parseNonNegative(widthText);
            if (width == Integer.MIN_VALUE) {
                throw new IllegalFormatWidthException(Integer.MIN_VALUE);
            }
        }
        if (precisionText != null) {
            precision = parseNonNegative(precisionText);
            if (precision == Integer.MIN_VALUE) {
                throw new IllegalFormatPrecisionException(Integer.MIN_VALUE);
            }
        }
        if (t != '\0') {
            dateTime = true;
            if (t == 'T') {
                flags |= UPPERCASE;
            }
        }
        c = conversion;
        if (!dateTime) {
            if (!isValid(c)) {
                throw new UnknownFormatConversionException(String.valueOf(c));
            }
            if (isUpper(c)) {
                flags |= UPPERCASE;
                c = toLower(c);
            }
            if (isText(c)) {
                index = -2;
            }
        }
        check();
    }

    /** @return the decimal value, or Integer.MIN_VALUE when it does not fit an int */
    private static int parseNonNegative(String digits) {
        long value = 0;
        for (int i = 0; i < digits.length(); i++) {
            value = value * 10 + (digits.charAt(i) - '0');
            if (value > Integer.MAX_VALUE) {
                return Integer.MIN_VALUE;
            }
        }
        return (int) value;
    }

    private static boolean isUpper(char ch) {
        return ch >= 'A' && ch <= 'Z';
    }

    private static char toLower(char ch) {
        return (char) (ch + ('a' - 'A'));
    }

    static boolean isValid(char ch) {
        return "bBsShHcCdoxXeEgGfaAn%".indexOf(ch) >= 0;
    }

    private static boolean isText(char ch) {
        return ch == 'n' || ch == '%';
    }

    static boolean isFlag(char ch) {
        return "-#+ 0,(<".indexOf(ch) >= 0;
    }

    private static int flagOf(char ch) {
        switch (ch) {
            case '-':
                return LEFT_JUSTIFY;
            case '#':
                return ALTERNATE;
            case '+':
                return PLUS;
            case ' ':
                return LEADING_SPACE;
            case '0':
                return ZERO_PAD;
            case ',':
                return GROUP;
            case '(':
                return PARENTHESES;
            default:
                return PREVIOUS;
        }
    }

    private static int parseFlags(String text) {
        int f = 0;
        for (int i = 0; i < text.length(); i++) {
            int v = flagOf(text.charAt(i));
            if ((f & v) != 0) {
                throw new DuplicateFormatFlagsException(flagsToString(v));
            }
            f |= v;
        }
        return f;
    }

    static String flagsToString(int f) {
        StringBuilder sb = new StringBuilder();
        if ((f & LEFT_JUSTIFY) != 0) {
            sb.append('-');
        }
        if ((f & UPPERCASE) != 0) {
            sb.append('^');
        }
        if ((f & ALTERNATE) != 0) {
            sb.append('#');
        }
        if ((f & PLUS) != 0) {
            sb.append('+');
        }
        if ((f & LEADING_SPACE) != 0) {
            sb.append(' ');
        }
        if ((f & ZERO_PAD) != 0) {
            sb.append('0');
        }
        if ((f & GROUP) != 0) {
            sb.append(',');
        }
        if ((f & PARENTHESES) != 0) {
            sb.append('(');
        }
        if ((f & PREVIOUS) != 0) {
            sb.append('<');
        }
        return sb.toString();
    }

    private boolean has(int f) {
        return (flags & f) == f;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("%");
        sb.append(flagsToString(flags & ~UPPERCASE));
        if (index > 0) {
            sb.append(index).append('$');
        }
        if (width != -1) {
            sb.append(width);
        }
        if (precision != -1) {
            sb.append('.').append(precision);
        }
        if (dateTime) {
            sb.append(has(UPPERCASE) ? 'T' : 't');
        }
        sb.append(has(UPPERCASE) ? Character.toUpperCase(c) : c);
        return sb.toString();
    }

    private void check() {
        if (dateTime) {
            throw new UnsupportedOperationException("date/time conversions are not supported: " + this);
        }
        if ("bsh".indexOf(c) >= 0) {
            if ((c == 'b' || c == 'h') && has(ALTERNATE)) {
                failMismatch(ALTERNATE);
            }
            if (width == -1 && has(LEFT_JUSTIFY)) {
                throw new MissingFormatWidthException(toString());
            }
            checkBadFlags(PLUS | LEADING_SPACE | ZERO_PAD | GROUP | PARENTHESES);
        } else if (c == 'c') {
            if (precision != -1) {
                throw new IllegalFormatPrecisionException(precision);
            }
            checkBadFlags(ALTERNATE | PLUS | LEADING_SPACE | ZERO_PAD | GROUP | PARENTHESES);
            if (width == -1 && has(LEFT_JUSTIFY)) {
                throw new MissingFormatWidthException(toString());
            }
        } else if ("dox".indexOf(c) >= 0) {
            checkNumeric();
            if (precision != -1) {
                throw new IllegalFormatPrecisionException(precision);
            }
            checkBadFlags(c == 'd' ? ALTERNATE : GROUP);
        } else if ("efga".indexOf(c) >= 0) {
            checkNumeric();
            if (c == 'a') {
                checkBadFlags(PARENTHESES | GROUP);
            } else if (c == 'e') {
                checkBadFlags(GROUP);
            } else if (c == 'g') {
                checkBadFlags(ALTERNATE);
            }
        } else {
            if (precision != -1) {
                throw new IllegalFormatPrecisionException(precision);
            }
            if (c == '%') {
                if (flags != LEFT_JUSTIFY && flags != 0) {
                    throw new IllegalFormatFlagsException(flagsToString(flags));
                }
                if (width == -1 && has(LEFT_JUSTIFY)) {
                    throw new MissingFormatWidthException(toString());
                }
            } else {
                if (width != -1) {
                    throw new IllegalFormatWidthException(width);
                }
                if (flags != 0) {
                    throw new IllegalFormatFlagsException(flagsToString(flags));
                }
            }
        }
    }

    private void checkNumeric() {
        if (width == -1 && (flags & (LEFT_JUSTIFY | ZERO_PAD)) != 0) {
            throw new MissingFormatWidthException(toString());
        }
        if (has(PLUS | LEADING_SPACE) || has(LEFT_JUSTIFY | ZERO_PAD)) {
            throw new IllegalFormatFlagsException(flagsToString(flags));
        }
    }

    private void checkBadFlags(int bad) {
        if ((flags & bad) != 0) {
            failMismatch(flags & bad);
        }
    }

    private void failMismatch(int f) {
        throw new FormatFlagsConversionMismatchException(flagsToString(f), c);
    }

    private void failConversion(Object arg) {
        throw new IllegalFormatConversionException(c, arg.getClass());
    }

    /** Appends the formatted argument to out. */
    void print(StringBuilder out, Object arg) {
        switch (c) {
            case 'd':
            case 'o':
            case 'x':
                printInteger(out, arg);
                break;
            case 'e':
            case 'f':
            case 'g':
            case 'a':
                printFloat(out, arg);
                break;
            case 'c':
                printCharacter(out, arg);
                break;
            case 'b':
                printText(out, arg == null ? "false" : arg instanceof Boolean ? arg.toString() : "true");
                break;
            case 's':
                if (has(ALTERNATE)) {
                    failMismatch(ALTERNATE);
                }
                printText(out, arg == null ? "null" : arg.toString());
                break;
            case 'h':
                printText(out, arg == null ? "null" : Integer.toHexString(arg.hashCode()));
                break;
            case 'n':
                out.append(System.lineSeparator());
                break;
            default:
                printText(out, "%");
                break;
        }
    }

    private void printText(StringBuilder out, String s) {
        if (precision != -1 && precision < s.length()) {
            s = s.substring(0, precision);
        }
        if (has(UPPERCASE)) {
            s = s.toUpperCase();
        }
        appendJustified(out, s);
    }

    private void appendJustified(StringBuilder out, CharSequence cs) {
        if (width == -1) {
            out.append(cs);
            return;
        }
        boolean padRight = has(LEFT_JUSTIFY);
        if (padRight) {
            out.append(cs);
        }
        for (int i = cs.length(); i < width; i++) {
            out.append(' ');
        }
        if (!padRight) {
            out.append(cs);
        }
    }

    private void printCharacter(StringBuilder out, Object arg) {
        if (arg == null) {
            printText(out, "null");
            return;
        }
        String s;
        if (arg instanceof Character ch) {
            s = String.valueOf(ch.charValue());
        } else if (arg instanceof Byte || arg instanceof Short || arg instanceof Integer) {
            int cp = ((Number) arg).intValue();
            if (cp < 0 || cp > 0x10FFFF) {
                throw new IllegalFormatCodePointException(cp);
            }
            if (cp < 0x10000) {
                s = String.valueOf((char) cp);
            } else {
                char[] pair = {(char) (0xD800 + ((cp - 0x10000) >> 10)), (char) (0xDC00 + ((cp - 0x10000) & 0x3FF))};
                s = new String(pair);
            }
        } else {
            failConversion(arg);
            return;
        }
        printText(out, s);
    }

    private void printInteger(StringBuilder out, Object arg) {
        if (arg == null) {
            printText(out, "null");
            return;
        }
        long v;
        int bits;
        if (arg instanceof Byte b) {
            v = b.byteValue();
            bits = 8;
        } else if (arg instanceof Short sh) {
            v = sh.shortValue();
            bits = 16;
        } else if (arg instanceof Integer i) {
            v = i.intValue();
            bits = 32;
        } else if (arg instanceof Long l) {
            v = l.longValue();
            bits = 64;
        } else {
            failConversion(arg);
            return;
        }
        if (v < 0 && bits < 64 && c != 'd') {
            v += 1L << bits;
        }
        StringBuilder sb = new StringBuilder();
        if (c == 'd') {
            boolean neg = v < 0;
            String digits = Long.toString(v);
            leadingSign(sb, neg);
            localizedMagnitude(sb, digits, neg ? 1 : 0, adjustWidth(width, neg));
            trailingSign(sb, neg);
        } else {
            checkBadFlags(PARENTHESES | LEADING_SPACE | PLUS);
            String s = c == 'o' ? Long.toOctalString(v) : Long.toHexString(v);
            String prefix = !has(ALTERNATE) ? "" : c == 'o' ? "0" : has(UPPERCASE) ? "0X" : "0x";
            sb.append(prefix);
            if (has(ZERO_PAD)) {
                for (int i = s.length() + prefix.length(); i < width; i++) {
                    sb.append('0');
                }
            }
            sb.append(has(UPPERCASE) ? s.toUpperCase() : s);
        }
        appendJustified(out, sb);
    }

    private void leadingSign(StringBuilder sb, boolean neg) {
        if (!neg) {
            if (has(PLUS)) {
                sb.append('+');
            } else if (has(LEADING_SPACE)) {
                sb.append(' ');
            }
        } else if (has(PARENTHESES)) {
            sb.append('(');
        } else {
            sb.append('-');
        }
    }

    private void trailingSign(StringBuilder sb, boolean neg) {
        if (neg && has(PARENTHESES)) {
            sb.append(')');
        }
    }

    private int adjustWidth(int w, boolean neg) {
        return w != -1 && neg && has(PARENTHESES) ? w - 1 : w;
    }

    /** Appends digits (with an optional '.') from offset, grouped by three when asked, zero-padded to w. */
    private void localizedMagnitude(StringBuilder sb, CharSequence value, int offset, int w) {
        int begin = sb.length();
        int len = value.length();
        int dot = len;
        for (int j = offset; j < len; j++) {
            if (value.charAt(j) == '.') {
                dot = j;
                break;
            }
        }
        boolean group = has(GROUP);
        for (int j = offset; j < len; j++) {
            if (j == dot) {
                sb.append('.');
                group = false;
                continue;
            }
            sb.append(value.charAt(j));
            if (group && j != dot - 1 && (dot - j) % 3 == 1) {
                sb.append(',');
            }
        }
        if (w > sb.length() && has(ZERO_PAD)) {
            int zeros = w - sb.length();
            StringBuilder pad = new StringBuilder();
            for (int i = 0; i < zeros; i++) {
                pad.append('0');
            }
            sb.insert(begin, pad.toString());
        }
    }

    private void printFloat(StringBuilder out, Object arg) {
        if (arg == null) {
            printText(out, "null");
            return;
        }
        double value;
        if (arg instanceof Double d) {
            value = d.doubleValue();
        } else if (arg instanceof Float fl) {
            value = fl.floatValue();
        } else {
            failConversion(arg);
            return;
        }
        if (c == 'a') {
            throw new UnsupportedOperationException("%a (hexadecimal floating point) is not supported");
        }
        StringBuilder sb = new StringBuilder();
        boolean neg = Double.compare(value, 0.0) == -1;
        if (value != value) {
            sb.append(has(UPPERCASE) ? "NAN" : "NaN");
        } else {
            double v = neg ? -value : value;
            leadingSign(sb, neg);
            if (v == Double.POSITIVE_INFINITY) {
                sb.append(has(UPPERCASE) ? "INFINITY" : "Infinity");
            } else {
                printFinite(sb, v, neg);
            }
            trailingSign(sb, neg);
        }
        appendJustified(out, sb);
    }

    private void printFinite(StringBuilder sb, double v, boolean neg) {
        if (c == 'e') {
            int prec = precision == -1 ? 6 : precision;
            FormatDecimal fd = FormatDecimal.scientific(v, prec);
            StringBuilder mant = new StringBuilder().append(fd.mantissa());
            addZeros(mant, prec);
            if (has(ALTERNATE) && prec == 0) {
                mant.append('.');
            }
            char[] exp = v == 0.0 ? new char[] {'+', '0', '0'} : fd.exponent();
            int w = width == -1 ? width : adjustWidth(width - exp.length - 1, neg);
            localizedMagnitude(sb, mant, 0, w);
            sb.append(has(UPPERCASE) ? 'E' : 'e');
            sb.append(exp);
        } else if (c == 'f') {
            int prec = precision == -1 ? 6 : precision;
            FormatDecimal fd = FormatDecimal.plain(v, prec);
            StringBuilder mant = new StringBuilder().append(fd.mantissa());
            addZeros(mant, prec);
            if (has(ALTERNATE) && prec == 0) {
                mant.append('.');
            }
            localizedMagnitude(sb, mant, 0, width == -1 ? width : adjustWidth(width, neg));
        } else {
            int prec = precision == -1 ? 6 : precision == 0 ? 1 : precision;
            char[] exp;
            StringBuilder mant = new StringBuilder();
            int expRounded;
            if (v == 0.0) {
                exp = null;
                mant.append('0');
                expRounded = 0;
            } else {
                FormatDecimal fd = FormatDecimal.general(v, prec);
                exp = fd.exponent();
                mant.append(fd.mantissa());
                expRounded = fd.exponentRounded();
            }
            prec -= exp != null ? 1 : expRounded + 1;
            addZeros(mant, prec);
            if (has(ALTERNATE) && prec == 0) {
                mant.append('.');
            }
            int w = width;
            if (width != -1) {
                w = adjustWidth(exp != null ? width - exp.length - 1 : width, neg);
            }
            localizedMagnitude(sb, mant, 0, w);
            if (exp != null) {
                sb.append(has(UPPERCASE) ? 'E' : 'e');
                sb.append(exp);
            }
        }
    }

    /** Pads the fraction of sb with zeros to prec digits, adding the point when needed. */
    private static void addZeros(StringBuilder sb, int prec) {
        int len = sb.length();
        int i = 0;
        while (i < len && sb.charAt(i) != '.') {
            i++;
        }
        boolean needDot = i == len;
        int outPrec = len - i - (needDot ? 0 : 1);
        if (outPrec == prec) {
            return;
        }
        if (needDot) {
            sb.append('.');
        }
        for (int k = outPrec; k < prec; k++) {
            sb.append('0');
        }
    }
}
