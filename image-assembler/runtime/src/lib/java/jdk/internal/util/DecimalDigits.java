package jdk.internal.util;

/**
 * Moka's substitute for the JDK's decimal digit writer, which stores digit pairs through
 * {@code Unsafe}: the same operations on plain array stores, for the JDK classes Moka compiles
 * ({@code BigDecimal}). Digits are written backwards from an index, as the JDK's are.
 */
public final class DecimalDigits {
    private DecimalDigits() {
    }

    /** @param x a value @return how many characters its decimal form takes, sign included */
    public static int stringSize(int x) {
        return stringSize((long) x);
    }

    /** @param x a value @return how many characters its decimal form takes, sign included */
    public static int stringSize(long x) {
        int size = x < 0 ? 2 : 1;
        // Negative magnitudes cover Long.MIN_VALUE.
        long negative = x < 0 ? x : -x;
        while (negative <= -10) {
            negative /= 10;
            size++;
        }
        return size;
    }

    /**
     * @param i a value @param index where its last digit ends @param buf Latin-1 characters
     * @return where its first character (digit or minus sign) starts
     */
    public static int uncheckedGetCharsLatin1(int i, int index, byte[] buf) {
        return uncheckedGetCharsLatin1((long) i, index, buf);
    }

    /**
     * @param i a value @param index where its last digit ends @param buf Latin-1 characters
     * @return where its first character (digit or minus sign) starts
     */
    public static int uncheckedGetCharsLatin1(long i, int index, byte[] buf) {
        long negative = i < 0 ? i : -i;
        int pos = index;
        do {
            buf[--pos] = (byte) ('0' - (int) (negative % 10));
            negative /= 10;
        } while (negative != 0);
        if (i < 0) {
            buf[--pos] = '-';
        }
        return pos;
    }

    /**
     * @param i a value @param index where its last digit ends @param buf characters
     * @return where its first character (digit or minus sign) starts
     */
    public static int getChars(long i, int index, char[] buf) {
        long negative = i < 0 ? i : -i;
        int pos = index;
        do {
            buf[--pos] = (char) ('0' - (int) (negative % 10));
            negative /= 10;
        } while (negative != 0);
        if (i < 0) {
            buf[--pos] = '-';
        }
        return pos;
    }

    /** @param buf characters @param charPos where to write @param v a value below 100, written as two digits */
    public static void putPair(char[] buf, int charPos, int v) {
        int pair = v & 0x7f;
        buf[charPos] = (char) ('0' + pair / 10);
        buf[charPos + 1] = (char) ('0' + pair % 10);
    }

    /** @param buf Latin-1 characters @param charPos where to write @param v a value below 100, written as two digits */
    public static void uncheckedPutPairLatin1(byte[] buf, int charPos, int v) {
        int pair = v & 0x7f;
        buf[charPos] = (byte) ('0' + pair / 10);
        buf[charPos + 1] = (byte) ('0' + pair % 10);
    }
}
