package java.lang;

/**
 * Not JDK API: the text-to-bits half of Double.parseDouble and Float.parseFloat, correctly rounded
 * (to nearest, ties to even) straight to the requested format, so a float is never rounded twice.
 *
 * <p>The accepted text is the JDK's: surrounding chars up to space are ignored; then an optional sign and
 * either "NaN", "Infinity", a decimal number (digits with an optional point, an optional exponent) or a
 * hexadecimal one ("0x" digits, an optional point, a mandatory binary exponent "p"); numbers may end with
 * one of f, F, d, D.
 *
 * <p>The number is held exactly as a big integer times a power of ten (or two), then divided into a
 * 63-bit quotient plus a sticky bit that says whether anything was left over; that is all rounding
 * needs. Decimal digits beyond the 800th are replaced by a single 1: every rounding boundary of a double
 * has fewer significant digits than that, so the replacement rounds the same way as the full text.
 */
final class MokaFloatParse {
    private static final int MAX_DECIMAL_DIGITS = 800;
    /** 160 bits: far more than any rounding boundary has, for the same reason as decimal digits. */
    private static final int MAX_HEX_DIGITS = 40;
    /** Exponents are clamped here while being read: anything this large is already out of range. */
    private static final int EXPONENT_CLAMP = 100_000_000;

    /** Format of a double: 53-bit significand, subnormal unit 2^-1074, exponent bias 1023. */
    static final int DOUBLE = 0;
    /** Format of a float: 24-bit significand, subnormal unit 2^-149, exponent bias 127. */
    static final int FLOAT = 1;

    private final String text;
    private final int precision;
    private final int minExponent;
    private final int maxBiasedExponent;
    private final long nanBits;
    private int position;

    private MokaFloatParse(String text, int format) {
        this.text = text;
        if (format == DOUBLE) {
            precision = 53;
            minExponent = -1074;
            maxBiasedExponent = 2047;
            nanBits = 0x7ff8000000000000L;
        } else {
            precision = 24;
            minExponent = -149;
            maxBiasedExponent = 255;
            nanBits = 0x7fc00000L;
        }
    }

    /**
     * @param s      the text
     * @param format {@link #DOUBLE} or {@link #FLOAT}
     * @return the bits of the nearest value of that format (in the low 32 bits for a float)
     * @throws NumberFormatException when s is not a number in the JDK's syntax
     * @throws NullPointerException  when s is null
     */
    static long parse(String s, int format) {
        String trimmed = s.trim();
        if (trimmed.length() == 0) {
            throw new NumberFormatException("empty String");
        }
        return new MokaFloatParse(trimmed, format).parseNumber();
    }

    private long parseNumber() {
        boolean negative = false;
        char first = text.charAt(0);
        if (first == '+' || first == '-') {
            negative = first == '-';
            position = 1;
        }
        long signBit = negative ? 1L << (precision == 53 ? 63 : 31) : 0;
        if (matchesRest("NaN")) {
            return nanBits;
        }
        if (matchesRest("Infinity")) {
            return signBit | infinityBits();
        }
        long magnitude;
        if (text.startsWith("0x", position) || text.startsWith("0X", position)) {
            position += 2;
            magnitude = parseHex();
        } else {
            magnitude = parseDecimal();
        }
        return signBit | magnitude;
    }

    private boolean matchesRest(String word) {
        return text.length() - position == word.length() && text.startsWith(word, position);
    }

    private long parseDecimal() {
        MokaFloatBig digits = new MokaFloatBig(0);
        int kept = 0;
        int exponent = 0;
        boolean droppedNonZero = false;
        boolean sawDigit = false;
        boolean sawPoint = false;
        int chunk = 0;
        int chunkLength = 0;
        for (; position < text.length(); position++) {
            char ch = text.charAt(position);
            if (ch == '.') {
                if (sawPoint) {
                    throw new NumberFormatException("multiple points");
                }
                sawPoint = true;
                continue;
            }
            if (ch < '0' || ch > '9') {
                break;
            }
            sawDigit = true;
            if (kept == 0 && ch == '0') {
                exponent -= sawPoint ? 1 : 0;
            } else if (kept < MAX_DECIMAL_DIGITS) {
                chunk = chunk * 10 + (ch - '0');
                chunkLength++;
                if (chunkLength == 9) {
                    digits.multiplyPow10(9).addSmall(chunk);
                    chunk = 0;
                    chunkLength = 0;
                }
                kept++;
                exponent -= sawPoint ? 1 : 0;
            } else {
                droppedNonZero |= ch != '0';
                exponent += sawPoint ? 0 : 1;
            }
        }
        if (!sawDigit) {
            throw invalid();
        }
        digits.multiplyPow10(chunkLength).addSmall(chunk);
        if (droppedNonZero) {
            digits.multiplySmall(10).addSmall(1);
            kept++;
            exponent--;
        }
        exponent = clampedSum(exponent, readExponent('e', 'E', false));
        readSuffixAndEnd();
        if (kept == 0) {
            return 0;
        }
        // The value lies in [10^(magnitude-1), 10^magnitude): decide the far ends without big numbers.
        int magnitude = exponent + kept;
        if (magnitude > 310) {
            return infinityBits();
        }
        if (magnitude < -324) {
            return 0;
        }
        MokaFloatBig numerator = exponent >= 0 ? digits.multiplyPow10(exponent) : digits;
        MokaFloatBig denominator = new MokaFloatBig(1).multiplyPow10(exponent >= 0 ? 0 : -exponent);
        return round(numerator, denominator, 0);
    }

