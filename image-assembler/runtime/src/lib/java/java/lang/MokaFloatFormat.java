package java.lang;

/**
 * Not JDK API: the decimal text of a finite, non-zero double or float, exactly as Double.toString and
 * Float.toString specify it since JDK 19. Of all decimals that round to the value, the shortest are
 * kept (when the shortest have one digit, those of two digits too), and of these the one closest to
 * the value is chosen, the one with an even last digit on a tie.
 *
 * <p>The digits come from the free-format algorithm of Steele and White: with exact big integers, the
 * value is r/s scaled by a power of ten, and the half-gaps to its neighbours are mPlus/s above and
 * mMinus/s below. Digits are produced one at a time until the digits so far, or those digits with the
 * last one raised by one, fall inside the rounding interval. Exact arithmetic is slower than the JDK's
 * table-driven method but needs no tables and has no approximation to prove.
 */
final class MokaFloatFormat {
    /** Enough for the 17 digits a double can need, plus room for a carry. */
    private static final int MAX_DIGITS = 24;

    private final char[] digits = new char[MAX_DIGITS];
    private int count;
    /** The value is 0.d1d2...dn times 10^pointPosition. */
    private int pointPosition;

    private MokaFloatBig r;
    private MokaFloatBig s;
    private MokaFloatBig mPlus;
    private MokaFloatBig mMinus;

    private MokaFloatFormat() {
    }

    /**
     * @param negative    whether to print a minus sign
     * @param significand the integer significand c, positive, hidden bit included
     * @param exponent    the binary exponent q: the value is c * 2^q
     * @param asymmetric  whether the gap to the next smaller value is half the gap to the next larger
     *                    one (c is a power of two and the value is normal but not the smallest normal)
     * @return the text Double.toString or Float.toString gives for the value
     */
    static String format(boolean negative, long significand, int exponent, boolean asymmetric) {
        MokaFloatFormat f = new MokaFloatFormat();
        boolean even = (significand & 1) == 0;
        f.start(significand, exponent, asymmetric, even, false);
        f.generateShortest(even);
        if (f.count == 1) {
            // A single digit is too coarse to pick well among near ties: the JDK then also admits two
            // digits, counted from the value's own magnitude.
            f.start(significand, exponent, asymmetric, even, true);
            f.generateTwo(even);
        }
        f.normalize();
        return f.toText(negative);
    }

    /**
     * Sets r, s, mPlus, mMinus and pointPosition for a fresh digit run: the bound (the top of the
     * rounding interval, or the value itself when byValue) lies below 10^pointPosition and not below
     * 10^(pointPosition - 1), so that the first digit is the most significant one.
     */
    private void start(long c, int q, boolean asymmetric, boolean even, boolean byValue) {
        // Everything is doubled (quadrupled when asymmetric) so that the half-gaps are integers.
        int shift = asymmetric ? 2 : 1;
        if (q >= 0) {
            r = new MokaFloatBig(c).shiftLeft(q + shift);
            s = new MokaFloatBig(1L << shift);
            mPlus = new MokaFloatBig(1).shiftLeft(q + shift - 1);
            mMinus = new MokaFloatBig(1).shiftLeft(q);
        } else {
            r = new MokaFloatBig(c << shift);
            s = new MokaFloatBig(1).shiftLeft(shift - q);
            mPlus = new MokaFloatBig(1L << (shift - 1));
            mMinus = new MokaFloatBig(1);
        }
        int log2 = 63 - Long.numberOfLeadingZeros(c) + q;
        // floor(log2 * log10(2)) + 1, from 78913 / 2^18 ~ log10(2); close enough for the fix-ups below.
        int k = ((log2 * 78913) >> 18) + 1;
        if (k >= 0) {
            s.multiplyPow10(k);
        } else {
            scaleUp(-k);
        }
        MokaFloatBig extra = byValue ? new MokaFloatBig(0) : mPlus;
        boolean inclusive = even || byValue;
        while (reaches(r, extra, s, inclusive)) {
            s.multiplySmall(10);
            k++;
        }
        while (!reaches(r.copy().multiplySmall(10), extra.copy().multiplySmall(10), s, inclusive)) {
            scaleUp(1);
            k--;
        }
        pointPosition = k;
        count = 0;
    }

