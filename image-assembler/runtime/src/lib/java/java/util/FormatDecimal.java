package java.util;

/**
 * The digits of a positive finite double for {@code %e}, {@code %f} and {@code %g}. Like the JDK's
 * formatter, it starts from the shortest decimal that {@link Double#toString(double)} prints (not
 * from the double's exact binary value) and rounds that decimal half-up to the requested precision:
 * so {@code %.1f} of 0.15 gives 0.2, and {@code %.20f} of 0.1 gives 0.1 followed by zeros.
 *
 * <p>State: the value is {@code f × 10^e}, where {@code f} has {@code n} digits ({@code f == 0}
 * only after rounding everything away, then {@code n == 1} and {@code e == 0}).
 */
final class FormatDecimal {
    private long f;
    private int e;
    private int n;
    /** The mantissa text: digits and possibly a decimal point. */
    private char[] digits;
    /** The exponent text for scientific notation: sign and at least two digits; null for plain. */
    private char[] exponent;

    private FormatDecimal() {
    }

    /** @param v positive (or zero) and finite */
    private static FormatDecimal of(double v) {
        FormatDecimal d = new FormatDecimal();
        if (v == 0) {
            d.f = 0;
            d.e = 0;
            d.n = 1;
            return d;
        }
        // Double.toString gives "123.456" or "1.23456E-7": read the digits and where the point goes.
        String text = Double.toString(v);
        int exponentAt = text.indexOf('E');
        int decimalExponent = exponentAt < 0 ? 0 : Integer.parseInt(text.substring(exponentAt + 1));
        String mantissa = exponentAt < 0 ? text : text.substring(0, exponentAt);
        int point = mantissa.indexOf('.');
        long value = 0;
        int fractionDigits = 0;
        for (int i = 0; i < mantissa.length(); i++) {
            char c = mantissa.charAt(i);
            if (c == '.') {
                continue;
            }
            value = value * 10 + (c - '0');
            if (i > point) {
                fractionDigits++;
            }
        }
        int exp = decimalExponent - fractionDigits;
        while (value % 10 == 0) {
            value /= 10;
            exp++;
        }
        d.f = value;
        d.e = exp;
        d.n = digitCount(value);
        return d;
    }

    private static int digitCount(long v) {
        int count = 1;
        while (v >= 10) {
            v /= 10;
            count++;
        }
        return count;
    }

    private static long pow10(int k) {
        long p = 1;
        for (int i = 0; i < k; i++) {
            p *= 10;
        }
        return p;
    }

    /** @return the mantissa for %f with prec fraction digits (fewer when the decimal has fewer) */
    static FormatDecimal plain(double v, int prec) {
        FormatDecimal d = of(v);
        d.round(d.n + d.e + (long) prec);
        d.plainChars();
        return d;
    }

    /** @return the mantissa and exponent for %e with prec fraction digits (at most) */
    static FormatDecimal scientific(double v, int prec) {
        FormatDecimal d = of(v);
        d.round(prec + 1L);
        d.scientificChars(prec);
        return d;
    }

    /** @return plain or scientific text for %g with prec significant digits (at most) */
    static FormatDecimal general(double v, int prec) {
        FormatDecimal d = of(v);
        d.round(prec);
        int er = d.exponentRounded();
        if (-4 <= er && er < prec) {
            d.plainChars();
        } else {
            d.scientificChars(prec - 1);
        }
        return d;
    }

    char[] mantissa() {
        return digits;
    }

    char[] exponent() {
        return exponent;
    }

    /** @return the decimal exponent of the leading digit */
    int exponentRounded() {
        return n + e - 1;
    }

    /** Keeps the leading {@code keep} digits, rounding half-up on the first dropped one. */
    private void round(long keep) {
        if (n == 0 || keep < 0) {
            f = 0;
            e = 0;
            n = 1;
            return;
        }
        if (keep >= n) {
            return;
        }
        int p = (int) keep;
        e += n - p;
        long scale = pow10(n - p);
        f = (f + (scale >> 1)) / scale;
        if (p == 0) {
            n = 1;
            if (f == 0) {
                e = 0;
            }
            return;
        }
        n = p;
        if (f == pow10(p)) {
            f /= 10;
            e += 1;
        }
    }

    private void plainChars() {
        if (e >= 0) {
            digits = new char[n + e];
            fillZeros(n, n + e);
            fillDigits(f, 0, n);
        } else if (n + e > 0) {
            digits = new char[n + 1];
            long rest = fillDigits(f, n + 1 + e, n + 1);
            digits[n + e] = '.';
            fillDigits(rest, 0, n + e);
        } else {
            digits = new char[2 - e];
            fillDigits(f, 2 - e - n, 2 - e);
            fillZeros(0, 2 - e - n);
            digits[1] = '.';
        }
    }

    private void scientificChars(int prec) {
        if (prec != 0) {
            digits = new char[1 + n];
            long rest = fillDigits(f, 2, 1 + n);
            digits[1] = '.';
            digits[0] = (char) ('0' + rest);
        } else {
            digits = new char[] {(char) ('0' + f)};
        }
        int er = exponentRounded();
        int magnitude = Math.abs(er);
        exponent = new char[magnitude >= 100 ? 4 : 3];
        int at = exponent.length;
        int written = 0;
        while (written < 2 || magnitude > 0) {
            exponent[--at] = (char) ('0' + magnitude % 10);
            magnitude /= 10;
            written++;
        }
        exponent[0] = er >= 0 ? '+' : '-';
    }

    /** Writes x's low digits into digits[from, to) from the right; @return what is left of x */
    private long fillDigits(long x, int from, int to) {
        while (to > from) {
            digits[--to] = (char) ('0' + x % 10);
            x /= 10;
        }
        return x;
    }

    private void fillZeros(int from, int to) {
        for (int i = from; i < to; i++) {
            digits[i] = '0';
        }
    }
}
