package java.lang;

/** long helpers. */
public final class Long {
    /** The smallest long. */
    public static final long MIN_VALUE = 0x8000000000000000L;
    /** The largest long. */
    public static final long MAX_VALUE = 0x7fffffffffffffffL;

    private Long() {
    }

    /** @param value a value @return its decimal form */
    public static String toString(long value) {
        char[] digits = new char[20];
        int at = digits.length;
        boolean negative = value < 0;
        // Work on the negative magnitude so that MIN_VALUE needs no special case.
        long n = negative ? value : -value;
        do {
            long quotient = n / 10;
            digits[--at] = (char) ('0' + (quotient * 10 - n));
            n = quotient;
        } while (n != 0);
        if (negative) {
            digits[--at] = '-';
        }
        return new String(digits, at, digits.length - at);
    }

    /** @param value a value @return its unsigned hexadecimal form, lower case, no leading zeros */
    public static String toHexString(long value) {
        char[] digits = new char[16];
        int at = digits.length;
        do {
            int nibble = (int) (value & 15);
            digits[--at] = (char) (nibble < 10 ? '0' + nibble : 'a' + nibble - 10);
            value >>>= 4;
        } while (value != 0);
        return new String(digits, at, digits.length - at);
    }
}