    /** @return whether a + b reaches c: at least c when inclusive, above c otherwise */
    private static boolean reaches(MokaFloatBig a, MokaFloatBig b, MokaFloatBig c, boolean inclusive) {
        int sign = MokaFloatBig.compareSum(a, b, c);
        return inclusive ? sign >= 0 : sign > 0;
    }

    private void scaleUp(int powerOfTen) {
        r.multiplyPow10(powerOfTen);
        mPlus.multiplyPow10(powerOfTen);
        mMinus.multiplyPow10(powerOfTen);
    }

    /** @return the next digit; r becomes the remainder */
    private int nextDigit() {
        r.multiplySmall(10);
        mPlus.multiplySmall(10);
        mMinus.multiplySmall(10);
        return r.divideSmallQuotient(s);
    }

    private void generateShortest(boolean even) {
        while (true) {
            int digit = nextDigit();
            boolean lowIn = even ? r.compareTo(mMinus) <= 0 : r.compareTo(mMinus) < 0;
            boolean highIn = reaches(r, mPlus, s, even);
            if (!lowIn && !highIn) {
                digits[count++] = (char) ('0' + digit);
            } else {
                finish(digit, lowIn, highIn);
                return;
            }
        }
    }

    private void generateTwo(boolean even) {
        digits[count++] = (char) ('0' + nextDigit());
        int digit = nextDigit();
        boolean lowIn = even ? r.compareTo(mMinus) <= 0 : r.compareTo(mMinus) < 0;
        boolean highIn = reaches(r, mPlus, s, even);
        finish(digit, lowIn, highIn);
    }

    /** Appends the last digit: the truncated one or the one above it, whichever is in and closer. */
    private void finish(int digit, boolean lowIn, boolean highIn) {
        boolean up;
        if (lowIn != highIn) {
            up = highIn;
        } else {
            int toMiddle = r.copy().shiftLeft(1).compareTo(s);
            up = toMiddle > 0 || (toMiddle == 0 && (digit & 1) == 1);
        }
        digits[count++] = (char) ('0' + digit);
        if (up) {
            int i = count - 1;
            while (i >= 0 && digits[i] == '9') {
                digits[i] = '0';
                i--;
            }
            if (i >= 0) {
                digits[i]++;
            } else {
                for (int j = count; j > 0; j--) {
                    digits[j] = digits[j - 1];
                }
                digits[0] = '1';
                count++;
                pointPosition++;
            }
        }
    }

    /** Drops leading zeros (a carry may have made the first digit redundant) and trailing zeros. */
    private void normalize() {
        int lead = 0;
        while (lead < count - 1 && digits[lead] == '0') {
            lead++;
        }
        if (lead > 0) {
            for (int i = lead; i < count; i++) {
                digits[i - lead] = digits[i];
            }
            count -= lead;
            pointPosition -= lead;
        }
        while (count > 1 && digits[count - 1] == '0') {
            count--;
        }
    }

    /** Plain notation for 10^-3 <= |v| < 10^7, computerized scientific notation otherwise. */
    private String toText(boolean negative) {
        StringBuilder out = new StringBuilder(32);
        if (negative) {
            out.append('-');
        }
        if (pointPosition >= -2 && pointPosition <= 7) {
            appendPlain(out);
        } else {
            appendScientific(out);
        }
        return out.toString();
    }

    private void appendPlain(StringBuilder out) {
        if (pointPosition <= 0) {
            out.append("0.");
            for (int i = pointPosition; i < 0; i++) {
                out.append('0');
            }
            out.append(digits, 0, count);
            return;
        }
        for (int i = 0; i < pointPosition; i++) {
            out.append(i < count ? digits[i] : '0');
        }
        out.append('.');
        if (count > pointPosition) {
            out.append(digits, pointPosition, count - pointPosition);
        } else {
            out.append('0');
        }
    }

    private void appendScientific(StringBuilder out) {
        out.append(digits[0]).append('.');
        if (count > 1) {
            out.append(digits, 1, count - 1);
        } else {
            out.append('0');
        }
        out.append('E').append(pointPosition - 1);
    }
}