    private long parseHex() {
        MokaFloatBig digits = new MokaFloatBig(0);
        int kept = 0;
        int exponent = 0;
        boolean droppedNonZero = false;
        boolean sawDigit = false;
        boolean sawPoint = false;
        for (; position < text.length(); position++) {
            char ch = text.charAt(position);
            if (ch == '.') {
                if (sawPoint) {
                    throw new NumberFormatException("multiple points");
                }
                sawPoint = true;
                continue;
            }
            int value = Character.digit(ch, 16);
            if (value < 0) {
                break;
            }
            sawDigit = true;
            if (kept == 0 && value == 0) {
                exponent -= sawPoint ? 4 : 0;
            } else if (kept < MAX_HEX_DIGITS) {
                digits.shiftLeft(4).addSmall(value);
                kept++;
                exponent -= sawPoint ? 4 : 0;
            } else {
                droppedNonZero |= value != 0;
                exponent += sawPoint ? 0 : 4;
            }
        }
        if (!sawDigit) {
            throw invalid();
        }
        if (droppedNonZero) {
            digits.shiftLeft(4).addSmall(1);
            exponent -= 4;
        }
        exponent = clampedSum(exponent, readExponent('p', 'P', true));
        readSuffixAndEnd();
        if (digits.isZero()) {
            return 0;
        }
        int magnitude = exponent + digits.bitLength();
        if (magnitude > 1100) {
            return infinityBits();
        }
        if (magnitude < -1200) {
            return 0;
        }
        return round(digits, new MokaFloatBig(1), exponent);
    }

    /** Reads an optional (mandatory when required) exponent; the result is clamped to a safe range. */
    private int readExponent(char lower, char upper, boolean required) {
        if (position == text.length() || (text.charAt(position) != lower && text.charAt(position) != upper)) {
            if (required) {
                throw invalid();
            }
            return 0;
        }
        position++;
        boolean negative = false;
        if (position < text.length() && (text.charAt(position) == '+' || text.charAt(position) == '-')) {
            negative = text.charAt(position) == '-';
            position++;
        }
        int value = 0;
        int start = position;
        while (position < text.length() && text.charAt(position) >= '0' && text.charAt(position) <= '9') {
            if (value < EXPONENT_CLAMP) {
                value = value * 10 + (text.charAt(position) - '0');
            }
            position++;
        }
        if (position == start) {
            throw invalid();
        }
        return negative ? -value : value;
    }

    private void readSuffixAndEnd() {
        if (position < text.length()) {
            char ch = text.charAt(position);
            if (ch == 'f' || ch == 'F' || ch == 'd' || ch == 'D') {
                position++;
            }
        }
        if (position != text.length()) {
            throw invalid();
        }
    }

    private static int clampedSum(int a, int b) {
        long sum = (long) a + b;
        return (int) Math.max(-EXPONENT_CLAMP, Math.min(EXPONENT_CLAMP, sum));
    }

    /**
     * Rounds numerator / denominator * 2^binaryExponent (positive) to the nearest value of the format.
     *
     * @return its bits without sign: infinity when too large, zero when too small
     */
    private long round(MokaFloatBig numerator, MokaFloatBig denominator, int binaryExponent) {
        // Scale so that the quotient has 62 or 63 bits: enough for 53 bits, a rounding bit and spare.
        int scale = 62 - (numerator.bitLength() - denominator.bitLength());
        if (scale >= 0) {
            numerator.shiftLeft(scale);
        } else {
            denominator.shiftLeft(-scale);
        }
        long quotient = numerator.divideLongQuotient(denominator);
        boolean sticky = !numerator.isZero();
        int unitExponent = binaryExponent - scale;
        int quotientBits = 64 - Long.numberOfLeadingZeros(quotient);
        int drop = Math.max(quotientBits - precision, minExponent - unitExponent);
        if (drop >= 64) {
            return 0;
        }
        long kept = quotient >>> drop;
        long rest = quotient & ((1L << drop) - 1);
        long half = 1L << (drop - 1);
        if (rest > half || (rest == half && (sticky || (kept & 1) == 1))) {
            kept++;
        }
        int keptExponent = unitExponent + drop;
        if (kept == 1L << precision) {
            kept >>>= 1;
            keptExponent++;
        }
        int fractionBits = precision - 1;
        if (kept < 1L << fractionBits) {
            return kept;
        }
        long biased = (long) keptExponent - minExponent + 1;
        if (biased >= maxBiasedExponent) {
            return infinityBits();
        }
        return (biased << fractionBits) | (kept & ((1L << fractionBits) - 1));
    }

    private long infinityBits() {
        return (long) maxBiasedExponent << (precision - 1);
    }

    private NumberFormatException invalid() {
        return new NumberFormatException("For input string: \"" + text + "\"");
    }
}
